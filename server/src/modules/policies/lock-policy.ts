import type { FastifyRequest } from 'fastify';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { invalid, versionConflict } from '../../platform/http/errors.js';
import { findPolicyRecord, toPolicy, type PolicyRecord } from './find-policies.js';
import { POLICY_STATE_TEXT } from './policy-rules.data.js';
import type { PolicyState } from './policies.tables.js';

/** The policy locked for a change, at the version the caller read (else 409 with the current one). */
export async function lockPolicy(trx: Transaction<DB>, req: FastifyRequest, id: number, version: number, states?: PolicyState[]): Promise<PolicyRecord> {
  const row = await findPolicyRecord(trx, req.scope, id, { forUpdate: true });
  if (row.version !== version) throw versionConflict(toPolicy(req.server.keyring, row));
  if (states && !states.includes(row.state)) throw invalid({ path: 'state', reason: 'wrongPolicyState', params: { state: POLICY_STATE_TEXT[row.state] } });
  return row;
}

/** Bump the version (and move the state, when given): every change of a policy goes through here. */
export async function touchPolicy(
  trx: Transaction<DB>,
  id: number,
  change: { state?: PolicyState; stateReason?: string | null; at: Date; verifiedBy?: number | null },
) {
  await trx
    .updateTable('policy')
    .set({
      version: sql`version + 1`,
      updated_at: change.at,
      ...(change.state !== undefined && { state: change.state, state_reason: change.stateReason ?? null, state_changed_at: change.at }),
      ...(change.verifiedBy !== undefined && { verified_at: change.at, verified_by: change.verifiedBy }),
    })
    .where('id', '=', id)
    .execute();
}
