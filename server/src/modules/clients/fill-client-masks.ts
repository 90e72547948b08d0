// The masked display forms of clients stored before they were kept (migration
// 20261126T0500_client_masked_fields): worked out from the ciphertexts, which needs the keys a
// migration does not have, so every start runs this after migrating. Idempotent; a database
// with nothing to fill answers from an empty partial index.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { validatePendingChecks } from '../../platform/db/constraints.js';
import type { Keyring } from '../../platform/pii/index.js';
import './clients.tables.js';
import { maskedClientFields } from './find-clients.js';

const BATCH = 1000;
const CHECKS = ['client_id_number_masked_check', 'client_mobile_masked_check', 'client_address_masked_check'];

export type FillClientMasksReport = { filled: number; validated: number };

export async function fillClientMasks(db: Kysely<DB>, keyring: Keyring): Promise<FillClientMasksReport> {
  let filled = 0;
  let after = 0;
  for (;;) {
    const { rows } = await sql<{
      id: number; id_number_enc: string | null; mobile_enc: string | null; address_enc: string | null;
      id_number_masked: string | null; mobile_masked: string | null; address_masked: string | null;
    }>`
      select id, id_number_enc, mobile_enc, address_enc, id_number_masked, mobile_masked, address_masked
      from client
      where id > ${after}
        and ((id_number_enc is not null and id_number_masked is null)
          or (mobile_enc is not null and mobile_masked is null)
          or (address_enc is not null and address_masked is null))
      order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    const masked = rows.map((r) => maskedClientFields(keyring, r));
    // Derived display data only: no version bump, no timeline entry, no audit entry.
    await sql`
      update client c set id_number_masked = t.id_number_masked, mobile_masked = t.mobile_masked, address_masked = t.address_masked
      from unnest(${rows.map((r) => r.id)}::int[], ${masked.map((m) => m.idNumber)}::text[], ${masked.map((m) => m.mobile)}::text[],
                  ${masked.map((m) => m.address)}::text[]) as t (id, id_number_masked, mobile_masked, address_masked)
      where c.id = t.id`.execute(db);
    filled += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  // Every row now keeps its masks: the checks hold for the old rows too.
  return { filled, validated: await validatePendingChecks(db, 'client', CHECKS) };
}
