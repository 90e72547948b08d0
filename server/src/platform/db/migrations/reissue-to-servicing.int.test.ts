import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { openTestDatabase, type TestDatabase } from '../../../../../tests/helpers/test-database.js';
import { createPolicyReissueTable, down, up } from './20261207T0100_reissue_to_servicing.js';

// Issue 12, item 1: the reissue requests kept by the policy registry until now become servicing
// requests of type policy_reissue — state, details, owner, work item, SLA deadline and its
// notifications — and the old table goes. Run on a database as an installation before the move had it.
describe('migration 20261207T0100: reissue requests onto the servicing engine', () => {
  let test: TestDatabase;
  let db: Kysely<any>;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    test = await openTestDatabase(inject('snapshot'));
    db = test.database.db as Kysely<any>;
    // The table as migration 20261126T0100 made it.
    await createPolicyReissueTable(db);
  });
  afterAll(() => test.dropDatabase());

  it('moves each request in its state, with its deadline, the notifications about it and a work item; drops the old table', async () => {
    const unit = (await db.selectFrom('org_unit').select('id').where('code', '=', 'GZ01').executeTakeFirstOrThrow()).id as number;
    const policies = await db.selectFrom('policy').select(['id', 'policyholder_id']).where('org_unit_id', '=', unit).orderBy('id').limit(4).execute();
    expect(policies).toHaveLength(4);
    const clerk = (await db.selectFrom('app_user').select('id').where('username', '=', 'gz01.clerk').executeTakeFirstOrThrow()).id as number;
    const agent = (await db.selectFrom('app_user').select('id').where('username', '=', 'gz01.agent1').executeTakeFirstOrThrow()).id as number;
    const rows = [
      { state: 'requested', requested_at: at('2026-11-30T02:00:00Z'), requested_by: clerk },
      { state: 'submitted', requested_at: at('2026-11-20T02:00:00Z'), requested_by: clerk, submitted_at: at('2026-11-21T03:00:00Z') },
      { state: 'reissued', requested_at: at('2026-11-10T02:00:00Z'), requested_by: null, submitted_at: at('2026-11-11T03:00:00Z'), reissued_at: at('2026-11-25T06:00:00Z') },
      { state: 'cancelled', requested_at: at('2026-11-15T02:00:00Z'), requested_by: clerk, note: '客户已找回保单原件' },
    ];
    const reissues = [];
    for (const [i, r] of rows.entries()) {
      const p = policies[i]!;
      reissues.push(await db.insertInto('policy_reissue').values({
        policy_id: p.id, reason: i === 1 ? 'damaged' : 'lost', applicant_client_id: p.policyholder_id, identity_method: 'video', identity_note: i === 0 ? '视频核验一致' : null, ...r,
      }).returning(['id', 'policy_id']).executeTakeFirstOrThrow());
    }
    // The open request's SLA deadline, owned by the policy's agent as the old lifecycle did, and its notification.
    const deadline = await db.insertInto('deadline').values({
      rule_id: 'policy.reissue_submit', entity_type: 'policy', entity_id: String(policies[0]!.id), org_unit_id: unit, owner_id: agent,
      started_at: rows[0]!.requested_at, due_at: at('2026-12-02T10:00:00Z'), warn_at: at('2026-12-01T10:00:00Z'), state: 'overdue',
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('notification').values({
      dedupe_key: `deadline:${deadline.id}:overdue:user:${agent}`, recipient_id: agent, kind: 'deadline.overdue', entity_type: 'policy', entity_id: String(policies[0]!.id),
      params: JSON.stringify({ deadlineId: deadline.id, entityType: 'policy', entityId: String(policies[0]!.id) }),
    }).execute();
    // Another rule's deadline on the same policy stays where it is.
    const other = await db.insertInto('deadline').values({
      rule_id: 'policy.hold_followup', entity_type: 'policy', entity_id: String(policies[0]!.id), org_unit_id: unit, owner_id: agent,
      started_at: rows[0]!.requested_at, due_at: at('2026-12-07T10:00:00Z'), warn_at: at('2026-12-06T10:00:00Z'),
    }).returning('id').executeTakeFirstOrThrow();

    await up(db);

    const moved = await db.selectFrom('servicing_request').selectAll().where('type', '=', 'policy_reissue').orderBy('received_at', 'desc').execute();
    const byReissue = new Map(moved.map((s) => [Number((s.details as Record<string, unknown>).migratedFromReissue), s]));
    const [open, submitted, reissued, cancelled] = reissues.map((r) => byReissue.get(r.id)!);
    expect(open).toMatchObject({
      state: 'received', channel: 'counter', owner_id: clerk, org_unit_id: unit, policy_id: policies[0]!.id, applicant_client_id: policies[0]!.policyholder_id,
      request_no: `BQ2026${String(open!.id).padStart(7, '0')}`,
      details: { reissueReason: 'lost', identityMethod: 'video', identityChecked: true, identityNote: '视频核验一致' },
    });
    expect(submitted).toMatchObject({ state: 'processing', details: { reissueReason: 'damaged', submittedAt: '2026-11-21T03:00:00.000Z' } });
    expect(reissued).toMatchObject({ state: 'completed', completed_at: at('2026-11-25T06:00:00Z'), owner_id: null });
    expect(cancelled).toMatchObject({ state: 'withdrawn', state_reason: '客户已找回保单原件' });

    const items = await db.selectFrom('work_item').select(['entity_id', 'open', 'owner_id', 'team_org_unit_id', 'team_role', 'due_at'])
      .where('entity_type', '=', 'servicing').where('entity_id', 'in', moved.map((s) => s.id)).execute();
    const item = (id: number) => items.find((w) => w.entity_id === id);
    expect(item(open!.id)).toMatchObject({ open: true, owner_id: clerk, team_org_unit_id: null, due_at: at('2026-12-02T10:00:00Z') });
    expect(item(submitted!.id)).toMatchObject({ open: true, owner_id: clerk });
    expect(item(reissued!.id)).toMatchObject({ open: false });
    expect(item(cancelled!.id)).toMatchObject({ open: false });

    const d = await db.selectFrom('deadline').select(['entity_type', 'entity_id', 'owner_id']).where('id', '=', deadline.id).executeTakeFirstOrThrow();
    expect(d).toEqual({ entity_type: 'servicing', entity_id: String(open!.id), owner_id: clerk });
    const n = await db.selectFrom('notification').select(['entity_type', 'entity_id', 'params']).where('recipient_id', '=', agent).where('kind', '=', 'deadline.overdue')
      .where(sql`params->>'deadlineId'`, '=', String(deadline.id)).executeTakeFirstOrThrow();
    expect(n).toMatchObject({ entity_type: 'servicing', entity_id: String(open!.id), params: { entityType: 'servicing', entityId: String(open!.id) } });
    expect(await db.selectFrom('deadline').select('entity_type').where('id', '=', other.id).executeTakeFirstOrThrow()).toEqual({ entity_type: 'policy' });

    const { rows: left } = await sql<{ t: string | null }>`select to_regclass('policy_reissue')::text as t`.execute(db);
    expect(left[0]!.t).toBeNull();

    // Undone (an older version's restore path): the rows come back in their states, the deadline and its notification on the policy.
    await down(db);
    const back = await db.selectFrom('policy_reissue').select(['policy_id', 'state', 'reason', 'submitted_at']).orderBy('requested_at', 'desc').execute();
    expect(back.map((r) => r.state)).toEqual(['requested', 'submitted', 'cancelled', 'reissued']);
    expect(back[1]).toMatchObject({ reason: 'damaged', submitted_at: at('2026-11-21T03:00:00Z') });
    expect(await db.selectFrom('deadline').select(['entity_type', 'entity_id']).where('id', '=', deadline.id).executeTakeFirstOrThrow())
      .toEqual({ entity_type: 'policy', entity_id: String(policies[0]!.id) });
    expect(await db.selectFrom('servicing_request').select('id').where('type', '=', 'policy_reissue').execute()).toEqual([]);
    expect(await db.selectFrom('work_item').select('id').where('entity_type', '=', 'servicing').where('entity_id', 'in', moved.map((m) => m.id)).execute()).toEqual([]);
  });
});
