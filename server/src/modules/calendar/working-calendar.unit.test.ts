import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar } from './working-calendar.js';
import { bundledSchedules } from './official-schedules.js';
import { statutoryHolidays } from './statutory-holidays.js';
import { fromDayNumber, toDayNumber } from './dates.js';

const official = new Map(bundledSchedules().map((s) => [s.year, s]));
const calendar = new WorkingCalendar(official);

describe('official calendar 2025/2026 (LAW.md working-day calendar)', () => {
  it.each([
    ['2025-01-01', false, '元旦'],
    ['2025-01-26', true, null], // Sunday make-up working day
    ['2025-01-28', false, '春节'],
    ['2025-02-04', false, '春节'],
    ['2025-02-08', true, null], // Saturday make-up
    ['2025-04-27', true, null],
    ['2025-05-05', false, '劳动节'],
    ['2025-09-28', true, null],
    ['2025-10-08', false, '国庆节'],
    ['2025-10-11', true, null],
    ['2026-01-03', false, '元旦'],
    ['2026-01-04', true, null],
    ['2026-02-14', true, null],
    ['2026-02-23', false, '春节'],
    ['2026-02-28', true, null],
    ['2026-05-09', true, null],
    ['2026-06-19', false, '端午'],
    ['2026-09-20', true, null],
    ['2026-09-25', false, '中秋'],
    ['2026-10-07', false, '国庆节'],
    ['2026-10-10', true, null],
    ['2026-11-25', true, null], // an ordinary Wednesday
    ['2026-11-28', false, null], // an ordinary Saturday
  ])('%s is a working day: %s (holiday %s)', (date, working, holiday) => {
    const day = calendar.day(date);
    expect(day.workingDay).toBe(working);
    expect(day.holiday).toBe(holiday);
    expect(day.provisional).toBe(false);
  });

  it('marks make-up working days (调休上班) that fall on weekends', () => {
    expect(calendar.day('2026-02-28').makeupWorkday).toBe(true);
    expect(calendar.day('2026-11-25').makeupWorkday).toBe(false);
  });

  it('counts the working days of 2025 and of 2026 (248 each)', () => {
    // 2025: 261 weekdays − 18 holidays on weekdays + 5 make-up days;
    // 2026: 261 weekdays − 19 holidays on weekdays + 6 make-up days.
    expect(calendar.countWorkingDays('2025-01-01', '2025-12-31').count).toBe(248);
    expect(calendar.countWorkingDays('2026-01-01', '2026-12-31').count).toBe(248);
  });

  it('skips the whole Spring Festival break when adding working days', () => {
    // Fri 2026-02-13 → next working day is the make-up Saturday 2026-02-14, then Tue 2026-02-24.
    expect(calendar.addWorkingDays('2026-02-13', 1).date).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-13', 2).date).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-24', -2).date).toBe('2026-02-13');
  });

  it('crosses National Day 2026 with its make-up days', () => {
    expect(calendar.addWorkingDays('2026-09-30', 1).date).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-10-09', 1).date).toBe('2026-10-10');
    // Mon 09-28..Wed 09-30, Thu 10-08, Fri 10-09, make-up Sat 10-10.
    expect(calendar.countWorkingDays('2026-09-28', '2026-10-11').count).toBe(6);
  });

  it('does not count the start day (R-SV-1: done within 3 WD of agreement)', () => {
    expect(calendar.addWorkingDays('2026-11-25', 3).date).toBe('2026-11-30'); // Wed → Mon
  });
});

describe('a year without an official schedule (2027 today)', () => {
  it('applies the statutory holidays with weekends off and marks results provisional', () => {
    const newYear = calendar.day('2027-01-01');
    expect(newYear).toMatchObject({ workingDay: false, holiday: '元旦', provisional: true });
    // Spring Festival 2027: lunar New Year on Sat 2027-02-06; eve Fri 02-05; 02-08 (Mon) the third day.
    expect(calendar.day('2027-02-05')).toMatchObject({ workingDay: false, holiday: '春节' });
    expect(calendar.day('2027-02-08')).toMatchObject({ workingDay: false, holiday: '春节' });
    expect(calendar.day('2027-02-09').workingDay).toBe(true);
    expect(calendar.day('2027-10-01').holiday).toBe('国庆节');
  });

  it('has 13 statutory holiday days', () => {
    expect(statutoryHolidays(2027).holidays.size).toBe(13);
  });

  it('marks arithmetic across the end of 2026 provisional, and within 2026 not', () => {
    expect(calendar.addWorkingDays('2026-12-30', 2)).toEqual({ date: '2027-01-04', provisional: true });
    expect(calendar.addWorkingDays('2026-12-28', 3)).toEqual({ date: '2026-12-31', provisional: false });
    expect(calendar.countWorkingDays('2026-12-31', '2027-01-04')).toEqual({ count: 2, provisional: true });
  });
});

describe('local overrides of an org unit', () => {
  it('turns a national working day into a local day off, and back', () => {
    const local = new WorkingCalendar(official, [{ date: '2026-11-25', workingDay: false, name: { zh: '本地假日', en: 'Local holiday' } }]);
    expect(local.day('2026-11-25')).toMatchObject({ workingDay: false, holiday: '本地假日' });
    expect(local.addWorkingDays('2026-11-24', 1).date).toBe('2026-11-26');
  });
});

describe('working-day arithmetic properties', () => {
  const dates = fc.integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2028-12-31') }).map(fromDayNumber);

  it('adding N working days then counting gives N (from not counted, result counted)', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 800 }), (from, n) => {
        const { date } = calendar.addWorkingDays(from, n);
        expect(calendar.day(date).workingDay).toBe(true);
        const next = fromDayNumber(toDayNumber(from) + 1);
        expect(calendar.countWorkingDays(next, date).count).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('subtracting N working days then counting gives N, and adding back returns to a working start', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 800 }), (from, n) => {
        const { date } = calendar.addWorkingDays(from, -n);
        expect(calendar.day(date).workingDay).toBe(true);
        const previous = fromDayNumber(toDayNumber(from) - 1);
        expect(calendar.countWorkingDays(date, previous).count).toBe(n);
        if (calendar.day(from).workingDay) expect(calendar.addWorkingDays(date, n).date).toBe(from);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a day-by-day walk', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0), (from, n) => {
        let day = toDayNumber(from);
        let left = Math.abs(n);
        while (left > 0) {
          day += Math.sign(n);
          if (calendar.day(fromDayNumber(day)).workingDay) left--;
        }
        expect(calendar.addWorkingDays(from, n).date).toBe(fromDayNumber(day));
      }),
      { numRuns: 300 },
    );
  });
});
