// The pinyin search keys of clients stored before they were kept (migration
// 20261206T1300_client_search_keys): worked out by the pinyin library (clients/name-keys.ts),
// which a migration — frozen history — may not import, so every start runs this after migrating,
// as it runs fillClientMasks. Idempotent; with nothing to fill it answers from an empty partial index.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ClientKind } from './clients.tables.js';
import { clientNameKeys } from './name-keys.js';

const BATCH = 2000;

export async function fillClientNameKeys(db: Kysely<DB>): Promise<{ filled: number }> {
  let filled = 0;
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; name: string; kind: ClientKind }>`
      select id, name, kind from client
      where id > ${after} and (name_pinyin is null or name_initials is null)
      order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    const keys = rows.map((r) => clientNameKeys(r.name, r.kind));
    // Derived search data only: no version bump, no timeline entry, no audit entry.
    await sql`
      update client c set name_pinyin = t.name_pinyin, name_initials = t.name_initials
      from unnest(${rows.map((r) => r.id)}::int[], ${keys.map((k) => k.pinyin)}::text[], ${keys.map((k) => k.initials)}::text[])
        as t (id, name_pinyin, name_initials)
      where c.id = t.id`.execute(db);
    filled += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  return { filled };
}
