import { sql, type Kysely } from 'kysely';

// Work queues (issue 12, item 4): one work item per queued record (a servicing request now; claims,
// underwriting, problem cases and complaints with them), kept current by the lifecycle engine's
// fire(). An open item is always owned: by a person (我的任务) or by the team queue of an org unit and
// a role (任务池) — the check below, not the code, guarantees it. Its SLA is the earliest running,
// unpaused deadline of its record, copied here by a trigger on `deadline`, so every way a deadline
// changes (opened, met, paused, resumed, recomputed after a calendar change) reaches the queue, and
// the supervisor's "overdue first" is an index range, not a join per row.
//
// The lists read one index each at any size (1M items: bench/queue.bench.ts): an open item by its
// unit, its owner or its team, then the SLA order (the due time; none sorts last) or the time received.
const DUE = `(coalesce(due_at, '9999-12-31 00:00:00+00'::timestamptz))`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table work_item (
      id integer generated always as identity primary key,
      entity_type text not null,
      entity_id integer not null,
      org_unit_id integer not null references org_unit(id),
      state text not null,
      open boolean not null,
      owner_id integer references app_user(id),
      team_org_unit_id integer references org_unit(id),
      team_role text,
      received_at timestamptz not null,
      assigned_at timestamptz not null,
      due_at timestamptz,
      warn_at timestamptz,
      closed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (entity_type, entity_id),
      constraint work_item_owned check (not open or owner_id is not null or team_org_unit_id is not null),
      constraint work_item_one_owner check (owner_id is null or team_org_unit_id is null),
      constraint work_item_team check ((team_org_unit_id is null) = (team_role is null)),
      constraint work_item_closed check (open = (closed_at is null))
    );
  `.execute(db);
  await sql.raw(`
    create index work_item_unit_due_idx on work_item (org_unit_id, ${DUE}, id) where open;
    create index work_item_unit_received_idx on work_item (org_unit_id, received_at, id) where open;
    create index work_item_owner_due_idx on work_item (owner_id, ${DUE}, id) where open;
    create index work_item_owner_received_idx on work_item (owner_id, received_at, id) where open;
    create index work_item_team_due_idx on work_item (team_org_unit_id, team_role, ${DUE}, id) where open;
    create index work_item_team_received_idx on work_item (team_org_unit_id, team_role, received_at, id) where open;
    create index work_item_all_received_idx on work_item (org_unit_id, received_at, id);
  `).execute(db);

  // The SLA of the records whose deadlines a statement touched: their earliest running, unpaused one.
  // Statement-level with the changed rows (one pass for a sweep that moves thousands); an entity id
  // that is not a number names no work item (the deadline events route takes any text).
  await sql`
    create function work_item_follow_deadlines() returns trigger language plpgsql as $$
    begin
      update work_item w set due_at = n.due_at, warn_at = n.warn_at, updated_at = now()
      from (
        select c.entity_type, c.id, x.due_at, x.warn_at
        from (
          select distinct entity_type, entity_id,
                 case when entity_id ~ '^[1-9][0-9]{0,9}$' then entity_id::bigint end as id
          from changed
        ) c
        left join lateral (
          select d.due_at, d.warn_at from deadline d
          where d.entity_type = c.entity_type and d.entity_id = c.entity_id
            and d.state in ('open', 'due_soon', 'overdue') and d.paused_at is null
          order by d.due_at limit 1
        ) x on true
        where c.id is not null
      ) n
      where w.entity_type = n.entity_type and w.entity_id = n.id
        and (w.due_at is distinct from n.due_at or w.warn_at is distinct from n.warn_at);
      return null;
    end $$;
    create trigger work_item_deadline_inserted after insert on deadline
      referencing new table as changed for each statement execute function work_item_follow_deadlines();
    create trigger work_item_deadline_updated after update on deadline
      referencing new table as changed for each statement execute function work_item_follow_deadlines();
  `.execute(db);

  // The servicing requests taken before queues existed: owned by their clerk, or (none recorded) the office's clerks.
  await sql`
    insert into work_item (entity_type, entity_id, org_unit_id, state, open, owner_id, team_org_unit_id, team_role, received_at, assigned_at, closed_at)
    select 'servicing', s.id, s.org_unit_id, s.state, s.state not in ('completed', 'refused', 'withdrawn'),
           s.owner_id, case when s.owner_id is null then s.org_unit_id end, case when s.owner_id is null then 'clerk' end,
           s.received_at, s.received_at,
           case when s.state in ('completed', 'refused', 'withdrawn') then coalesce(s.completed_at, s.updated_at) end
    from servicing_request s;
    update work_item w set due_at = x.due_at, warn_at = x.warn_at
    from (
      select distinct on (d.entity_id) d.entity_id, d.due_at, d.warn_at from deadline d
      where d.entity_type = 'servicing' and d.state in ('open', 'due_soon', 'overdue') and d.paused_at is null
      order by d.entity_id, d.due_at
    ) x
    where w.entity_type = 'servicing' and w.entity_id::text = x.entity_id;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop trigger work_item_deadline_updated on deadline;
    drop trigger work_item_deadline_inserted on deadline;
    drop function work_item_follow_deadlines();
    drop table work_item;
  `.execute(db);
}
