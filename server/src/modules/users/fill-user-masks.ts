// The masked mobiles of users stored before they were kept (migration 20261207T1300_user_mobile_masked):
// worked out from the ciphertexts, which needs the keys a migration does not have, so every start runs
// this after migrating (runtime.ts), as it runs fillClientMasks. Idempotent; a database with nothing to
// fill answers from an empty partial index.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { validatePendingChecks } from '../../platform/db/constraints.js';
import { decryptField, mask, type Keyring } from '../../platform/pii/index.js';
import { MOBILE_CONTEXT } from './find-users.js';

const BATCH = 1000;
const CHECK = 'app_user_mobile_masked_check';

export type FillUserMasksReport = { filled: number; validated: boolean };

export async function fillUserMasks(db: Kysely<DB>, keyring: Keyring): Promise<FillUserMasksReport> {
  let filled = 0;
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; mobile_enc: string }>`
      select id, mobile_enc from app_user
      where id > ${after} and mobile_enc is not null and mobile_masked is null
      order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    const masked = rows.map((r) => mask('mobile', decryptField(keyring, r.mobile_enc, { context: MOBILE_CONTEXT })));
    // Derived display data only: no version bump, no audit entry.
    await sql`
      update app_user u set mobile_masked = t.mobile_masked
      from unnest(${rows.map((r) => r.id)}::int[], ${masked}::text[]) as t (id, mobile_masked)
      where u.id = t.id`.execute(db);
    filled += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  // Every row now keeps its mask: the check holds for the old rows too.
  return { filled, validated: (await validatePendingChecks(db, 'app_user', [CHECK])) > 0 };
}
