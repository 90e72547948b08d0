/** The authorization matrix's fixtures for the documents module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Fixture } from '../../../../tests/helpers/authz-matrix.js';
import { multipartBody, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';

// The record routes declare `authenticated` and check the record type's own permission: for a policy,
// policy.read to list and download, policy.write to upload — the matrix checks those.
export const fixtures: Record<string, Fixture> = {
  'GET /api/v1/document-types': { kind: 'authenticated', request: (c) => c.get('/api/v1/document-types'), expect: 200 },
  // The catalogue is changed by holders of catalog.manage at head office: the matrix's admin below head office gets 403 HEAD_OFFICE_ONLY.
  'POST /api/v1/document-types': {
    kind: 'action', request: (c) => c.post('/api/v1/document-types', { code: 'mx_doc', name: '矩阵资料', nameEn: 'Matrix document', sensitive: false, retentionClass: 'permanent' }), okStatus: 403,
  },
  'PATCH /api/v1/document-types/:code': { kind: 'action', request: (c) => c.patch('/api/v1/document-types/other', { name: '其他资料' }), okStatus: 403 },
  'GET /api/v1/records/:type/:id/documents': {
    kind: 'byId', permission: 'policy.read', entity: (target, x) => x.makePolicy(x.orgs[target], 'MXDOC'), request: (c, id) => c.get(`/api/v1/records/policy/${id}/documents`),
  },
  'POST /api/v1/records/:type/:id/documents': {
    kind: 'byId', permission: 'policy.write', entity: (target, x) => x.makePolicy(x.orgs[target], 'MXDOC'),
    request: (c, id) => {
      const form = multipartBody([{ field: 'policy_copy', fileName: '保单.png', content: SAMPLE_PNG }]);
      return c.request('POST', `/api/v1/records/policy/${id}/documents`, form.payload, form.headers);
    },
  },
  'GET /api/v1/documents/:id/content': {
    kind: 'byId', permission: 'policy.read',
    entity: async (target, x) => {
      const policyId = await x.makePolicy(x.orgs[target], 'MXDOC');
      const doc = await x.t.db.insertInto('document').values({
        entity_type: 'policy', entity_id: policyId, org_unit_id: x.orgs[target], type_code: 'policy_copy', file_name: 'm.png', media_type: 'image/png',
        size_bytes: SAMPLE_PNG.length, sha256: await x.t.storeBlob(SAMPLE_PNG), sensitive: false, retention_class: 'contract_plus_5y',
      }).returning('id').executeTakeFirstOrThrow();
      return doc.id;
    },
    request: (c, id) => c.get(`/api/v1/documents/${id}/content`),
  },
};
