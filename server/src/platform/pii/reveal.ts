import { audit, type TxContext } from '../context/context.js';
import { decryptField } from './field-crypto.js';
import type { PiiKind } from './masking.js';

/**
 * Show one personal field in clear text (R-CL-6): decrypt it and write the reveal to the
 * audit trail in the same transaction, so there is no reveal without an entry.
 */
export async function revealField(
  tx: TxContext,
  target: {
    entityType: string;
    entityId: number;
    orgUnitId: number;
    field: string;
    kind: PiiKind;
    ciphertext: string | null;
    /** The encryption context (table.column) the value was sealed with. */
    context: string;
  },
): Promise<string | null> {
  const value = target.ciphertext === null ? null : decryptField(tx.keyring, target.ciphertext, { context: target.context });
  await audit(tx, {
    action: 'pii.reveal',
    entityType: target.entityType,
    entityId: target.entityId,
    orgUnitId: target.orgUnitId,
    after: { field: target.field, kind: target.kind },
  });
  return value;
}
