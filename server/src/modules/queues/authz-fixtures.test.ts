/** The authorization matrix's fixtures for the work queues' routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Ctx, Fixture, Target } from '../../../../tests/helpers/authz-matrix.js';

/**
 * An item of the unit waiting in its clerks' team queue (a servicing request; the matrix's maker adds its
 * work item): the one a refused request left waiting, else a new one — every role asks for three, and
 * new requests for each would push the servicing fixtures' own off the first page of their list.
 */
const waiting = new Map<Target, number>();
async function waitingItem(target: Target, x: Ctx): Promise<number> {
  const kept = waiting.get(target);
  if (kept) {
    const item = await x.t.db.selectFrom('work_item').select(['owner_id', 'open']).where('id', '=', kept).executeTakeFirstOrThrow();
    if (item.open && item.owner_id === null) return kept;
  }
  const requestId = await x.makeServicingRequest(x.orgs[target]);
  const item = await x.t.db.selectFrom('work_item').select('id').where('entity_type', '=', 'servicing').where('entity_id', '=', requestId).executeTakeFirstOrThrow();
  waiting.set(target, item.id);
  return item.id;
}

/** The item held by the caller (its request's owner too, as take would leave it): what they may return. */
async function holdAs(x: Ctx, itemId: number, userId: number) {
  const item = await x.t.db.updateTable('work_item').set({ owner_id: userId, team_org_unit_id: null, team_role: null }).where('id', '=', itemId)
    .returning('entity_id').executeTakeFirstOrThrow();
  await x.t.db.updateTable('servicing_request').set({ owner_id: userId }).where('id', '=', item.entity_id).execute();
}

// gz.supervisor handles servicing at GZ and below: someone every item of the GZ subtree may go to.
const reassignTo = async (x: Ctx) => x.t.userId('gz.supervisor');

// The personal views declare `authenticated` and show each record type's own read scope; the take and return
// routes check the record type's write permission (servicing.write for these), a record's item its read
// permission, the reassignments task.reassign; the supervisor's view task.read (the quality auditor reads it too).
export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/work-items': {
    // Oldest first: the demo's items, then the matrix's own (made before the role loops).
    kind: 'list', url: '/api/v1/work-items?entityType=servicing&sort=receivedAt&pageSize=100', orgOf: (i) => i.orgUnitId, visible: (x) => x.workItems,
  },
  'GET /api/v1/work-items/mine': { kind: 'authenticated', request: (c) => c.get('/api/v1/work-items/mine'), expect: 200 },
  'GET /api/v1/work-items/team': { kind: 'authenticated', request: (c) => c.get('/api/v1/work-items/team'), expect: 200 },
  'GET /api/v1/work-items/summary': { kind: 'authenticated', request: (c) => c.get('/api/v1/work-items/summary'), expect: 200 },
  'GET /api/v1/work-items/export.xlsx': { kind: 'authenticated', request: (c) => c.get('/api/v1/work-items/export.xlsx?view=mine'), expect: 200 },
  'GET /api/v1/work-items/assignees': {
    kind: 'list', url: '/api/v1/work-items/assignees', orgOf: (i) => i.orgUnitId, visible: () => ({ own: -1, descendant: -1, sibling: -1 }),
  },
  'POST /api/v1/work-items/:id/take': {
    kind: 'byId', permission: 'servicing.write', entity: waitingItem, request: (c, id) => c.post(`/api/v1/work-items/${id}/take`, {}),
  },
  'POST /api/v1/work-items/:id/return': {
    kind: 'byId', permission: 'servicing.write', entity: waitingItem,
    request: async (c, id, x) => {
      await holdAs(x, id, c.userId);
      return c.post(`/api/v1/work-items/${id}/return`, { reason: '矩阵放回任务池' });
    },
  },
  'GET /api/v1/records/:type/:id/work-item': {
    kind: 'byId', permission: 'servicing.read', entity: (target, x) => Promise.resolve(x.servicing[target]),
    request: (c, id) => c.get(`/api/v1/records/servicing/${id}/work-item`),
  },
  'POST /api/v1/work-items/:id/reassign': {
    kind: 'byId', entity: waitingItem,
    request: async (c, id, x) => c.post(`/api/v1/work-items/${id}/reassign`, { ownerId: await reassignTo(x), reason: '矩阵改派' }),
  },
  'POST /api/v1/work-items/reassign': {
    kind: 'create', okStatus: 200, siblingStatus: 400,
    request: async (c, orgUnitId, _n, x) => {
      const target = (Object.keys(x.orgs) as Target[]).find((k) => x.orgs[k] === orgUnitId)!;
      return c.post('/api/v1/work-items/reassign', { ids: [await waitingItem(target, x)], ownerId: await reassignTo(x), reason: '矩阵批量改派' });
    },
  },
};
