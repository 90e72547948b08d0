import { sql, type Kysely } from 'kysely';

// Search keys for the header box (issue 11 item 6).
// - 尾号: the last four digits of a mobile, which the masked form already shows (138****8000):
//   an expression index over it, with the org unit for the scope (`org_unit_id = any(…)`), so a
//   tail is one index range at a million clients (about a hundred clients share one tail there).
//   Nothing new is stored, nothing needs the keys.
// - 拼音: a name's full pinyin and initials (wangxiaoming / wxm), computed in TypeScript by a
//   pinyin dictionary that is a live, upgradable library — so not here: a migration is frozen
//   history and imports no module. Every write of a name writes its keys (clients/name-keys.ts);
//   rows stored before this migration are filled by every start (fillClientNameKeys), found
//   through the partial index below. Null until then.
//   The columns compare byte-wise (the "C" collation): one btree serves a prefix LIKE (as a
//   text_pattern_ops index would) and also the page order, as client_name_c_idx does for names;
//   the org-unit-first twins serve a narrow scope (an agent's office).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index client_mobile_tail_idx on client ((right(mobile_masked, 4)), org_unit_id);
    alter table client
      add column name_pinyin text collate "C",
      add column name_initials text collate "C";
    create index client_pinyin_idx on client (name_pinyin, id);
    create index client_org_pinyin_idx on client (org_unit_id, name_pinyin, id);
    create index client_initials_idx on client (name_initials, id);
    create index client_org_initials_idx on client (org_unit_id, name_initials, id);
    create index client_name_keys_missing_idx on client (id) where name_pinyin is null or name_initials is null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index client_name_keys_missing_idx;
    drop index client_org_initials_idx;
    drop index client_initials_idx;
    drop index client_org_pinyin_idx;
    drop index client_pinyin_idx;
    alter table client drop column name_pinyin, drop column name_initials;
    drop index client_mobile_tail_idx;
  `.execute(db);
}
