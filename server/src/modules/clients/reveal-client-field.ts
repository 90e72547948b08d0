import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { revealField } from '../../platform/pii/reveal.js';
import { CONTEXT, type SealedField } from './client-rules.js';
import { findClientRecord } from './find-clients.js';

const COLUMN = { idNumber: 'id_number_enc', mobile: 'mobile_enc', address: 'address_enc' } as const;

/** One personal field of a client in clear text, written to the audit trail (R-CL-6). */
export async function revealClientField(db: Kysely<DB>, req: FastifyRequest, id: number, field: SealedField): Promise<{ value: string | null }> {
  return db.transaction().execute(async (trx) => {
    const client = await findClientRecord(trx, req.scope, id);
    const value = await revealField(req, trx, {
      entityType: 'client', entityId: id, orgUnitId: client.org_unit_id, field, kind: field,
      ciphertext: client[COLUMN[field]], context: CONTEXT[field],
    });
    return { value };
  });
}
