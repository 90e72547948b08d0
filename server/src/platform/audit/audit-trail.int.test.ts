import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { verifyAuditChain } from './verify-audit.js';
import { recordAuditNow, recordAudits } from './record-audit.js';

// R-SE-2: an append-only, tamper-evident trail of who changed what and who read personal data.
describe('audit trail', () => {
  let t: TestApp;
  let admin: Client;
  let supervisor: Client;
  const firstMobile = '13700000077';
  const secondMobile = '13611112222';
  let temporaryPassword = '';
  let newUserId = 0;

  // A working session: each kind of write the platform offers, once.
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    supervisor = await t.login('gz.supervisor');
    await t.login('sz.supervisor');
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'sz01.clerk', password: 'wrong-guess-1' } });
    const gz02 = await t.orgId('GZ02');
    const created = await admin.post('/api/v1/users', {
      username: 'gz02.agent9', displayName: '王芳', orgUnitId: gz02, mobile: firstMobile, roles: [{ role: 'agent', orgUnitId: gz02 }],
    });
    ({ user: { id: newUserId }, temporaryPassword } = created.json());
    await admin.patch(`/api/v1/users/${newUserId}`, { version: 1, mobile: secondMobile, email: 'wf@example.com' });
    await admin.put(`/api/v1/users/${newUserId}/roles`, { version: 2, roles: [{ role: 'clerk', orgUnitId: gz02 }] });
    await admin.post(`/api/v1/users/${newUserId}/reset-password`, {});
    await supervisor.post(`/api/v1/users/${newUserId}/reveal`, { field: 'mobile' });
    const unit = (await admin.post('/api/v1/org-units', { parentId: await t.orgId('GZ'), code: 'GZ03', name: '广州第三营业部' })).json();
    await admin.patch(`/api/v1/org-units/${unit.id}`, { version: 1, name: '广州番禺营业部' });
    await (await t.login('fs01.clerk')).post('/api/v1/auth/logout');
  });
  afterAll(() => t.close());

  const entries = () => t.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  const asOwner = (statement: string) => sql.raw(statement).execute(t.db);

  it('records every write with actor, action and entity', async () => {
    const all = await entries();
    const expected: [action: string, actor: string, entityType: string, entityId: string | null][] = [
      ['auth.login', 'admin', 'user', String(admin.userId)],
      ['auth.login_failed', 'sz01.clerk', 'user', String(await t.userId('sz01.clerk'))],
      ['user.create', 'admin', 'user', String(newUserId)],
      ['user.update', 'admin', 'user', String(newUserId)],
      ['user.set_roles', 'admin', 'user', String(newUserId)],
      ['user.reset_password', 'admin', 'user', String(newUserId)],
      ['pii.reveal', 'gz.supervisor', 'user', String(newUserId)],
      ['org_unit.create', 'admin', 'org_unit', String(await t.orgId('GZ03'))],
      ['org_unit.update', 'admin', 'org_unit', String(await t.orgId('GZ03'))],
      ['auth.logout', 'fs01.clerk', 'user', String(await t.userId('fs01.clerk'))],
    ];
    for (const [action, actor, entityType, entityId] of expected) {
      const found = all.find((e) => e.action === action && e.actor_name === actor && e.entity_id === entityId);
      expect(found, `${action} by ${actor}`).toMatchObject({ entity_type: entityType, actor_id: await t.userId(actor) });
      expect(found!.request_id).toBeTruthy();
    }
    const update = all.find((e) => e.action === 'user.update' && e.entity_id === String(newUserId))!;
    expect(update.before).toMatchObject({ mobile: '137****0077', version: 1 });
    expect(update.after).toMatchObject({ mobile: '136****2222', email: 'w***@example.com', version: 2 });
  });

  it('never holds a clear mobile number, a password or its hash, or a ciphertext', async () => {
    const { rows: mobiles } = await sql<{ seq: number }>`
      select seq from audit_log where coalesce(before::text, '') || coalesce(after::text, '') ~ '1[3-9][0-9]{9}'`.execute(t.db);
    expect(mobiles).toEqual([]);
    const { rows: secrets } = await sql<{ seq: number }>`
      select seq from audit_log a
      where a::text like '%argon2%' or a::text like ${`%${temporaryPassword}%`}
         or a::text like '%password_hash%' or a::text like '%passwordHash%' or a::text like '%mobile_enc%'`.execute(t.db);
    expect(secrets).toEqual([]);
    const all = JSON.stringify(await entries());
    for (const clear of [firstMobile, secondMobile, temporaryPassword]) expect(all).not.toContain(clear);
  });

  it('the database itself refuses UPDATE, DELETE and TRUNCATE of the trail', async () => {
    const before = await entries();
    await expect(asOwner(`update audit_log set action = 'tampered' where seq = 2`)).rejects.toThrow(/append-only/);
    await expect(asOwner(`delete from audit_log where seq = 2`)).rejects.toThrow(/append-only/);
    await expect(asOwner(`truncate audit_log`)).rejects.toThrow(/append-only/);
    expect(await entries()).toEqual(before);
  });

  it('an untouched chain verifies, through the API and directly', async () => {
    const all = await entries();
    const last = all[all.length - 1]!;
    const expected = { ok: true, entries: all.length, lastSeq: last.seq, lastHash: last.hash };
    expect(await verifyAuditChain(t.db)).toEqual(expected);
    const res = await admin.get('/api/v1/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(expected);
  });

  it('appends made at once from many transactions each link to the one before: no seq twice, none missing', async () => {
    const before = (await entries()).length;
    // As many writers as the pool has connections and more, each in its own transaction (on PostgreSQL at once).
    await Promise.all(Array.from({ length: 24 }, (_, i) =>
      recordAuditNow(t.db, { actor: null, requestId: null, action: 'test.concurrent', entityType: 'test', entityId: i, orgUnitId: null, after: { i } })));
    const all = await entries();
    expect(all.length).toBe(before + 24);
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('several entries appended at once (a batch) link in order, among single appends from other transactions', async () => {
    const before = (await entries()).length;
    const batch = (n: number) => Array.from({ length: n }, (_, i) => ({
      actor: null, requestId: 'batch', action: 'test.batch', entityType: 'test', entityId: i, orgUnitId: null, after: { i, at: new Date(0) },
    }));
    const [seqs] = await Promise.all([
      t.db.transaction().execute((trx) => recordAudits(trx, batch(25))),
      ...Array.from({ length: 6 }, (_, i) => recordAuditNow(t.db, { actor: null, requestId: null, action: 'test.single', entityType: 'test', entityId: i, orgUnitId: null })),
    ]);
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => seqs[0]! + i)); // consecutive: the batch held the chain
    const all = await entries();
    expect(all.length).toBe(before + 31);
    expect(all.filter((e) => e.action === 'test.batch').map((e) => e.after)).toEqual(batch(25).map((e) => ({ i: e.after.i, at: '1970-01-01T00:00:00.000Z' })));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    await t.db.transaction().execute(async (trx) => expect(await recordAudits(trx, [])).toEqual([]));
  });

  it('an entry changed behind the triggers\u2019 back is reported as altered at its seq', async () => {
    const target = (await entries()).find((e) => e.action === 'user.update')!;
    await asOwner('alter table audit_log disable trigger audit_log_no_update');
    await sql`update audit_log set after = ${JSON.stringify({ ...(target.after as object), status: 'disabled' })}::jsonb where seq = ${target.seq}`.execute(t.db);
    await asOwner('alter table audit_log enable trigger audit_log_no_update');

    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({ ok: false, problem: 'altered', brokenAt: target.seq, entries: target.seq - 1 });
    expect((await admin.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: false, problem: 'altered', brokenAt: target.seq });

    // Put the original back: the chain verifies again, so the check is about content, not about the edit.
    await asOwner('alter table audit_log disable trigger audit_log_no_update');
    await sql`update audit_log set after = ${JSON.stringify(target.after)}::jsonb where seq = ${target.seq}`.execute(t.db);
    await asOwner('alter table audit_log enable trigger audit_log_no_update');
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('a deleted entry in the middle is reported as missing at its seq', async () => {
    const all = await entries();
    const victim = all[Math.floor(all.length / 2)]!;
    await asOwner('alter table audit_log disable trigger audit_log_no_update');
    await sql`delete from audit_log where seq = ${victim.seq}`.execute(t.db);
    await asOwner('alter table audit_log enable trigger audit_log_no_update');

    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, problem: 'missing', brokenAt: victim.seq, entries: victim.seq - 1 });
    expect((await admin.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: false, problem: 'missing', brokenAt: victim.seq });

    await t.db.insertInto('audit_log').values({
      ...victim, before: victim.before === null ? null : JSON.stringify(victim.before), after: victim.after === null ? null : JSON.stringify(victim.after),
    }).execute();
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('the trail is read within one\u2019s scope: a Guangzhou supervisor sees no Shenzhen entries', async () => {
    const { rows } = await sql<{ id: number; code: string }>`
      select id, split_part(path, '/', 4) as code from org_unit where path like '/HO/GD/%/%'`.execute(t.db);
    const cityOf = new Map(rows.map((r) => [r.id, r.code]));
    expect(await t.db.selectFrom('audit_log').select('seq').where('org_unit_id', '=', await t.orgId('SZ')).execute()).not.toEqual([]);

    const seen: { orgUnitId: number | null; seq: number }[] = [];
    let cursor: string | null = null;
    do {
      const res = await supervisor.get(`/api/v1/audit?limit=20${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((e) => cityOf.get(e.orgUnitId!)))).toEqual(new Set(['GZ']));
    const { rows: inGz } = await sql<{ n: number }>`
      select count(*)::int as n from audit_log a join org_unit o on o.id = a.org_unit_id where o.path like '/HO/GD/GZ/%'`.execute(t.db);
    expect(seen).toHaveLength(inGz[0]!.n);

    const szClerk = await t.userId('sz01.clerk');
    const filtered = await supervisor.get(`/api/v1/audit?entityType=user&entityId=${szClerk}`);
    expect(filtered.json().items).toEqual([]);
  });
});
