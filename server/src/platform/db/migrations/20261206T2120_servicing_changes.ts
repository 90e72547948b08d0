import { sql, type Kysely } from 'kysely';

// 保全变更内容 (issue 12, item 1): what a change request changes — a new mobile, address, debit
// account, birth date, beneficiaries — waits with the request until completion applies it. It holds
// personal data, so it is kept encrypted (change_enc, the field cipher of platform/pii) beside a
// masked copy for display (change_masked); neither is ever in clear text at rest.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table servicing_request add column change_enc text;
    alter table servicing_request add column change_masked jsonb;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table servicing_request drop column change_masked; alter table servicing_request drop column change_enc`.execute(db);
}
