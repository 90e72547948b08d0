/** The authorization matrix's fixtures for the notices module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Ctx, Fixture, Target } from '../../../../tests/helpers/authz-matrix.js';
import { inTransaction } from '../../platform/context/context.js';
import { issueNotices } from './issue-notice.js';
import { DOCUMENT_RECEIPT } from './document-receipt.js';

// The routes declare `authenticated` and check the record type's own permission: for a servicing
// request, servicing.read to list, download, reprint and verify, servicing.write to issue and batch.
// They use the matrix's three servicing requests (a notice changes nothing of the request): new
// requests would push those off the first page of the servicing list the matrix reads.
const notices = new WeakMap<Ctx, Partial<Record<Target, number>>>();

/** One notice (a document receipt) of a servicing request of the target unit, issued once per matrix run and target. */
async function makeNotice(target: Target, x: Ctx): Promise<number> {
  const made = notices.get(x) ?? {};
  notices.set(x, made);
  if (made[target]) return made[target]!;
  const requestId = x.servicing[target];
  const system = await x.t.context();
  const [notice] = await inTransaction(system, (tx) => issueNotices(tx, DOCUMENT_RECEIPT, [{ recordType: 'servicing', id: requestId, orgUnitId: x.orgs[target] }]));
  made[target] = notice!.id;
  return notice!.id;
}

export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/notice-templates': { kind: 'authenticated', request: (c) => c.get('/api/v1/notice-templates'), expect: 200 },
  // The templates page is for holders of catalog.manage (the admin); every other role gets 403.
  'GET /api/v1/notice-templates/versions': { kind: 'global', url: '/api/v1/notice-templates/versions' },
  'GET /api/v1/notice-templates/:code/:version/source': { kind: 'global', url: '/api/v1/notice-templates/document_receipt/1/source' },
  // A sample is filled with a record the caller may read: the admin reads no servicing request or policy (it sees no
  // client data by design), so it finds none to fill one with — 404, never another unit's or another module's record.
  'GET /api/v1/notice-templates/:code/:version/sample.pdf': {
    kind: 'action', request: (c) => c.get('/api/v1/notice-templates/document_receipt/1/sample.pdf'), okStatus: 404,
  },
  'GET /api/v1/records/:type/:id/notices': {
    kind: 'byId', permission: 'servicing.read', entity: (target, x) => Promise.resolve(x.servicing[target]), request: (c, id) => c.get(`/api/v1/records/servicing/${id}/notices`),
  },
  'GET /api/v1/records/:type/:id/notices/preview': {
    kind: 'byId', permission: 'servicing.read', entity: (target, x) => Promise.resolve(x.servicing[target]),
    request: (c, id) => c.get(`/api/v1/records/servicing/${id}/notices/preview?templateCode=document_receipt`),
  },
  'POST /api/v1/records/:type/:id/notices': {
    kind: 'byId', permission: 'servicing.write', entity: (target, x) => Promise.resolve(x.servicing[target]),
    request: (c, id) => c.post(`/api/v1/records/servicing/${id}/notices`, { templateCode: 'document_receipt' }),
  },
  'GET /api/v1/notices/:id/content': { kind: 'byId', permission: 'servicing.read', entity: makeNotice, request: (c, id) => c.get(`/api/v1/notices/${id}/content`) },
  'GET /api/v1/notices/:id/copy': { kind: 'byId', permission: 'servicing.read', entity: makeNotice, request: (c, id) => c.get(`/api/v1/notices/${id}/copy`) },
  'GET /api/v1/notice-verifications/:code': {
    kind: 'byId', permission: 'servicing.read', entity: makeNotice,
    request: async (c, id, x) => {
      const { verification_code } = await x.t.db.selectFrom('notice').select('verification_code').where('id', '=', id).executeTakeFirstOrThrow();
      return c.get(`/api/v1/notice-verifications/${verification_code}`);
    },
  },
  'POST /api/v1/notice-batches': {
    kind: 'byId', permission: 'servicing.write', entity: (target, x) => Promise.resolve(x.servicing[target]),
    request: (c, id) => c.post('/api/v1/notice-batches', { templateCode: 'document_receipt', recordType: 'servicing', recordIds: [id] }),
  },
  'GET /api/v1/notice-batches/:id': {
    kind: 'byId', permission: 'servicing.read',
    entity: async (target, x) => {
      const requestId = x.servicing[target];
      const batch = await x.t.db.insertInto('notice_batch').values({
        template_code: 'document_receipt', template_version: 1, entity_type: 'servicing', org_unit_id: x.orgs[target], total: 1,
      }).returning('id').executeTakeFirstOrThrow();
      await x.t.db.insertInto('notice_batch_item').values({ batch_id: batch.id, position: 1, entity_id: requestId }).execute();
      return batch.id;
    },
    request: (c, id) => c.get(`/api/v1/notice-batches/${id}`),
  },
};
