import { inTransaction, type Context } from '../../platform/context/context.js';
import { fireMany } from '../../platform/lifecycle/fire.js';
import { todayInShanghai } from '../calendar/dates.js';
import { policyQuery } from './find-policies.js';
import { POLICY_LIFECYCLE } from './policy-lifecycle.js';

export type PolicyDateReport = { inForce: number; expired: number };

/**
 * The dates move policies on (R-PO-3, expiry tracked): the lifecycle's automatic transitions
 * `take_effect` (verified → in force on the effective date) and `expire` (verified or in force →
 * expired after the end date). Set-based and idempotent — a second run the same day changes
 * nothing; safe in several processes (rows another run holds are skipped, not waited for).
 */
export async function advancePolicyDates(ctx: Context, now = ctx.clock.now()): Promise<PolicyDateReport> {
  const today = todayInShanghai(now);
  return inTransaction(ctx, async (tx) => {
    const due = await policyQuery(tx.trx, tx.scope)
      .where((eb) => eb.or([
        eb.and([eb('p.state', '=', 'verified'), eb('p.effective_date', '<=', today)]),
        eb.and([eb('p.state', 'in', ['verified', 'in_force']), eb('p.end_date', '<', today)]),
      ]))
      .orderBy('p.id')
      .forUpdate('p').skipLocked()
      .execute();
    const expiring = due.filter((p) => p.end_date !== null && p.end_date < today);
    const takingEffect = due.filter((p) => !(p.end_date !== null && p.end_date < today));
    const policies = (rows: typeof due) => rows.map((r) => ({ id: r.id, state: r.state }));
    await fireMany(tx, POLICY_LIFECYCLE, 'take_effect', takingEffect, { at: now, auditAfter: { today, policies: policies(takingEffect) } });
    await fireMany(tx, POLICY_LIFECYCLE, 'expire', expiring, { at: now, auditAfter: { today, policies: policies(expiring) } });
    return { inForce: takingEffect.length, expired: expiring.length };
  });
}

