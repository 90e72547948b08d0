import { sql, type Kysely } from 'kysely';

// 保单补发 (R-PO-7) moves onto the servicing engine (issue 12, item 1): a reissue is now a servicing
// request of type `policy_reissue`, with the documents, queue, notices and history every request has.
// Each row of `policy_reissue` becomes a request, in the same state:
//   requested → received, submitted → processing (details.submittedAt), reissued → completed,
//   cancelled → withdrawn (its note the reason);
// its SLA deadline (policy.reissue_submit, kept on the policy until now) and the notifications about
// that deadline follow it to the request; an open one is owned by the clerk who took it (or waits in
// the office clerks' team queue); then the old table goes. The policy's timeline and audit entries
// stay as they were written. Frozen history: no module is imported here.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    insert into servicing_request (request_no, policy_id, org_unit_id, type, state, channel, applicant_client_id, received_at, owner_id,
                                   details, state_reason, completed_at, updated_at)
    select 'reissue-' || r.id, r.policy_id, p.org_unit_id, 'policy_reissue',
           case r.state when 'requested' then 'received' when 'submitted' then 'processing' when 'reissued' then 'completed' else 'withdrawn' end,
           'counter', r.applicant_client_id, r.requested_at, r.requested_by,
           jsonb_build_object('reissueReason', r.reason, 'identityChecked', true, 'identityMethod', r.identity_method, 'migratedFromReissue', r.id)
             || jsonb_strip_nulls(jsonb_build_object(
                  'identityNote', r.identity_note, 'note', r.note,
                  'submittedAt', to_char(r.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
           case when r.state = 'cancelled' then coalesce(r.note, '补发申请已撤销') end,
           case when r.state = 'reissued' then r.reissued_at end,
           coalesce(r.reissued_at, r.submitted_at, r.requested_at)
    from policy_reissue r join policy p on p.id = r.policy_id
    order by r.id
  `.execute(db);
  // 保全申请号: BQ + Beijing year + the id, as every request's.
  await sql`
    update servicing_request
    set request_no = 'BQ' || to_char(received_at at time zone 'Asia/Shanghai', 'YYYY') || lpad(id::text, 7, '0')
    where request_no like 'reissue-%'
  `.execute(db);
  const migrated = sql`select s.id, s.policy_id, s.org_unit_id, s.owner_id, s.received_at, (s.details->>'migratedFromReissue')::int as reissue_id
    from servicing_request s where s.type = 'policy_reissue' and s.details ? 'migratedFromReissue'`;

  // In the work queues: open ones owned by their clerk, or (none recorded) in the office clerks' team queue.
  await sql`
    insert into work_item (entity_type, entity_id, org_unit_id, state, open, owner_id, team_org_unit_id, team_role, received_at, assigned_at, closed_at)
    select 'servicing', s.id, s.org_unit_id, s.state, s.state not in ('completed', 'refused', 'withdrawn'),
           s.owner_id, case when s.owner_id is null then s.org_unit_id end, case when s.owner_id is null then 'clerk' end,
           s.received_at, s.received_at,
           case when s.state in ('completed', 'refused', 'withdrawn') then coalesce(s.completed_at, s.updated_at) end
    from servicing_request s
    where s.type = 'policy_reissue' and s.details ? 'migratedFromReissue'
    on conflict (entity_type, entity_id) do nothing
  `.execute(db);

  // The SLA deadline opened by the request (same rule, same policy, started when it was requested);
  // the notifications about it first, while the deadline still names the policy.
  const moves = sql`select d.id as deadline_id, m.id as request_id, m.owner_id
    from (${migrated}) m
    join deadline d on d.rule_id = 'policy.reissue_submit' and d.entity_type = 'policy' and d.entity_id = m.policy_id::text and d.started_at = m.received_at`;
  await sql`
    update notification n set entity_type = 'servicing', entity_id = x.request_id::text,
           params = n.params || jsonb_build_object('entityType', 'servicing', 'entityId', x.request_id::text)
    from (${moves}) x
    where n.params ? 'deadlineId' and (n.params->>'deadlineId') = x.deadline_id::text
  `.execute(db);
  await sql`
    update deadline d set entity_type = 'servicing', entity_id = x.request_id::text,
           owner_id = case when d.state in ('open', 'due_soon', 'overdue') and x.owner_id is not null then x.owner_id else d.owner_id end,
           updated_at = now()
    from (${moves}) x where d.id = x.deadline_id
  `.execute(db);
  await sql`drop table policy_reissue`.execute(db);
}

/**
 * Back to the policy registry's table: every reissue request (migrated or made since) becomes a
 * policy_reissue row in the matching state (received → requested, or submitted once it went to the
 * insurer; processing → submitted; completed → reissued; refused or withdrawn → cancelled), its SLA
 * deadline and the notifications about it go back to the policy, and the requests and their work items
 * go. Their documents and notices stay in the store, no longer linked to a record.
 */
export async function down(db: Kysely<any>): Promise<void> {
  await createPolicyReissueTable(db);
  await sql`
    insert into policy_reissue (policy_id, reason, applicant_client_id, identity_method, identity_note, state, requested_at, requested_by,
                                submitted_at, reissued_at, note)
    select s.policy_id,
           case when s.details->>'reissueReason' in ('lost', 'damaged', 'other') then s.details->>'reissueReason' else 'other' end,
           s.applicant_client_id,
           case when s.details->>'identityMethod' in ('id_card_in_person', 'id_card_copy_and_call', 'video', 'other') then s.details->>'identityMethod' else 'other' end,
           s.details->>'identityNote',
           case when s.state = 'completed' then 'reissued' when s.state in ('refused', 'withdrawn') then 'cancelled'
                when s.state = 'processing' or s.details ? 'submittedAt' then 'submitted' else 'requested' end,
           s.received_at, s.owner_id, (s.details->>'submittedAt')::timestamptz, case when s.state = 'completed' then s.completed_at end,
           coalesce(s.details->>'note', s.state_reason)
    from servicing_request s where s.type = 'policy_reissue' order by s.id
  `.execute(db);
  await sql`
    update notification n set entity_type = 'policy', entity_id = s.policy_id::text,
           params = n.params || jsonb_build_object('entityType', 'policy', 'entityId', s.policy_id::text)
    from deadline d join servicing_request s on s.id::text = d.entity_id and s.type = 'policy_reissue'
    where d.entity_type = 'servicing' and d.rule_id = 'policy.reissue_submit'
      and n.params ? 'deadlineId' and (n.params->>'deadlineId') = d.id::text
  `.execute(db);
  await sql`
    update deadline d set entity_type = 'policy', entity_id = s.policy_id::text, updated_at = now()
    from servicing_request s
    where d.entity_type = 'servicing' and d.entity_id = s.id::text and s.type = 'policy_reissue'
  `.execute(db);
  await sql`delete from work_item w using servicing_request s where w.entity_type = 'servicing' and w.entity_id = s.id and s.type = 'policy_reissue'`.execute(db);
  await sql`delete from servicing_request where type = 'policy_reissue'`.execute(db);
}

/** The table as migration 20261126T0100 made it (down, and the test that runs `up` on it). */
export async function createPolicyReissueTable(db: Kysely<any>): Promise<void> {
  await sql`
    create table policy_reissue (
      id integer generated always as identity primary key,
      policy_id integer not null references policy(id),
      reason text not null check (reason in ('lost','damaged','other')),
      applicant_client_id integer not null references client(id),
      identity_method text not null check (identity_method in ('id_card_in_person','id_card_copy_and_call','video','other')),
      identity_note text,
      state text not null check (state in ('requested','submitted','reissued','cancelled')),
      requested_at timestamptz not null,
      requested_by integer references app_user(id),
      submitted_at timestamptz,
      reissued_at timestamptz,
      note text,
      version integer not null default 1
    );
    create index policy_reissue_policy_idx on policy_reissue (policy_id, id);
  `.execute(db);
}
