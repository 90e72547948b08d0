import { sql, type Kysely } from 'kysely';

// Notices (issue 12, item 3): PDFs the system issues for a record — the endorsement (批单), the
// surrender explanation (退保说明确认书), the document receipt (材料签收单) … — numbered per org
// unit and year without gaps (the sequence row is taken in the issuing transaction), each with a
// verification code printed on it, the template version and the data it was rendered with (a
// reprint is the same document, marked as a copy). Its file is one of the record's documents, of
// the catalogue type `notice` added here.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table notice_sequence (
      org_unit_id integer not null references org_unit(id),
      year integer not null check (year between 2000 and 2199),
      last_no integer not null check (last_no > 0),
      primary key (org_unit_id, year)
    );
    create table notice (
      id integer generated always as identity primary key,
      number text not null unique,
      template_code text not null check (template_code ~ '^[a-z][a-z0-9_]{1,39}$'),
      template_version integer not null check (template_version > 0),
      org_unit_id integer not null references org_unit(id),
      year integer not null,
      seq integer not null check (seq > 0),
      entity_type text not null,
      entity_id integer not null,
      document_id integer not null references document(id),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      verification_code text not null unique,
      data jsonb not null,
      sensitive boolean not null,
      batch_id integer,
      issued_by integer references app_user(id),
      issued_at timestamptz not null,
      unique (org_unit_id, year, seq)
    );
    create index notice_record_idx on notice (entity_type, entity_id, id);
    create table notice_batch (
      id integer generated always as identity primary key,
      template_code text not null,
      template_version integer not null,
      entity_type text not null,
      org_unit_id integer not null references org_unit(id),
      state text not null default 'pending' check (state in ('pending', 'done')),
      total integer not null check (total > 0),
      created_by integer references app_user(id),
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index notice_batch_pending_idx on notice_batch (id) where state = 'pending';
    create table notice_batch_item (
      batch_id integer not null references notice_batch(id),
      position integer not null,
      entity_id integer not null,
      state text not null default 'pending' check (state in ('pending', 'done', 'failed')),
      notice_id integer references notice(id),
      error text,
      primary key (batch_id, position),
      check ((state = 'done') = (notice_id is not null))
    );
    alter table notice add constraint notice_batch_fk foreign key (batch_id) references notice_batch(id);
    insert into document_type (code, name, name_en, sensitive, position) values ('notice', '通知书', 'Notice', false, 100);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table notice_batch_item; drop table notice cascade; drop table notice_batch; drop table notice_sequence;
    delete from document_type where code = 'notice';
  `.execute(db);
}
