import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { startPeriodic, type JobLog } from '../../platform/jobs/periodic.js';
import { todayInShanghai } from '../calendar/dates.js';

export type PolicyDateReport = { inForce: number; expired: number };

/**
 * The dates move policies on (R-PO-3, expiry tracked): a verified policy comes into force on its
 * effective date; a policy in force (or verified) past its end date has expired. Set-based and
 * idempotent — a second run the same day changes nothing; safe in several processes.
 */
export async function advancePolicyDates(db: Kysely<DB>, now = new Date()): Promise<PolicyDateReport> {
  const today = todayInShanghai(now);
  return db.transaction().execute(async (trx) => {
    const moved = await sql<{ id: number; state: 'in_force' | 'expired'; org_unit_id: number; internal_no: string; policyholder_id: number }>`
      update policy p
         set state = case when p.end_date is not null and p.end_date < ${today}::date then 'expired' else 'in_force' end,
             state_reason = null, state_changed_at = ${now}, version = p.version + 1, updated_at = ${now}
       where (p.state = 'verified' and p.effective_date <= ${today}::date)
          or (p.state = 'in_force' and p.end_date < ${today}::date)
      returning p.id, p.state, p.org_unit_id, p.internal_no, p.policyholder_id`.execute(trx);
    if (!moved.rows.length) return { inForce: 0, expired: 0 };

    const ids = moved.rows.map((r) => r.id);
    await sql`
      insert into client_timeline (client_id, at, kind, entity_type, entity_id, summary_zh, summary_en)
      select distinct on (c.client_id, p.id) c.client_id, ${now}::timestamptz, 'policy.' || p.state, 'policy', p.id::text,
             '保单 ' || p.internal_no || '：' || case p.state when 'expired' then '已满期' else '已生效' end,
             'Policy ' || p.internal_no || ': ' || case p.state when 'expired' then 'expired' else 'now in force' end
        from policy p
        cross join lateral (
          select p.policyholder_id as client_id
          union select pp.client_id from policy_party pp where pp.policy_id = p.id and pp.role = 'insured' and pp.client_id is not null
        ) c
       where p.id = any(${ids}::int[])`.execute(trx);

    const report = { inForce: moved.rows.filter((r) => r.state === 'in_force').length, expired: moved.rows.filter((r) => r.state === 'expired').length };
    await recordAudit(trx, {
      action: 'policy.dates_advanced', entityType: 'policy', entityId: null, orgUnitId: null, actor: null, requestId: null,
      after: { today, ...report, policies: moved.rows.map((r) => ({ id: r.id, state: r.state })) },
    });
    return report;
  });
}

/** Every ten minutes in the server process (the day turns at midnight Beijing time). */
export function startPolicyJobs({ db, log, intervalMs = 10 * 60_000 }: { db: Kysely<DB>; log: JobLog; intervalMs?: number }) {
  return startPeriodic({ name: 'policy dates', intervalMs, log, work: () => advancePolicyDates(db), report: (r) => r.inForce + r.expired > 0 });
}
