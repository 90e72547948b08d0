import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';
import { MODULES } from '../index.js';
import { ENDORSEMENT } from './servicing-notices.js';

type Request = { id: number; requestNo: string; state: string; version: number; policyNumber: string; policyholderName: string };

/** A clerk's way to a request awaiting its endorsement: received, documents in, started. */
async function startedRequest(t: TestApp, clerk: Client, type = 'add_rider'): Promise<Request> {
  const gz01 = await t.orgId('GZ01');
  const policy = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz01} and state = 'in_force' order by id limit 1`.execute(t.db)).rows[0]!;
  let r = (await clerk.post(`/api/v1/policies/${policy.id}/servicing-requests`, { type, channel: 'counter', note: '客户加保重疾附加险' })).json() as Request;
  const form = multipartBody([{ field: 'application_form', fileName: 'a.pdf', content: SAMPLE_PDF }, { field: 'id_document', fileName: 'id.png', content: SAMPLE_PNG }]);
  expect((await clerk.request('POST', `/api/v1/records/servicing/${r.id}/documents`, form.payload, form.headers)).statusCode).toBe(201);
  r = (await clerk.post(`/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'start' })).json() as Request;
  expect(r.state).toBe('processing');
  return r;
}

// Issue 12, item 3: the `issue_endorsement` step renders the 批单 in its own transaction.
describe('the endorsement of a servicing request', () => {
  let t: TestApp;
  let clerk: Client;
  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
  });
  afterAll(() => t.close());

  it('issuing the endorsement renders the 批单 with the request, the policy and the policyholder, kept as the request\'s notice', async () => {
    const r = await startedRequest(t, clerk);
    const res = await clerk.post(`/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'issue_endorsement' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('awaiting_signature');
    const notices = (await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as { items: { id: number; number: string; templateCode: string }[] };
    expect(notices.items.map((n) => n.templateCode)).toEqual(['endorsement']);
    const pdf = await clerk.get(`/api/v1/notices/${notices.items[0]!.id}/content`);
    const text = await pdfText(pdf.rawPayload);
    for (const expected of ['批单', notices.items[0]!.number, r.requestNo, r.policyNumber, r.policyholderName, '附加险加保', '客户加保重疾附加险', '投保人（签字）']) {
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
    }
  });
});

describe('an endorsement whose PDF fails', () => {
  let t: TestApp;
  let clerk: Client;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anxin-broken-template-'));

  beforeAll(async () => {
    // A later version of the endorsement that does not compile (an unknown function), in its own workspace.
    writeFileSync(path.join(dir, 'endorsement.v2.typ'), '#let d = json(bytes(sys.inputs.data))\n= 批单\n#no-such-function(d.requestNo)\n');
    const modules = MODULES.map((m) =>
      m.name === 'servicing' ? { ...m, noticeTemplates: [...(m.noticeTemplates ?? []), { ...ENDORSEMENT, version: 99, file: path.join(dir, 'endorsement.v2.typ'), workspace: dir }] } : m,
    );
    t = await createTestApp({ modules });
    clerk = await t.login('gz01.clerk');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rolls the whole step back: the request stays in its state and version, no history, no notice, no number used', async () => {
    const r = await startedRequest(t, clerk);
    const snapshot = async () => ({
      request: await t.db.selectFrom('servicing_request').select(['state', 'version']).where('id', '=', r.id).executeTakeFirstOrThrow(),
      timeline: (await t.db.selectFrom('client_timeline').select('kind').where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id)).execute()).map((l) => l.kind),
      audit: (await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id)).orderBy('seq').execute()).map((a) => a.action),
      sequences: await t.db.selectFrom('notice_sequence').selectAll().orderBy('org_unit_id').orderBy('year').execute(),
      notices: Number((await sql<{ n: string }>`select count(*) as n from notice`.execute(t.db)).rows[0]!.n),
      documents: Number((await sql<{ n: string }>`select count(*) as n from document where entity_type = 'servicing' and entity_id = ${r.id}`.execute(t.db)).rows[0]!.n),
    });
    const before = await snapshot();

    const res = await clerk.request('POST', `/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'issue_endorsement' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toMatchObject({ code: 'NOTICE_RENDER_FAILED', message: expect.stringContaining('The notice (批单) could not be produced and nothing was changed') });
    expect(await snapshot()).toEqual(before);
    expect(before.request).toEqual({ state: 'processing', version: r.version });
    expect(before.audit).not.toContain('servicing.issue_endorsement');

    // The record still moves on by other steps: nothing was left half done.
    const withdrawn = await clerk.post(`/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'withdraw', reason: '客户撤回' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
  });
});
