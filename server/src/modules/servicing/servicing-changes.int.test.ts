import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { multipartBody, SAMPLE_PDF, SAMPLE_PNG } from '../../../../tests/helpers/multipart.js';
import { pdfText } from '../../../../tests/helpers/pdf-text.js';
import { decryptField, residentIdInfo } from '../../platform/pii/index.js';
import { CONTEXT as POLICY_CONTEXT } from '../policies/policy-rules.js';
import { CONTEXT as CLIENT_CONTEXT } from '../clients/client-rules.js';

// Issue 12, item 1: what a change request changes (R-SV-1) — given at the counter, kept encrypted,
// checked as the archive and the registry check it, applied in the transaction that completes the
// request; who may complete it (审批); the insured's consent only when the applicant is not the insured.
describe('servicing changes applied on completion', () => {
  let t: TestApp;
  let clerk: Client;
  let supervisor: Client;
  let gz01: number;
  type Request = { id: number; requestNo: string; state: string; version: number; change: Record<string, unknown> | null };
  type Fields = { path: string; message: string }[];

  const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: Fields } }).error.fields;
  const create = (policyId: number, body: Record<string, unknown>, lang = 'zh-CN') =>
    clerk.request('POST', `/api/v1/policies/${policyId}/servicing-requests`, { channel: 'counter', ...body }, { 'accept-language': lang });
  const step = (who: Client, r: Pick<Request, 'id' | 'version'>, event: string, extra: Record<string, unknown> = {}) =>
    who.request('POST', `/api/v1/servicing-requests/${r.id}/steps`, { version: r.version, event, ...extra });
  const upload = async (id: number, codes: string[]) => {
    const form = multipartBody(codes.map((field, i) => ({ field, fileName: `${field}.${i % 2 ? 'png' : 'pdf'}`, content: i % 2 ? SAMPLE_PNG : SAMPLE_PDF })));
    const res = await clerk.request('POST', `/api/v1/records/servicing/${id}/documents`, form.payload, form.headers);
    expect(res.statusCode, res.body).toBe(201);
  };
  /** A policy in force of GZ01 with nothing open on it yet; `where` narrows it. */
  const policyOf = async (where = 'true') =>
    (await sql<{ id: number; policyholder_id: number }>`
      select p.id, p.policyholder_id from policy p where p.org_unit_id = ${gz01} and p.state = 'in_force' and ${sql.raw(where)}
        and not exists (select 1 from servicing_request s where s.policy_id = p.id) order by p.id limit 1`.execute(t.db)).rows[0]!;
  const timelineKinds = async (policyId: number) =>
    (await t.db.selectFrom('client_timeline').select('kind').where('entity_type', '=', 'policy').where('entity_id', '=', String(policyId)).execute()).map((l) => l.kind);

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('gz01.clerk');
    supervisor = await t.login('gz.supervisor');
    gz01 = await t.orgId('GZ01');
  });
  afterAll(() => t.close());

  it('a payment account change: a bad account refused with its field; the new account encrypted on the policy, debited, endorsed', async () => {
    const policy = await policyOf();
    const bad = await create(policy.id, { type: 'payment_account_change', change: { bankAccount: '6222-02' } });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual([{ path: 'change.bankAccount', message: '银行账号应为 12-30 位数字' }]);
    const other = await create(policy.id, { type: 'payment_account_change', change: { bankAccount: '6222020200112233445', address: '别处' } }, 'en');
    expect(fieldsOf(other)).toEqual([{ path: 'change.address', message: 'this kind of request does not change this' }]);
    expect(await t.db.selectFrom('servicing_request').select('id').where('policy_id', '=', policy.id).execute()).toEqual([]);

    let r = (await create(policy.id, { type: 'payment_account_change', change: { bankAccount: '6222 0202 0011 2233 445' } })).json() as Request;
    expect(r.change).toEqual({ bankAccount: expect.stringMatching(/3445$/) });
    expect(JSON.stringify(r.change)).not.toContain('62220202');
    const raw = await sql<{ row: string }>`select row_to_json(s)::text as row from servicing_request s where id = ${r.id}`.execute(t.db);
    expect(raw.rows[0]!.row).not.toContain('6222020200112233445');

    // R-NB-5: without the signed debit authorisation it does not complete.
    await upload(r.id, ['application_form', 'id_document', 'bank_card', 'signed_endorsement']);
    const unsigned = await step(clerk, r, 'complete');
    expect(fieldsOf(unsigned)).toEqual([{ path: 'documents', message: expect.stringContaining('银行扣款授权书') }]);
    await upload(r.id, ['debit_authorisation']);
    const done = await step(clerk, r, 'complete', { reason: '已变更扣款账户' });
    expect(done.statusCode, done.body).toBe(200);
    r = done.json() as Request;
    const after = await t.db.selectFrom('policy').select(['bank_account_enc', 'payment_mode', 'state']).where('id', '=', policy.id).executeTakeFirstOrThrow();
    expect(decryptField(t.app.keyring, after.bank_account_enc!, { context: POLICY_CONTEXT.bankAccount })).toBe('6222020200112233445');
    expect(after).toMatchObject({ payment_mode: 'auto_debit', state: 'in_force' });
    expect(await timelineKinds(policy.id)).toContain('policy.endorsed');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_type', '=', 'policy').where('entity_id', '=', String(policy.id)).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.action).toBe('policy.update');
    expect(JSON.stringify(audit.after)).not.toContain('6222020200112233445');
  });

  it('a beneficiary change: shares total 100 % per rank; the consent of the insured only when the applicant is not the insured; completed by a supervisor', async () => {
    const selfInsured = await policyOf(`p.line_of_business in ('life', 'health', 'accident') and exists (select 1 from policy_party pp where pp.policy_id = p.id and pp.role = 'insured' and pp.client_id = p.policyholder_id)`);
    const ninety = await create(selfInsured.id, { type: 'beneficiary_change', change: { beneficiaries: [{ name: '李秀英', relation: 'spouse', rank: 1, share: '90' }] } });
    expect(fieldsOf(ninety)).toEqual([{ path: 'change.beneficiaries.0.share', message: expect.stringContaining('90') }]);

    let r = (await create(selfInsured.id, {
      type: 'beneficiary_change',
      // As the form sends them: a blank ID number is none (it once reached the cipher as '' and failed).
      change: { beneficiaries: [{ name: '李秀英', relation: 'spouse', rank: 1, share: '60', idNumber: '' }, { name: '王小宝', relation: 'child', rank: 1, share: '40', idNumber: '11010120100307002x' }] },
    })).json() as Request;
    expect(r.change).toMatchObject({ beneficiaryDesignation: 'named', beneficiaries: [{ name: '李秀英', share: '60' }, { name: '王小宝', idNumber: '110101********002X' }] });
    const checklist = async (id: number) =>
      ((await clerk.get(`/api/v1/records/servicing/${id}/documents`)).json().checklist as { typeCode: string; required: boolean }[]).find((c) => c.typeCode === 'beneficiary_consent')!.required;
    // The policyholder is the insured: no separate consent.
    expect(await checklist(r.id)).toBe(false);

    await upload(r.id, ['application_form', 'id_document', 'signed_endorsement']);
    expect(fieldsOf(await step(clerk, r, 'complete'))).toEqual([{ path: 'event', message: '此类保全须由主管审批办结：请提交主管办结' }]);
    const done = await step(supervisor, r, 'complete', { reason: '受益人已变更' });
    expect(done.statusCode, done.body).toBe(200);
    r = done.json() as Request;
    const parties = await t.db.selectFrom('policy_party').select(['name', 'share', 'rank', 'id_number_enc']).where('policy_id', '=', selfInsured.id).where('role', '=', 'beneficiary').orderBy('position').execute();
    expect(parties.map((p) => [p.name, Number(p.share), p.rank])).toEqual([['李秀英', 60, 1], ['王小宝', 40, 1]]);
    expect(decryptField(t.app.keyring, parties[1]!.id_number_enc!, { context: POLICY_CONTEXT.partyIdNumber })).toBe('11010120100307002X');
    expect((await t.db.selectFrom('policy').select('beneficiary_designation').where('id', '=', selfInsured.id).executeTakeFirstOrThrow()).beneficiary_designation).toBe('named');

    // The applicant is not the insured: the insured's consent is required (Insurance Law Art. 41).
    const other = await policyOf(`p.line_of_business in ('life', 'health', 'accident') and not exists (select 1 from policy_party pp where pp.policy_id = p.id and pp.role = 'insured' and pp.client_id = p.policyholder_id)`);
    if (!other) throw new Error('the demo data has a personal-line policy in force whose insured is not the policyholder');
    const second = (await create(other.id, { type: 'beneficiary_change', change: { beneficiaryDesignation: 'legal' } })).json() as Request;
    expect(await checklist(second.id)).toBe(true);
    await upload(second.id, ['application_form', 'id_document', 'signed_endorsement']);
    expect(fieldsOf(await step(supervisor, second, 'complete'))).toEqual([{ path: 'documents', message: expect.stringContaining('被保险人') }]);
    await upload(second.id, ['beneficiary_consent']);
    const legal = await step(supervisor, second, 'complete');
    expect(legal.statusCode, legal.body).toBe(200);
    expect(await t.db.selectFrom('policy_party').select('id').where('policy_id', '=', other.id).where('role', '=', 'beneficiary').execute()).toEqual([]);
    expect((await t.db.selectFrom('policy').select('beneficiary_designation').where('id', '=', other.id).executeTakeFirstOrThrow()).beneficiary_designation).toBe('legal');
  });

  it('an age or gender correction: refused when the ID contradicts it; the insurer\'s premium adjustment given later and applied', async () => {
    const policy = await policyOf(`exists (select 1 from policy_party pp join client c on c.id = pp.client_id where pp.policy_id = p.id and pp.role = 'insured' and c.id_number_enc is not null and c.id_type = 'resident_id')`);
    const insured = await t.db.selectFrom('policy_party as pp').innerJoin('client as c', 'c.id', 'pp.client_id').select(['c.id', 'c.id_number_enc'])
      .where('pp.policy_id', '=', policy.id).where('pp.role', '=', 'insured').orderBy('pp.position').executeTakeFirstOrThrow();
    const info = residentIdInfo(decryptField(t.app.keyring, insured.id_number_enc!, { context: CLIENT_CONTEXT.idNumber }))!;
    // As registered wrongly: the archive's birth date a year off.
    const wrong = `${Number(info.birthDate.slice(0, 4)) - 1}${info.birthDate.slice(4)}`;
    await sql`update client set birth_date = ${wrong} where id = ${insured.id}`.execute(t.db);

    expect(fieldsOf(await create(policy.id, { type: 'age_gender_correction' }))).toEqual([{ path: 'change.birthDate', message: '请填写更正后的出生日期或性别' }]);
    const contradicted = await create(policy.id, { type: 'age_gender_correction', change: { birthDate: wrong } });
    expect(fieldsOf(contradicted)).toEqual([{ path: 'change.birthDate', message: `出生日期与身份证号码不一致（应为 ${info.birthDate}）` }]);

    let r = (await create(policy.id, { type: 'age_gender_correction', change: { birthDate: info.birthDate } })).json() as Request;
    await upload(r.id, ['application_form', 'id_document', 'signed_endorsement']);
    r = (await step(clerk, r, 'start')).json() as Request;
    // The insurer recalculates: the new premium arrives with its difference.
    const adjusted = await step(clerk, r, 'issue_endorsement', { change: { premium: '3288.50', premiumDifference: '-120.00' } });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    r = adjusted.json() as Request;
    expect(r.change).toEqual({ birthDate: info.birthDate, premium: '3288.50', premiumDifference: '-120.00' });
    // The 批单 to sign lists the change item by item (version 2 of the template).
    const notices = (await clerk.get(`/api/v1/records/servicing/${r.id}/notices`)).json() as { items: { id: number; templateCode: string; templateVersion: number }[] };
    const endorsement = notices.items.find((n) => n.templateCode === 'endorsement')!;
    expect(endorsement.templateVersion).toBe(2);
    const text = await pdfText((await clerk.get(`/api/v1/notices/${endorsement.id}/content`)).rawPayload);
    expect(text).toContain(info.birthDate);
    expect(text).toMatch(/3,?288\.50/);
    const done = await step(supervisor, r, 'complete', { reason: '年龄已更正，保费已调整' });
    expect(done.statusCode, done.body).toBe(200);
    expect((await t.db.selectFrom('client').select('birth_date').where('id', '=', insured.id).executeTakeFirstOrThrow()).birth_date).toBe(info.birthDate);
    expect((await t.db.selectFrom('policy').select('premium').where('id', '=', policy.id).executeTakeFirstOrThrow()).premium).toBe('3288.50');
  });

  it('a reinstatement completes on the insurer\'s answer, or after 30 days of its silence (counted as agreement)', async () => {
    const policy = await policyOf();
    await sql`update policy set state = 'lapsed', state_changed_at = now() - interval '60 days' where id = ${policy.id}`.execute(t.db);
    let r = (await create(policy.id, { type: 'reinstatement' })).json() as Request;
    await upload(r.id, ['application_form', 'id_document']);
    const early = await step(supervisor, r, 'complete', { details: { suicideExclusionExplained: true } });
    expect(fieldsOf(early)).toEqual([{ path: 'event', message: expect.stringMatching(/^保险公司尚未答复复效申请.*（\d{4}-\d{2}-\d{2} 起可办结）$/) }]);
    expect((await t.db.selectFrom('policy').select('state').where('id', '=', policy.id).executeTakeFirstOrThrow()).state).toBe('lapsed');
    // Thirty-one days of silence since the application.
    await sql`update servicing_request set received_at = now() - interval '31 days' where id = ${r.id}`.execute(t.db);
    const deemed = await step(supervisor, r, 'complete', { details: { suicideExclusionExplained: true } });
    expect(deemed.statusCode, deemed.body).toBe(200);
    r = deemed.json() as Request;
    expect(r.state).toBe('completed');
    expect((await t.db.selectFrom('policy').select('state').where('id', '=', policy.id).executeTakeFirstOrThrow()).state).toBe('in_force');
  });

  it('an address change that the archive refuses rolls back whole: request, policyholder and deadline unchanged', async () => {
    const policy = await policyOf();
    let r = (await create(policy.id, { type: 'address_change', change: { address: '广州市天河区珠江新城华夏路 10 号' } })).json() as Request;
    await upload(r.id, ['application_form', 'id_document', 'signed_endorsement']);
    // Someone else changed the client meanwhile: the archive's own version check still passes (the change reads the current version) …
    await sql`update client set version = version + 1 where id = ${policy.policyholder_id}`.execute(t.db);
    // … but a policyholder merged away in between cannot be changed: the completion fails and nothing of it stays.
    const target = await t.db.selectFrom('client').select('id').where('org_unit_id', '=', gz01).where('id', '!=', policy.policyholder_id).orderBy('id').executeTakeFirstOrThrow();
    await sql`update client set merged_into_id = ${target.id} where id = ${policy.policyholder_id}`.execute(t.db);
    const failed = await step(clerk, r, 'complete');
    expect(failed.statusCode).toBe(400);
    const still = await t.db.selectFrom('servicing_request').select(['state', 'version']).where('id', '=', r.id).executeTakeFirstOrThrow();
    expect(still).toEqual({ state: 'received', version: r.version });
    expect(await t.db.selectFrom('deadline').select('state').where('entity_type', '=', 'servicing').where('entity_id', '=', String(r.id)).execute()).toEqual([{ state: 'open' }]);
    await sql`update client set merged_into_id = null where id = ${policy.policyholder_id}`.execute(t.db);
    r = (await step(clerk, r, 'complete')).json() as Request;
    expect(r.state).toBe('completed');
    expect((await t.db.selectFrom('client').select('address_masked').where('id', '=', policy.policyholder_id).executeTakeFirstOrThrow()).address_masked).toBe('广州市天河区****');
  });
});
