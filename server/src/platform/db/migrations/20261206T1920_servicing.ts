import { sql, type Kysely } from 'kysely';

// 保全 (issue 12; R-SV-1..5): one servicing request of one policy. Its type is data
// (modules/servicing/servicing-types.data.ts); what a type needs to know is in `details`.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table servicing_request (
      id integer generated always as identity primary key,
      request_no text not null unique,
      policy_id integer not null references policy(id),
      org_unit_id integer not null references org_unit(id),
      type text not null,
      state text not null default 'received',
      channel text not null check (channel in ('counter', 'phone', 'agent', 'mail', 'online')),
      applicant_client_id integer not null references client(id),
      received_at timestamptz not null,
      owner_id integer references app_user(id),
      details jsonb not null default '{}'::jsonb,
      outcome text,
      state_reason text,
      completed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index servicing_request_policy_idx on servicing_request (policy_id, id);
    create index servicing_request_unit_idx on servicing_request (org_unit_id, received_at, id);
    create index servicing_request_state_idx on servicing_request (state, received_at, id);
    create index servicing_request_owner_idx on servicing_request (owner_id, state, id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table servicing_request`.execute(db);
}
