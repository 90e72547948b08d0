import { sql, type Kysely } from 'kysely';
import { DEADLINE_RULE_SEED_20261125 } from './frozen/20261125T2345_deadline_rule_seed.js';

// The deadline engine (rules as data, instances on any record) and the notification outbox.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table deadline_rule (
      id text primary key,
      module text not null,
      name_zh text not null,
      name_en text not null,
      spec_id text,
      law_ref text,
      basis_zh text not null,
      basis_en text not null,
      start_event text not null,
      completion_event text not null,
      duration integer not null,
      unit text not null check (unit in ('working_days','calendar_days','months','years','hours','minutes','day_of_month')),
      roll_to_working_day boolean not null,
      cutoff_time text check (cutoff_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
      warn_before integer not null check (warn_before >= 0),
      warn_unit text not null check (warn_unit in ('working_days','calendar_days','hours','minutes')),
      escalate_to_role text,
      needs_confirmation boolean not null default false,
      active boolean not null default true,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );

    create table deadline (
      id bigint generated always as identity primary key,
      rule_id text not null references deadline_rule(id),
      entity_type text not null,
      entity_id text not null,
      org_unit_id integer not null references org_unit(id),
      owner_id integer references app_user(id),
      started_at timestamptz not null,
      due_at timestamptz not null,
      warn_at timestamptz not null,
      provisional boolean not null default false,
      state text not null default 'open' check (state in ('open','due_soon','overdue','met','missed','cancelled')),
      paused_at timestamptz,
      pause_reason text,
      -- working days, calendar days or seconds (by the rule's unit) added by pauses so far
      paused_shift integer not null default 0,
      completed_at timestamptz,
      cancel_reason text,
      escalated_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    -- One live instance of a rule per record.
    create unique index deadline_live_idx on deadline (rule_id, entity_type, entity_id)
      where state in ('open','due_soon','overdue');
    create index deadline_entity_idx on deadline (entity_type, entity_id);
    create index deadline_sweep_idx on deadline (warn_at) where state in ('open','due_soon') and paused_at is null;
    create index deadline_overdue_idx on deadline (due_at) where state in ('open','due_soon','overdue') and paused_at is null;
    create index deadline_owner_idx on deadline (owner_id, due_at) where state in ('open','due_soon','overdue');
    create index deadline_org_idx on deadline (org_unit_id, due_at);

    create table notification (
      id bigint generated always as identity primary key,
      -- what makes it unique, e.g. deadline:42:overdue:user:7: a re-run creates nothing twice
      dedupe_key text not null unique,
      recipient_id integer not null references app_user(id),
      kind text not null,
      params jsonb not null,
      entity_type text,
      entity_id text,
      org_unit_id integer references org_unit(id),
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index notification_recipient_idx on notification (recipient_id, id desc);

    create table notification_delivery (
      id bigint generated always as identity primary key,
      notification_id bigint not null references notification(id) on delete cascade,
      channel text not null check (channel in ('email','sms')),
      status text not null default 'pending' check (status in ('pending','sending','sent','failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      lease_until timestamptz,
      last_error text,
      sent_at timestamptz,
      provider_message_id text,
      unique (notification_id, channel)
    );
    create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status in ('pending','sending');
  `.execute(db);

  // The frozen seed, not today's rules file: a migration gives the same database whenever it runs.
  await db.insertInto('deadline_rule').values(DEADLINE_RULE_SEED_20261125.map((r) => ({ ...r }))).onConflict((oc) => oc.column('id').doNothing()).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table notification_delivery; drop table notification; drop table deadline; drop table deadline_rule;`.execute(db);
}
