import { sql, type Kysely } from 'kysely';

// Documents (issue 12, item 2): the files a record needs — an ID copy for a change, the insured's
// consent for a beneficiary change, a signed endorsement — kept under their checksum by the blob
// store (platform/storage), described here. A document belongs to one record of any module
// (entity_type + entity_id, as deadlines and the audit trail name records) and keeps the record's
// org unit at upload for listing; access is checked against the record itself each time.
//
// The catalogue of document types is data: admins add types; the rows below are the first
// catalogue, frozen with this migration (today's catalogue lives in the table).
const FIRST_CATALOGUE: [code: string, zh: string, en: string, sensitive: boolean][] = [
  ['id_document', '身份证件', 'Identity document', true],
  ['application_form', '申请书', 'Application form', true],
  ['policy_copy', '保单', 'Policy document', false],
  ['debit_authorisation', '银行扣款授权书', 'Debit authorisation', true],
  ['bank_card', '银行卡或存折', 'Bank card or passbook', true],
  ['beneficiary_consent', '被保险人同意书', "Insured's written consent", true],
  ['relationship_proof', '关系证明', 'Proof of relationship', true],
  ['medical_report', '体检或病历资料', 'Medical report', true],
  ['signed_endorsement', '签署的批单', 'Signed endorsement', false],
  ['surrender_explanation', '签署的退保说明确认书', 'Signed surrender explanation', false],
  ['premium_receipt', '缴费凭证', 'Premium receipt', false],
  ['loss_statement', '保单遗失声明', 'Lost-policy statement', false],
  ['other', '其他资料', 'Other document', false],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table document_type (
      code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      name text not null,
      name_en text not null,
      -- Identity papers, bank and medical data: every download is audited (issue 12, item 2).
      sensitive boolean not null default false,
      retention_class text not null default 'contract_plus_5y',
      active boolean not null default true,
      position integer not null default 0
    );
    create table document (
      id integer generated always as identity primary key,
      entity_type text not null,
      entity_id integer not null,
      org_unit_id integer not null references org_unit(id),
      type_code text not null references document_type(code),
      file_name text not null check (length(file_name) between 1 and 255),
      media_type text not null,
      size_bytes bigint not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      sensitive boolean not null,
      retention_class text not null,
      uploaded_by integer references app_user(id),
      uploaded_at timestamptz not null default now()
    );
    create index document_record_idx on document (entity_type, entity_id, id);
    create index document_sha256_idx on document (sha256);
  `.execute(db);
  for (const [position, [code, zh, en, sensitive]] of FIRST_CATALOGUE.entries()) {
    await sql`insert into document_type (code, name, name_en, sensitive, position) values (${code}, ${zh}, ${en}, ${sensitive}, ${position})`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table document; drop table document_type;`.execute(db);
}
