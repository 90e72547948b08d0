import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from './index';

// Found in the English sweep (issue 11, item 5): the date pickers' month and weekday names
// followed dayjs's default (English) on Chinese screens too.
describe('date names follow the language', () => {
  afterEach(() => setLanguage('zh-CN'));

  it('Chinese screens name months and weekdays in Chinese, English ones in English', async () => {
    await setLanguage('zh-CN');
    expect(dayjs('2026-12-07').format('MMMM dddd')).toBe('十二月 星期一');
    await setLanguage('en');
    expect(dayjs('2026-12-07').format('MMMM dddd')).toBe('December Monday');
  });
});
