import { inTransaction, type Context } from '../../platform/context/context.js';
import { AppError } from '../../platform/http/errors.js';
import { revealField } from '../../platform/pii/reveal.js';
import { CONTEXT, type SealedField } from './client-rules.js';
import { findClientRecord } from './find-clients.js';
import { REFUSAL, revealRights } from './reveal-rights.js';

const COLUMN = { idNumber: 'id_number_enc', mobile: 'mobile_enc', address: 'address_enc' } as const;

/** One personal field of a client in clear text, written to the audit trail (R-CL-6); refused with the reason. */
export async function revealClientField(ctx: Context, id: number, field: SealedField): Promise<{ value: string | null }> {
  return inTransaction(ctx, async (tx) => {
    const client = await findClientRecord(tx.trx, tx.scope, id);
    const rights = await revealRights(tx.trx, tx, client);
    if (!rights[field]) throw new AppError(403, REFUSAL[field]);
    const value = await revealField(tx, {
      entityType: 'client', entityId: id, orgUnitId: client.org_unit_id, field, kind: field,
      ciphertext: client[COLUMN[field]], context: CONTEXT[field],
    });
    return { value };
  });
}
