import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/** The root of the org tree (总公司): company-wide matters are its to decide (SPEC §0). */
export async function findHeadOfficeId(db: Kysely<DB> | Transaction<DB>): Promise<number> {
  const root = await db.selectFrom('org_unit').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow();
  return root.id;
}
