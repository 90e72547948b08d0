import { inTransaction, type Context } from '../../platform/context/context.js';
import { invalid, type FieldProblem } from '../../platform/http/errors.js';
import { fire } from '../../platform/lifecycle/fire.js';
import { todayInShanghai } from '../calendar/dates.js';
import { findParties, findPolicyRecord, getPolicy } from './find-policies.js';
import { recordNotice } from './policy-events.js';
import { POLICY_LIFECYCLE, type PolicyEvent } from './policy-lifecycle.js';
import { VERIFY_FIELD_TEXT, VERIFY_FIELDS } from './policy-rules.data.js';
import { stateOnVerification } from './policy-rules.js';
import { verifyFieldValues } from './verify-fields.js';
import type { PolicyDetail, VerifyBody } from './policies.types.js';

const ON_VERIFICATION = { verified: 'verified', in_force: 'verified_in_force', expired: 'verified_expired' } as const satisfies Record<string, PolicyEvent>;

/**
 * 核对 (R-PO-4): compare the policy with what the client provided. Every field must be compared.
 * Differences are raised with the client (a notice) and kept open; with none, the policy is
 * verified — in force, not yet in force, or already expired by its dates.
 */
export async function verifyPolicy(ctx: Context, id: number, input: VerifyBody): Promise<PolicyDetail> {
  const problems: FieldProblem[] = [];
  const compared = new Set(input.checks.map((c) => c.field));
  const missing = VERIFY_FIELDS.filter((f) => !compared.has(f));
  if (missing.length) problems.push({ path: 'checks', reason: 'verifyFieldsMissing', params: { fields: { 'zh-CN': missing.map((f) => VERIFY_FIELD_TEXT[f]).join('、'), en: missing.join(', ') } } });
  input.checks.forEach((c, i) => {
    if (!c.matches && !c.clientSays?.trim()) problems.push({ path: `checks.${i}.clientSays`, reason: 'clientSaysRequired' });
  });
  const differing = input.checks.filter((c) => !c.matches);
  if (differing.length && !input.notice) problems.push({ path: 'notice', reason: 'noticeRequired' });
  if (problems.length) throw invalid(...problems);

  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    // Which verification it is depends on the dates (the lock in fire() re-reads the row).
    const dates = await findPolicyRecord(tx.trx, tx.scope, id);
    const event: PolicyEvent = differing.length
      ? 'difference_raised'
      : ON_VERIFICATION[stateOnVerification({ effectiveDate: dates.effective_date, endDate: dates.end_date }, todayInShanghai(now))];
    await fire(tx, POLICY_LIFECYCLE, event, { key: id, version: input.version }, {
      input, at: now,
      change: async (row) => {
        if (differing.length) {
          const values = verifyFieldValues(row, await findParties(tx.trx, id), tx.locale);
          await tx.trx.insertInto('policy_difference').values(differing.map((c) => ({
            policy_id: id, field: c.field, on_policy: values[c.field], client_says: c.clientSays!.trim(), raised_at: now, raised_by: tx.actor?.userId ?? null,
          }))).execute();
          await recordNotice(tx, row, 'difference', input.notice!, now);
        } else {
          await tx.trx.updateTable('policy').set({ verified_at: now, verified_by: tx.actor?.userId ?? null }).where('id', '=', id).execute();
        }
      },
      audit: { after: { checks: input.checks } },
    });
    return getPolicy(tx.trx, tx.keyring, tx.scope, id, tx.locale);
  });
}
