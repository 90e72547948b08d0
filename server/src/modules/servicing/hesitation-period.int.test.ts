import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import type { Context } from '../../platform/context/context.js';
import { AppError, renderError } from '../../platform/http/errors.js';
import { createRequest } from './handle-request.js';

// R-NB-8 at its boundaries (issue 12: "hesitation-period cases around the period boundaries and across
// holidays"). The period is the product's number of calendar days from the day the policyholder signed
// the receipt, that day not counted (Civil Code Art. 201); a holiday inside it does not lengthen it, but
// a period whose last day is a day off on the official calendar ends on the next working day (Art. 203,
// LAW.md "Counting") — a weekend too, unless it is an official make-up working day (调休上班).
// The clock is fixed at Beijing times through the use case's context, so each case is the same every day.
describe('the hesitation period at its boundaries', () => {
  let t: TestApp;
  let clerk: Context;
  let policyId: number;
  let days: number;

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.context('gz01.clerk', 'servicing.write');
    const gz01 = await t.orgId('GZ01');
    const row = (await sql<{ id: number; days: number }>`
      select p.id, pr.hesitation_period_days as days from policy p join product pr on pr.id = p.product_id
      where p.org_unit_id = ${gz01} and p.state = 'in_force' and pr.hesitation_period_days is not null order by p.id limit 1`.execute(t.db)).rows[0]!;
    policyId = row.id;
    days = row.days;
  });
  afterAll(() => t.close());

  const minus = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  /** The receipt date whose period's last calendar day is `lastDay`. */
  const signedFor = (lastDay: string) => minus(lastDay, days);

  /** A cancellation asked at `beijing` (a Beijing wall-clock time): the messages it is refused with, or 'accepted'. */
  async function askAt(beijing: string, receiptSignedOn: string): Promise<string[] | 'accepted'> {
    const now = new Date(`${beijing}+08:00`);
    try {
      const r = await createRequest({ ...clerk, clock: { now: () => now } }, policyId, {
        type: 'hesitation_cancellation', channel: 'counter', details: { receiptSignedOn, signedBy: 'client' },
      });
      expect(r.state).toBe('received');
      return 'accepted';
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return renderError(err, 'zh-CN', 'test').error.fields.map((f) => `${f.path}: ${f.message}`);
    }
  }
  const outside = (from: string, to: string) => [`type: 犹豫期为 ${from} 至 ${to}，今天已不在犹豫期内：请按退保办理`];

  it('an ordinary period: from the signing day to its last calendar day, to the last minute in Beijing; the next day (still the day before in UTC) is outside', async () => {
    const lastDay = '2026-12-09'; // a Wednesday
    const signed = signedFor(lastDay);
    expect(await askAt(`${signed}T09:00:00`, signed)).toBe('accepted');
    expect(await askAt(`${lastDay}T23:59:00`, signed)).toBe('accepted');
    // 00:10 in Beijing is 16:10 UTC of the day before: the Beijing date decides.
    expect(await askAt('2026-12-10T00:10:00', signed)).toEqual(outside(signed, lastDay));
    // Signed later than "today": not in a period that has not begun.
    expect(await askAt(`${minus(signed, 1)}T12:00:00`, signed)).toEqual(outside(signed, lastDay));
  });

  it('a period across the Spring Festival is not lengthened by it: counted in calendar days, not working days', async () => {
    // 2026: 15-23 February off. A period ending on Wednesday 25 February takes in the whole holiday.
    const lastDay = '2026-02-25';
    const signed = signedFor(lastDay);
    expect(signed < '2026-02-15').toBe(true);
    expect(await askAt('2026-02-25T16:00:00', signed)).toBe('accepted');
    expect(await askAt('2026-02-26T09:00:00', signed)).toEqual(outside(signed, '2026-02-25'));
  });

  it('a period whose last day falls in the National Day holiday ends on the first working day after it', async () => {
    // 2026: 1-7 October off. A period ending on Saturday 3 October runs to Thursday 8 October.
    const signed = signedFor('2026-10-03');
    expect(await askAt('2026-10-05T10:00:00', signed)).toBe('accepted');
    expect(await askAt('2026-10-08T17:30:00', signed)).toBe('accepted');
    expect(await askAt('2026-10-09T09:00:00', signed)).toEqual(outside(signed, '2026-10-08'));
  });

  it('a period ending on a weekend ends on the Monday; one ending on a make-up working day (调休上班) ends that day', async () => {
    const weekend = signedFor('2026-12-12'); // a Saturday
    expect(await askAt('2026-12-14T10:00:00', weekend)).toBe('accepted');
    expect(await askAt('2026-12-15T10:00:00', weekend)).toEqual(outside(weekend, '2026-12-14'));

    const makeUp = signedFor('2026-10-10'); // Saturday 10 October 2026 is worked for National Day
    expect(await askAt('2026-10-10T10:00:00', makeUp)).toBe('accepted');
    expect(await askAt('2026-10-11T10:00:00', makeUp)).toEqual(outside(makeUp, '2026-10-10'));
  });
});
