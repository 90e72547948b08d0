import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { bundledSchedules } from '../calendar/official-schedules.js';
import { computeDue, localDate, type DueRule } from './compute-due.js';
import { allDeadlineRules } from '../index.js';

const DEADLINE_RULES = allDeadlineRules();

const calendar = new WorkingCalendar(new Map(bundledSchedules().map((s) => [s.year, s])));
const at = (local: string) => new Date(`${local}+08:00`); // a Beijing wall-clock time
const rule = (id: string): DueRule => {
  const r = DEADLINE_RULES.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('due dates from rules (R-SV-1, R-SR-2, Insurance Law Art. 23-24)', () => {
  it('counts 3 working days from a weekday request, the start day not counted (R-SV-1)', () => {
    const due = computeDue(rule('servicing.change'), at('2026-11-25T10:00:00'), calendar);
    expect(due.dueDate).toBe('2026-11-30');
    expect(due.dueAt.toISOString()).toBe('2026-11-30T15:59:59.999Z'); // end of the day in Beijing
    expect(localDate(due.warnAt)).toBe('2026-11-27'); // 1 working day before
    expect(due.provisional).toBe(false);
  });

  it('counts a request after the 17:30 cut-off from the next working day', () => {
    expect(computeDue(rule('servicing.change'), at('2026-11-25T18:05:00'), calendar).dueDate).toBe('2026-12-01');
  });

  it('counts a request received on a holiday from the first working day after it', () => {
    // Received during National Day 2026: counts from Thu 10-08 → 3 WD: 10-09, 10-10 (make-up Sat), 10-12.
    expect(computeDue(rule('inquiry.answer'), at('2026-10-03T09:00:00'), calendar).dueDate).toBe('2026-10-12');
  });

  it('rolls a calendar-day period ending on a day off to the next working day (Civil Code Art. 203)', () => {
    // Denial notice within 3 days of a decision on 2026-09-28 → 10-01 is National Day → 10-08.
    expect(computeDue(rule('claim.denial_notice'), at('2026-09-28T11:00:00'), calendar).dueDate).toBe('2026-10-08');
    // Art. 23: 30 days from 2026-11-25 → 2026-12-25 (a Friday).
    expect(computeDue(rule('claim.decision'), at('2026-11-25T09:00:00'), calendar).dueDate).toBe('2026-12-25');
  });

  it('computes "15 working days before" an end date (R-CB-3)', () => {
    // Back from Fri 10-30: 14 weekdays to Mon 10-12, the 15th is the make-up Saturday 10-10.
    expect(computeDue(rule('callback.grace'), at('2026-10-30T00:00:00'), calendar).dueDate).toBe('2026-10-10');
  });

  it('computes elapsed-minute rules without the calendar (R-CB-7)', () => {
    const due = computeDue(rule('claim.survey_contact_urban'), at('2026-10-01T20:00:00'), calendar);
    expect(due.dueAt.toISOString()).toBe(at('2026-10-01T20:30:00').toISOString());
    expect(due.warnAt.toISOString()).toBe(at('2026-10-01T20:20:00').toISOString());
  });

  it('computes "by day D of the month" this month or next (R-RN-1)', () => {
    expect(computeDue(rule('premium.due_notice'), at('2026-11-02T09:00:00'), calendar).dueDate).toBe('2026-11-20');
    expect(computeDue(rule('premium.due_notice'), at('2026-11-25T09:00:00'), calendar).dueDate).toBe('2026-12-20');
  });

  it('marks a due date in an unpublished year provisional', () => {
    const due = computeDue(rule('servicing.change'), at('2026-12-30T10:00:00'), calendar);
    expect(due.dueDate).toBe('2027-01-05');
    expect(due.provisional).toBe(true);
  });

  it('adds paused working days to the due date', () => {
    expect(computeDue(rule('servicing.change'), at('2026-11-25T10:00:00'), calendar, 2).dueDate).toBe('2026-12-02');
  });

  it('seeds every rule with a basis and a known unit', () => {
    for (const r of DEADLINE_RULES) {
      expect(r.basisZh.length, r.id).toBeGreaterThan(4);
      expect(r.specId ?? r.lawRef, r.id).toBeTruthy();
      expect(() => computeDue(r, at('2026-11-25T10:00:00'), calendar), r.id).not.toThrow();
    }
  });
});
