import { describe, expect, it } from 'vitest';
import {
  beijingDate, beijingDateTime, beijingDayEnd, beijingDayNumber, beijingDayStartMs, beijingInstant, beijingLastMoment,
  beijingMidnight, beijingMinuteOfDay, beijingYear,
} from './beijing.js';

describe('Beijing time', () => {
  it('gives the business date of an instant: Beijing midnight is 16:00 UTC the day before', () => {
    expect(beijingDate(new Date('2026-03-01T15:59:59.999Z'))).toBe('2026-03-01');
    expect(beijingDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(beijingDate(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('agrees with the Asia/Shanghai zone of the runtime (no daylight saving since 1991)', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    for (let t = Date.parse('1992-01-01T00:00:00Z'); t < Date.parse('2040-01-01T00:00:00Z'); t += 7 * 86_400_000 + 3_600_000 + 17_000) {
      expect(beijingDate(t)).toBe(zone.format(t));
    }
  });

  it('gives the year of receipt in Beijing: New Year comes eight hours before London', () => {
    expect(beijingYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(beijingYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('gives the instants a business date begins and is over', () => {
    expect(beijingMidnight('2026-01-05').toISOString()).toBe('2026-01-04T16:00:00.000Z');
    expect(beijingDayEnd('2026-01-05').toISOString()).toBe('2026-01-05T16:00:00.000Z');
    expect(beijingLastMoment('2026-01-05').toISOString()).toBe('2026-01-05T15:59:59.999Z');
    expect(beijingDayEnd('2026-12-31').getTime()).toBe(beijingMidnight('2027-01-01').getTime());
  });

  it('reads a wall-clock time on a business date as an instant', () => {
    expect(beijingInstant('2026-07-01', 9, 30, 15).toISOString()).toBe('2026-07-01T01:30:15.000Z');
    expect(beijingInstant('2026-07-01', 0, 30).toISOString()).toBe('2026-06-30T16:30:00.000Z');
    expect(Number.isNaN(beijingInstant('not a date').getTime())).toBe(true);
  });

  it('formats date and time to the minute for exports', () => {
    expect(beijingDateTime(new Date('2026-11-30T09:30:59Z'))).toBe('2026-11-30 17:30');
    expect(beijingDateTime(Date.parse('2026-11-30T16:05:00Z'))).toBe('2026-12-01 00:05');
  });

  it('counts day numbers and minutes in Beijing time', () => {
    const day = beijingDayNumber(Date.parse('2026-03-01T16:00:00Z'));
    expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe('2026-03-02');
    expect(beijingDayStartMs(day)).toBe(Date.parse('2026-03-01T16:00:00Z'));
    expect(beijingMinuteOfDay(Date.parse('2026-03-01T16:00:00Z'))).toBe(0);
    expect(beijingMinuteOfDay(Date.parse('2026-03-01T15:59:00Z'))).toBe(1439);
    expect(beijingMinuteOfDay(Date.parse('1969-12-31T16:01:00Z'))).toBe(1); // before the epoch too
  });
});
