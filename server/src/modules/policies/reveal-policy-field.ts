import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { revealField } from '../../platform/pii/reveal.js';
import { findPolicyRecord } from './find-policies.js';
import { CONTEXT } from './policy-rules.js';

/** The premium account in clear text, written to the audit trail (R-CL-6). */
export async function revealPolicyField(db: Kysely<DB>, req: FastifyRequest, id: number): Promise<{ value: string | null }> {
  return db.transaction().execute(async (trx) => {
    const policy = await findPolicyRecord(trx, req.scope, id);
    const value = await revealField(req, trx, {
      entityType: 'policy', entityId: id, orgUnitId: policy.org_unit_id, field: 'bankAccount', kind: 'bankAccount',
      ciphertext: policy.bank_account_enc, context: CONTEXT.bankAccount,
    });
    return { value };
  });
}
