import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { migrations } from '../../platform/db/migrations/index.js';
import { mask } from '../../platform/pii/index.js';
import { openClientFields } from './find-clients.js';
import { fillClientMasks } from './fill-client-masks.js';
import { fillUserMasks } from '../users/fill-user-masks.js';

type Row = {
  id: number; id_number_enc: string | null; mobile_enc: string | null; address_enc: string | null;
  id_number_masked: string | null; mobile_masked: string | null; address_masked: string | null;
};

// Upgrading a database that holds clients stored before the masked display forms were kept
// (R-CL-6): the start after the migration fills them from the ciphertexts, once.
describe('filling the masked display forms of clients stored before they were kept', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const rows = async () =>
    (await sql<Row>`select id, id_number_enc, mobile_enc, address_enc, id_number_masked, mobile_masked, address_masked
                    from client order by id`.execute(t.db)).rows;
  const unvalidated = async () =>
    (await sql<{ conname: string }>`select conname from pg_constraint
       where conrelid = 'client'::regclass and conname like 'client_%_masked_check' and not convalidated order by conname`.execute(t.db)).rows.map((r) => r.conname);

  it('fills every stored client from its ciphertexts, validates the checks, and is idempotent', async () => {
    const keyring = t.app.keyring;
    // The demo clients as they were before the migration: the columns did not exist.
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo('20261126T0240_client_search_indexes');
    expect(down.error).toBeUndefined();
    expect((await migrateToLatest(t.db)).applied).toContain('20261126T0500_client_masked_fields');

    const before = await rows();
    const sealed = before.filter((r) => r.id_number_enc !== null || r.mobile_enc !== null || r.address_enc !== null);
    expect(sealed.length).toBeGreaterThan(100); // the demo archive
    expect(before.every((r) => r.id_number_masked === null && r.mobile_masked === null && r.address_masked === null)).toBe(true);
    expect(await unvalidated()).toEqual(['client_address_masked_check', 'client_id_number_masked_check', 'client_mobile_masked_check']);

    expect(await fillClientMasks(t.db, keyring)).toEqual({ filled: sealed.length, validated: 3 });
    // Going back that far dropped the users' masks too (20261207T1300): a start fills them as well (runtime.ts).
    expect((await fillUserMasks(t.db, keyring)).filled).toBeGreaterThan(0);

    for (const r of await rows()) {
      const clear = openClientFields(keyring, r);
      expect([r.id_number_masked, r.mobile_masked, r.address_masked]).toEqual([
        mask('idNumber', clear.idNumber), mask('mobile', clear.mobile), mask('address', clear.address),
      ]);
    }
    expect(await unvalidated()).toEqual([]);
    // A second start has nothing to do.
    expect(await fillClientMasks(t.db, keyring)).toEqual({ filled: 0, validated: 0 });
  });

  it('refuses a client whose ciphertext comes without its mask', async () => {
    const [one] = (await rows()).filter((r) => r.mobile_enc !== null);
    await expect(sql`update client set mobile_masked = null where id = ${one!.id}`.execute(t.db)).rejects.toThrow(/client_mobile_masked_check/);
    await expect(sql`update client set mobile_enc = null, mobile_bidx = null where id = ${one!.id}`.execute(t.db)).rejects.toThrow(/client_mobile_masked_check/);
  });

  it('answers with the stored masks: the list shows what the ciphertexts hold, masked', async () => {
    const hq = await t.login('gz.supervisor');
    const res = await hq.get('/api/v1/clients?limit=50');
    expect(res.statusCode).toBe(200);
    const byId = new Map((await rows()).map((r) => [r.id, r]));
    const items = res.json().items as { id: number; mobile: string | null; idNumber: string | null; address: string | null }[];
    expect(items.length).toBeGreaterThan(0);
    for (const c of items) {
      const clear = openClientFields(t.app.keyring, byId.get(c.id)!);
      expect(c).toMatchObject({ mobile: mask('mobile', clear.mobile), idNumber: mask('idNumber', clear.idNumber), address: mask('address', clear.address) });
    }
  });
});
