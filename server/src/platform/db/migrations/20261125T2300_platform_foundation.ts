import { sql, type Kysely } from 'kysely';

// Platform foundation: org tree, users and roles, sessions, the audit trail.
// Runs unchanged on PGlite and PostgreSQL 15: use nothing newer than 15.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table org_unit (
      id integer generated always as identity primary key,
      parent_id integer references org_unit(id),
      code text not null unique,
      name text not null check (length(name) between 1 and 100),
      name_en text,
      level text not null check (level in ('head_office','province','city','office')),
      path text not null unique,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((parent_id is null) = (level = 'head_office'))
    );
    create index org_unit_path_idx on org_unit (path text_pattern_ops);
    create index org_unit_parent_idx on org_unit (parent_id);

    create table app_user (
      id integer generated always as identity primary key,
      username text not null,
      display_name text not null,
      org_unit_id integer not null references org_unit(id),
      password_hash text not null,
      must_change_password boolean not null default false,
      status text not null default 'active' check (status in ('active','disabled')),
      mobile_enc text,
      mobile_bidx text,
      email text,
      failed_login_count integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      password_changed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index app_user_username_idx on app_user (lower(username));
    create index app_user_org_idx on app_user (org_unit_id, id);
    create index app_user_mobile_bidx_idx on app_user (mobile_bidx);

    create table role_assignment (
      id integer generated always as identity primary key,
      user_id integer not null references app_user(id) on delete cascade,
      role text not null,
      org_unit_id integer not null references org_unit(id),
      created_at timestamptz not null default now(),
      unique (user_id, role, org_unit_id)
    );

    create table user_session (
      id_hash text primary key,
      user_id integer not null references app_user(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    );
    create index user_session_user_idx on user_session (user_id);

    create table app_setting (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    );

    create table audit_log (
      seq bigint primary key,
      at timestamptz not null,
      actor_id integer,
      actor_name text,
      org_unit_id integer,
      action text not null,
      entity_type text not null,
      entity_id text,
      before jsonb,
      after jsonb,
      request_id text,
      prev_hash text not null,
      hash text not null
    );
    create index audit_log_entity_idx on audit_log (entity_type, entity_id, seq);
    create index audit_log_org_idx on audit_log (org_unit_id, seq);
    create index audit_log_actor_idx on audit_log (actor_id, seq);
  `.execute(db);

  // R-SE-2: the trail is append-only for every role, enforced by the database itself.
  // Only the table owner could disable these triggers, and that is itself visible to
  // \`anxin audit verify\` as a broken chain.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
    end $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The platform foundation migration cannot be rolled back');
}
