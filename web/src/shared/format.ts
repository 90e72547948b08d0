import type { Language } from '../i18n';

/** Offices work in Beijing time whatever the browser's zone. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(new Date(iso));
}

/** An org unit's name in the UI language: the English name when there is one. */
export function localName(unit: { name: string; nameEn?: string | null }, lang: Language | string): string {
  return lang === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}
