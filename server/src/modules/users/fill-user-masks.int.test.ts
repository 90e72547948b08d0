import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { migrations } from '../../platform/db/migrations/index.js';
import { decryptField, mask } from '../../platform/pii/index.js';
import { MOBILE_CONTEXT } from './find-users.js';
import { fillUserMasks } from './fill-user-masks.js';

type Row = { id: number; mobile_enc: string | null; mobile_masked: string | null };

// Upgrading a database whose users were stored before their masked mobiles were kept: the start
// after the migration fills them from the ciphertexts, once; the users list then decrypts nothing.
describe('filling the masked mobiles of users stored before they were kept', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const rows = async () => (await sql<Row>`select id, mobile_enc, mobile_masked from app_user order by id`.execute(t.db)).rows;
  const unvalidated = async () =>
    (await sql<{ conname: string }>`select conname from pg_constraint
       where conrelid = 'app_user'::regclass and conname = 'app_user_mobile_masked_check' and not convalidated`.execute(t.db)).rows.length;
  const clear = (enc: string) => decryptField(t.app.keyring, enc, { context: MOBILE_CONTEXT });

  it('the demo users are stored with their masks', async () => {
    const sealed = (await rows()).filter((r) => r.mobile_enc !== null);
    expect(sealed.length).toBeGreaterThan(10);
    for (const r of sealed) expect(r.mobile_masked).toBe(mask('mobile', clear(r.mobile_enc!)));
  });

  it('fills every stored user from the ciphertext, validates the check, and is idempotent', async () => {
    // The demo users as they were before the migration: the column did not exist.
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo('20261207T1000_work_item_queue_statistics');
    expect(down.error).toBeUndefined();
    expect((await migrateToLatest(t.db)).applied).toEqual(['20261207T1300_user_mobile_masked']);

    const before = await rows();
    const sealed = before.filter((r) => r.mobile_enc !== null);
    expect(before.every((r) => r.mobile_masked === null)).toBe(true);
    expect(await unvalidated()).toBe(1);

    expect(await fillUserMasks(t.db, t.app.keyring)).toEqual({ filled: sealed.length, validated: true });
    for (const r of await rows()) expect(r.mobile_masked).toBe(r.mobile_enc === null ? null : mask('mobile', clear(r.mobile_enc)));
    expect(await unvalidated()).toBe(0);
    // A second start has nothing to do.
    expect(await fillUserMasks(t.db, t.app.keyring)).toEqual({ filled: 0, validated: false });
  });

  it('refuses a user whose ciphertext comes without its mask', async () => {
    const [one] = (await rows()).filter((r) => r.mobile_enc !== null);
    await expect(sql`update app_user set mobile_masked = null where id = ${one!.id}`.execute(t.db)).rejects.toThrow(/app_user_mobile_masked_check/);
  });

  it('a changed mobile is stored with its new mask, and the list shows it', async () => {
    const admin = await t.login('admin');
    const id = await t.userId('gz01.agent1');
    const user = (await admin.get(`/api/v1/users/${id}`)).json() as { version: number };
    const res = await admin.patch(`/api/v1/users/${id}`, { version: user.version, mobile: '13912345678' });
    expect(res.statusCode).toBe(200);
    expect(res.json().mobile).toBe(mask('mobile', '13912345678'));
    const [row] = (await rows()).filter((r) => r.id === id);
    expect([clear(row!.mobile_enc!), row!.mobile_masked]).toEqual(['13912345678', mask('mobile', '13912345678')]);
    const list = (await admin.get('/api/v1/users?q=gz01.agent1')).json() as { items: { id: number; mobile: string | null }[] };
    expect(list.items.find((u) => u.id === id)?.mobile).toBe(mask('mobile', '13912345678'));
  });
});
