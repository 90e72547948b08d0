import { sql } from 'kysely';
import type { TxContext } from '../../platform/context/context.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { findPolicyRecord, toPolicy, type PolicyRecord } from './find-policies.js';
import { POLICY_STATE_TEXT } from './policy-rules.data.js';
import type { PolicyState } from './policies.tables.js';

/**
 * The policy locked for an edit that moves no state (a correction, a reissue request), at the
 * version the caller read (else 409 with the current one). State moves go through the lifecycle.
 */
export async function lockPolicy(tx: TxContext, id: number, version: number | undefined, states?: PolicyState[]): Promise<PolicyRecord> {
  const row = await findPolicyRecord(tx.trx, tx.scope, id, { forUpdate: true });
  if (version !== undefined && row.version !== version) throw versionConflict(toPolicy(tx.keyring, row));
  if (states && !states.includes(row.state)) throw invalid({ path: 'state', reason: 'wrongPolicyState', params: { state: POLICY_STATE_TEXT[row.state] } });
  return row;
}

/** Bump the version: every change of a policy does. */
export async function touchPolicy(tx: TxContext, id: number, at: Date) {
  await tx.trx.updateTable('policy').set({ version: sql`version + 1`, updated_at: at }).where('id', '=', id).execute();
}
