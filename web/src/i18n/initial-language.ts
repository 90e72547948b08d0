import type { Language } from './index';

/**
 * The language of a first visit: the one chosen before in this browser; else the browser's own
 * preference when it puts Chinese or English first (an en-US browser gets English at once);
 * else Chinese, the product's first language.
 */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (stored === 'en' || stored === 'zh-CN') return stored;
  for (const tag of preferred) {
    const lang = tag.toLowerCase();
    if (lang.startsWith('zh')) return 'zh-CN';
    if (lang.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
