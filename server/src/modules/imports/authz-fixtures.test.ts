/** The authorization matrix's fixtures for the imports module's routes (R-SE-1; the matrix: platform/authz/authorization-matrix.int.test.ts). */
import type { Client } from '../../../../tests/helpers/test-app.js';
import { nextN, type Ctx, type Fixture } from '../../../../tests/helpers/authz-matrix.js';
import { residentId } from '../../../../tests/helpers/client-test-ids.js';
import { blindIndex, encryptField, mask } from '../../platform/pii/index.js';

export const fixtures: Record<string, Fixture> = {
  // Imports (R-PO-6): rows without an org unit go to the importer's own unit (GZ); a sibling's unit
  // named in a row is a row problem (client-import.int.test.ts).
  'GET /api/v1/imports/kinds': { kind: 'authenticated', request: (c) => c.get('/api/v1/imports/kinds'), expect: 200 },
  'GET /api/v1/imports/progress/:importId': { kind: 'authenticated', request: (c) => c.get('/api/v1/imports/progress/no-such-import'), expect: 404 },
  'GET /api/v1/imports/clients/template.xlsx': { kind: 'global', url: '/api/v1/imports/clients/template.xlsx' },
  'POST /api/v1/imports/clients/preview': { kind: 'action', request: (c) => importCsv(c, 'preview'), okStatus: 200 },
  'POST /api/v1/imports/clients/commit': { kind: 'action', request: (c) => importCsv(c, 'commit'), okStatus: 200 },
  'POST /api/v1/imports/clients/report.xlsx': { kind: 'action', request: (c) => importCsv(c, 'report.xlsx'), okStatus: 200 },
  'GET /api/v1/imports/policies/template.xlsx': { kind: 'global', url: '/api/v1/imports/policies/template.xlsx' },
  'POST /api/v1/imports/policies/preview': { kind: 'create', request: (c, orgUnitId, n, x) => importPolicyCsv(c, 'preview', orgUnitId, n, x), okStatus: 200, siblingStatus: 200 },
  'POST /api/v1/imports/policies/commit': { kind: 'create', request: (c, orgUnitId, n, x) => importPolicyCsv(c, 'commit', orgUnitId, n, x), okStatus: 200, siblingStatus: 400 },
  'POST /api/v1/imports/policies/report.xlsx': { kind: 'create', request: (c, orgUnitId, n, x) => importPolicyCsv(c, 'report.xlsx', orgUnitId, n, x), okStatus: 200, siblingStatus: 200 },
};

/** A one-row client csv (a new mobile each time) sent to the import's preview, commit or report. */
function importCsv(c: Client, step: 'preview' | 'commit' | 'report.xlsx') {
  const n = nextN();
  const csv = `姓名/名称,手机号\n矩阵导入${n},1390013${String(n).padStart(4, '0')}\n`;
  return c.request('POST', `/api/v1/imports/clients/${step}`, Buffer.from(csv), { 'content-type': 'application/octet-stream' });
}

/**
 * A one-policy csv for a client of the unit (made with an ID number) sent to the import. For a
 * sibling unit the client and the unit are out of scope: the preview reports it, the commit refuses.
 */
const policyImportHolders = new Map<number, string>();
async function importPolicyCsv(c: Client, step: 'preview' | 'commit' | 'report.xlsx', orgUnitId: number, n: number, x: Ctx) {
  // One holder per unit: new clients on every call would push the base ones off the first list page.
  const idNumber = policyImportHolders.get(orgUnitId) ?? residentId(`4401062000010${String(n).padStart(4, '0')}`);
  if (!policyImportHolders.has(orgUnitId)) await x.t.db.insertInto('client').values({
    kind: 'person', org_unit_id: orgUnitId, name: `矩阵保单导入${n}`, first_contact_at: new Date(), id_type: 'resident_id',
    id_number_enc: encryptField(x.t.app.keyring, idNumber, { context: 'client.id_number' }), id_number_bidx: blindIndex(x.t.app.keyring, { kind: 'idNumber', value: idNumber }),
    id_number_masked: mask('idNumber', idNumber),
  }).execute();
  policyImportHolders.set(orgUnitId, idNumber);
  const org = await x.t.db.selectFrom('org_unit').select('code').where('id', '=', orgUnitId).executeTakeFirstOrThrow();
  const csv = `保险公司,保单号,产品,投保人证件号码,保险金额,保费,缴费频率,缴费方式,生效日期,所属机构\nCHINALIFE,MATRIX-IMP-${n},CL-WL01,${idNumber},100000,1000,年交,现金,2026-01-01,${org.code}\n`;
  return c.request('POST', `/api/v1/imports/policies/${step}`, Buffer.from(csv), { 'content-type': 'application/octet-stream' });
}

