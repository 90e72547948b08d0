import { inTransaction, type Context } from '../../platform/context/context.js';
import { revealField } from '../../platform/pii/reveal.js';
import { findPolicyRecord } from './find-policies.js';
import { CONTEXT } from './policy-rules.js';

/** The premium account in clear text, written to the audit trail (R-CL-6). */
export async function revealPolicyField(ctx: Context, id: number): Promise<{ value: string | null }> {
  return inTransaction(ctx, async (tx) => {
    const policy = await findPolicyRecord(tx.trx, tx.scope, id);
    const value = await revealField(tx, {
      entityType: 'policy', entityId: id, orgUnitId: policy.org_unit_id, field: 'bankAccount', kind: 'bankAccount',
      ciphertext: policy.bank_account_enc, context: CONTEXT.bankAccount,
    });
    return { value };
  });
}
