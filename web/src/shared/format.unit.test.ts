import { describe, expect, it } from 'vitest';
import { beijingToday, formatDateTime, formatDateWithWeekday, formatDue, localName, weekdayOf } from './format';
import { beijingInstant, beijingNowLocal } from './beijing-time';

// The office works in Beijing time whatever the browser's zone (the tests run in UTC).
describe('dates on screen', () => {
  it('takes the Beijing date of an instant, not the browser’s', () => {
    expect(beijingToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01'); // 00:30 in Beijing
    expect(beijingToday(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
  });

  it('shows a due instant with its Beijing day and weekday, in either language', () => {
    expect(formatDue('2026-12-01T15:59:00Z', 'zh-CN')).toBe('2026-12-01 周二 23:59');
    expect(formatDue('2026-12-01T15:59:00Z', 'en')).toBe('Tue 2026-12-01 23:59');
    expect(formatDateWithWeekday('2026-10-01', 'zh-CN')).toBe('2026-10-01 周四');
    expect(weekdayOf('2026-10-04')).toBe(0);
  });

  it('writes an instant one way in both languages: the Beijing date as YYYY-MM-DD and the 24-hour time', () => {
    expect(formatDateTime('2026-12-06T04:46:00Z', 'zh-CN')).toBe('2026-12-06 12:46:00');
    expect(formatDateTime('2026-12-06T04:46:00Z', 'en')).toBe('2026-12-06 12:46:00');
    expect(formatDateTime('2026-12-31T16:30:05Z', 'en')).toBe('2027-01-01 00:30:05');
    expect(formatDateTime(null, 'en')).toBe('');
  });

  it('turns a datetime-local value into a Beijing instant and back', () => {
    expect(beijingInstant('2026-12-06T09:30')).toBe('2026-12-06T09:30:00+08:00');
    expect(beijingInstant(undefined)).toBeUndefined();
    expect(new Date(beijingInstant('2026-12-06T00:05')!).toISOString()).toBe('2026-12-05T16:05:00.000Z');
    expect(beijingNowLocal(new Date('2026-12-05T16:05:00Z'))).toBe('2026-12-06T00:05');
  });

  it('names an org unit in the UI language, falling back to the Chinese name', () => {
    expect(localName({ name: '天河营业部', nameEn: 'Tianhe Office' }, 'en')).toBe('Tianhe Office');
    expect(localName({ name: '天河营业部', nameEn: null }, 'en')).toBe('天河营业部');
    expect(localName({ name: '天河营业部', nameEn: 'Tianhe Office' }, 'zh-CN')).toBe('天河营业部');
  });
});
