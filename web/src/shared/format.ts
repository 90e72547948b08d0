import type { Language } from '../i18n';

const beijingDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const beijingTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/**
 * An instant in Beijing time (offices work in it whatever the browser's zone), written the one way
 * every screen writes dates — 2026-12-06 12:46:00 — in both languages (issue 11, item 5).
 */
export function formatDateTime(iso: string | null | undefined, _lang?: string): string {
  if (!iso) return '';
  const instant = new Date(iso);
  return `${beijingDate.format(instant)} ${beijingTime.format(instant)}`;
}

/**
 * A name in the UI language: the English form when there is one, else the name as written (issue 11,
 * item 5). For anything with a Chinese name and maybe an English one — org units, insurers, catalogue
 * products — either as the record itself (`localName(unit, lang)`) or as two fields of an answer
 * (`localName(p.insurerName, p.insurerNameEn, lang)`). Names people typed (clients) have no English form.
 */
export function localName(named: { name: string; nameEn?: string | null }, lang: Language | string): string;
export function localName(name: string, nameEn: string | null | undefined, lang: Language | string): string;
export function localName(
  named: string | { name: string; nameEn?: string | null },
  nameEnOrLang: string | null | undefined,
  maybeLang?: Language | string,
): string {
  const [name, nameEn, lang] =
    typeof named === 'string' ? [named, nameEnOrLang, maybeLang] : [named.name, named.nameEn, nameEnOrLang];
  return lang === 'en' && nameEn ? nameEn : name;
}

/** Today's date in Beijing (YYYY-MM-DD): the office's day, whatever the browser's zone. */
export function beijingToday(now: Date = new Date()): string {
  return beijingDate.format(now);
}

/** The weekday of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday (the date is a calendar date, no zone). */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** 2026-10-01 → 2026-10-01 周四 / Thu 2026-10-01. */
export function formatDateWithWeekday(date: string, lang: string): string {
  const weekday = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'UTC', weekday: 'short' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  return lang === 'en' ? `${weekday} ${date}` : `${date} ${weekday}`;
}

/** A due instant in Beijing time, to the minute, with its weekday: 2026-12-01 周二 23:59. */
export function formatDue(iso: string, lang: string): string {
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(instant);
  return `${formatDateWithWeekday(beijingToday(instant), lang)} ${time}`;
}

/**
 * A cited law in the UI language (issue 11, item 5): in English the English rendering with the
 * authoritative Chinese beside it — "Insurance Law Art. 23 (保险法第二十三条)"; in Chinese the Chinese.
 * The parts are returned so a screen can mark the Chinese as Chinese (lang="zh-CN").
 */
export function lawCitation(lawRef: string, lawRefEn: string | null | undefined, lang: Language | string): { text: string; zh: string | null } {
  return lang === 'en' && lawRefEn ? { text: lawRefEn, zh: lawRef } : { text: lawRef, zh: null };
}
