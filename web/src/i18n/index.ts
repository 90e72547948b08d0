import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { resources, type Translation } from './resources';
import { initialLanguage } from './initial-language';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'anxin.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

/** The choice remembered in this browser, else the browser's preference (initial-language.ts). */
function storedLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    /* private mode: nothing remembered */
  }
  return initialLanguage(stored, typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

function apply(lang: Language) {
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  // antd's date pickers name months and weekdays through dayjs: 十二月 / 周一 on Chinese screens.
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

const initial = storedLanguage();
apply(initial);
void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: 'zh-CN',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});

export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  apply(lang);
  await i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
