import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';
import { beijingDate } from '../../platform/time/beijing.js';

// R-SV-5: the 复效通知 is given once the policy is reinstated. Its 效力中止日期 is the day the contract
// was suspended — not the day its state last changed, which after the reinstatement is the reinstatement.
describe('the reinstatement notice', () => {
  let t: TestApp;
  let clerk: Client;
  let supervisor: Client;
  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    supervisor = await t.login('gz.supervisor');
  });
  afterAll(() => t.close());

  it('issued after the reinstatement, it prints the day the policy lapsed', async () => {
    const gz01 = await t.orgId('GZ01');
    const policy = (await sql<{ id: number }>`select id from policy where org_unit_id = ${gz01} and state = 'in_force' order by id desc limit 1`.execute(t.db)).rows[0]!;
    // Lapsed 40 days ago, 10:00 in Beijing.
    const lapsedAt = new Date(Date.now() - 40 * 86_400_000);
    const lapsedOn = beijingDate(lapsedAt.getTime());
    await sql`update policy set state = 'lapsed', state_changed_at = ${new Date(`${lapsedOn}T10:00:00+08:00`)} where id = ${policy.id}`.execute(t.db);

    const created = await clerk.post(`/api/v1/policies/${policy.id}/servicing-requests`, { type: 'reinstatement', channel: 'counter' });
    expect(created.statusCode, created.body).toBe(201);
    let r = created.json() as { id: number; version: number; policyNumber: string };
    const form = multipartBody([{ field: 'application_form', fileName: 'a.pdf', content: SAMPLE_PDF }, { field: 'id_document', fileName: 'id.png', content: SAMPLE_PNG }]);
    expect((await clerk.request('POST', `/api/v1/records/servicing/${r.id}/documents`, form.payload, form.headers)).statusCode).toBe(201);
    r = (await clerk.post(`/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'record_insurer_agreement' })).json() as typeof r;
    const done = await supervisor.post(`/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event: 'complete', details: { suicideExclusionExplained: true } });
    expect(done.statusCode, done.body).toBe(200);
    expect((await t.db.selectFrom('policy').select('state').where('id', '=', policy.id).executeTakeFirstOrThrow()).state).toBe('in_force');

    const issued = await clerk.post(`/api/v1/records/servicing/${r.id}/notices`, { templateCode: 'reinstatement_notice' });
    expect(issued.statusCode, issued.body).toBe(201);
    const pdf = await clerk.get(`/api/v1/notices/${(issued.json() as { id: number }).id}/content`);
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain(`效力中止日期${lapsedOn}`);
    expect(text).not.toContain(`效力中止日期${beijingDate(Date.now())}`);
    expect(text).toContain(r.policyNumber);
  });
});
