import { sql, type Kysely } from 'kysely';

// Client search by name prefix at a million clients (bench/lookup.bench.ts). The database
// collation (e.g. C.UTF-8) cannot return a text_pattern_ops index in `order by lower(name)`,
// so a surname typed into the search box sorted every client of that surname (tens of
// thousands) to show 20. In the "C" collation one btree serves both the prefix range and the
// page order: searchClients() compares `lower(name) collate "C"`.
// - client_name_c_idx: the page in name order, read from the start of the range (wide scopes);
// - client_org_name_c_idx: the same within one org unit (an agent's office: a narrow scope,
//   where the first index would skip over the other units' clients).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index client_name_c_idx on client ((lower(name) collate "C"), id);
    create index client_org_name_c_idx on client (org_unit_id, (lower(name) collate "C"), id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index client_org_name_c_idx; drop index client_name_c_idx;`.execute(db);
}
