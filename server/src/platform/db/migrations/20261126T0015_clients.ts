import { sql, type Kysely } from 'kysely';

// Client archive (客户档案, SPEC §1): clients, household / employer links, the timeline other
// modules append to. Personal fields are ciphertext (`*_enc`) with keyed blind indexes
// (`*_bidx`) for exact lookups; the name stays clear for prefix search.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table client (
      id integer generated always as identity primary key,
      kind text not null check (kind in ('person','organisation')),
      org_unit_id integer not null references org_unit(id),
      agent_id integer references app_user(id),
      name text not null check (length(name) between 1 and 100),
      gender text check (gender in ('male','female')),
      birth_date date,
      id_type text check (id_type in ('resident_id','passport','other')),
      id_number_enc text,
      id_number_bidx text,
      mobile_enc text,
      mobile_bidx text,
      address_enc text,
      occupation text,
      contact_preference text check (contact_preference in ('phone','sms','wechat','email','visit','letter')),
      unified_credit_code text,
      contact_person text,
      consent_marketing boolean not null default false,
      consent_marketing_at timestamptz,
      -- PIPL Art. 29: separate consent for sensitive personal data
      consent_sensitive boolean not null default false,
      consent_sensitive_at timestamptz,
      first_contact_at timestamptz not null,
      -- when the archive became complete (identity + contact): closes the R-CL-2 deadline
      archived_at timestamptz,
      merged_into_id integer references client(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((id_number_enc is null) = (id_number_bidx is null)),
      check ((mobile_enc is null) = (mobile_bidx is null)),
      check (merged_into_id is null or merged_into_id <> id)
    );
    create index client_org_idx on client (org_unit_id, id);
    create index client_agent_idx on client (agent_id, id);
    -- Name prefix search: btree with text_pattern_ops works on both engines (pg_trgm is not on PGlite).
    create index client_name_prefix_idx on client (lower(name) text_pattern_ops);
    create index client_id_number_bidx_idx on client (id_number_bidx);
    create index client_mobile_bidx_idx on client (mobile_bidx);
    create index client_credit_code_idx on client (unified_credit_code);
    create index client_merged_into_idx on client (merged_into_id) where merged_into_id is not null;

    create table client_link (
      id integer generated always as identity primary key,
      client_id integer not null references client(id),
      related_client_id integer not null references client(id),
      -- what the related client is to the client: client_id's spouse, child, employer, …
      relation text not null check (relation in ('spouse','child','parent','employer','employee','other')),
      created_at timestamptz not null default now(),
      check (client_id <> related_client_id),
      unique (client_id, related_client_id, relation)
    );
    create index client_link_related_idx on client_link (related_client_id);

    create table client_timeline (
      id bigint generated always as identity primary key,
      client_id integer not null references client(id),
      at timestamptz not null,
      kind text not null,
      entity_type text,
      entity_id text,
      summary_zh text not null,
      summary_en text not null,
      actor_id integer references app_user(id),
      created_at timestamptz not null default now()
    );
    create index client_timeline_client_idx on client_timeline (client_id, at desc, id desc);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table client_timeline; drop table client_link; drop table client;`.execute(db);
}
