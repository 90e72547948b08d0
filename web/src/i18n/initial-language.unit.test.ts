import { describe, expect, it } from 'vitest';
import { initialLanguage } from './initial-language';

describe('the language of a first visit (issue 11, item 5)', () => {
  it('keeps the language chosen before in this browser', () => {
    expect(initialLanguage('en', ['zh-CN'])).toBe('en');
    expect(initialLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('follows the browser when it prefers English or Chinese first', () => {
    expect(initialLanguage(null, ['en-US', 'en'])).toBe('en');
    expect(initialLanguage(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLanguage(null, ['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(initialLanguage(null, ['fr-FR', 'en-US'])).toBe('en');
  });

  it('is Chinese otherwise', () => {
    expect(initialLanguage(null, [])).toBe('zh-CN');
    expect(initialLanguage(null, ['fr-FR', 'ja-JP'])).toBe('zh-CN');
    expect(initialLanguage('xx', [])).toBe('zh-CN');
  });
});
