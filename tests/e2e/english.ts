// What the English journeys share (issue 11: items 1-3 in both languages): the web's English texts
// read from its resources, and a check for Chinese left in the page's own words.
import i18next, { type Resource } from 'i18next';
import type { Page } from 'playwright-core';

// web/src is written for the bundler (imports without extensions), which the server's type check (NodeNext) cannot
// follow: its messages are loaded when the test runs.
const WEB_RESOURCES = new URL('../../web/src/i18n/resources.ts', import.meta.url).href;
export const { resources } = (await import(WEB_RESOURCES)) as { resources: Resource };

/**
 * The English texts as the web has them (web/src/i18n/resources.ts): other people change the English
 * labels, so these tests read them rather than copy them. A key that is missing fails, not falls back.
 */
const en = i18next.createInstance();
void en.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });
export function tr(key: string, params: Record<string, unknown> = {}): string {
  const text = en.t(key, params);
  if (text === key) throw new Error(`no English text for ${key}`);
  return text;
}

export const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Chinese left in the page's own words — side menu, header, card and dialog titles, field labels and
 * messages, buttons, tabs, tags, alerts, table heads, placeholders — where each has an English form.
 * People's words are not chrome: the brand (安心), the signed-in user's name, anything marked
 * lang="zh-CN" inside the page, what `exclude` names, and the `names` of people and records (taken out
 * of the text). Checked with expect.soft: a journey goes on, and reports what is left on every page.
 */
export async function chineseChrome(page: Page, exclude: string[] = [], names: string[] = []): Promise<string[]> {
  return page.evaluate(
    ({ source, exclude, names }) => {
      const cjk = new RegExp(source);
      const roots = [
        '[data-testid="side-nav"]', '.ant-layout-header', '.ant-card-head', '.ant-form-item-label', '.ant-form-item-explain',
        '.ant-form-item-extra', 'button', '.ant-tabs-tab', '.ant-segmented-item-label', '.ant-modal-title', '.ant-modal-confirm-title',
        '.ant-modal-confirm-content', '.ant-modal-footer', '.ant-alert', '.ant-radio-wrapper', '.ant-checkbox-wrapper', '.ant-tag',
        '.ant-drawer-header', '.ant-empty-description', '.ant-descriptions-item-label', '.ant-select-selection-placeholder', 'th',
        'h1', 'h2', 'h3', 'h4', 'h5',
      ].join(', ');
      const notUi = ['body [lang="zh-CN"]', '[data-testid="brand"]', '[data-testid="header-user"]', ...exclude].join(', ');
      const found = new Set<string>();
      const strip = (text: string) => names.reduce((s, v) => s.split(v).join(' '), text);
      for (const root of document.querySelectorAll(roots)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest(notUi) || !el.checkVisibility()) continue;
          const text = strip(n.textContent ?? '');
          if (cjk.test(text)) found.add(text.trim().slice(0, 80));
        }
      }
      for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [title], [aria-label]')) {
        if (el.closest(notUi) || !el.checkVisibility()) continue;
        for (const attr of ['placeholder', 'title', 'aria-label']) {
          const v = strip(el.getAttribute(attr) ?? '');
          if (cjk.test(v)) found.add(`${attr}: ${v.slice(0, 80)}`);
        }
      }
      return [...found];
    },
    { source: CJK.source, exclude, names },
  );
}

/** A server message template as a pattern: `{expected}` and the like match any text. */
export function serverPattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.+)')}$`);
}
