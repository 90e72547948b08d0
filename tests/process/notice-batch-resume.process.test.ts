import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, runNode, startServer, type ServerProcess } from '../helpers/run-server.js';
import { adminQuery, databaseUrl } from '../helpers/test-database.js';
import { DEMO_PASSWORD } from '../helpers/constants.js';

const BATCH = 90; // two chunks of 50 (notice-batches.ts): the kill lands after the first commits, while the second renders its 40

/**
 * Issue 12, item 3 (reliability): the built server prints a batch of notices in the background;
 * killed with SIGKILL in the middle, it is started again and the batch finishes — every record
 * once, the numbers of the office's year unique and without a gap.
 */
describe('batch printing survives kill -9 (PostgreSQL)', () => {
  const name = `anxin_notice_batch_${process.pid}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-notice-batch-'));
  let env: Record<string, string>;
  let client: pg.Client;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    await adminQuery(`create database ${name}`);
    env = { DATABASE_URL: databaseUrl(name), ANXIN_DATA_DIR: dataDir, ANXIN_ADMIN_PASSWORD: 'Process-Passw0rd-42', ANXIN_DEMO: 'false' };
    const seeded = await runNode(CLI_ENTRY, ['seed-demo'], env, 120_000);
    expect(seeded.code, seeded.stderr).toBe(0);
    client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
  }, 150_000);
  afterAll(async () => {
    if (server) await server.stop('SIGKILL');
    await client?.end();
    await adminQuery(`drop database if exists ${name} with (force)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function login(url: string) {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'gz01.clerk', password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, csrfToken };
  }

  const done = async (batchId: number) =>
    Number((await client.query(`select count(*) as n from notice_batch_item where batch_id = $1 and state = 'done'`, [batchId])).rows[0].n);

  it('finishes the rest after a restart, with no record printed twice and no number skipped or doubled', async () => {
    server = await startServer(env, 90_000);
    const { cookie, csrfToken } = await login(server.url);
    // The endorsements (批单) of as many address changes, taken at the counter through the API.
    const policies = (await client.query(`select p.id from policy p join org_unit o on o.id = p.org_unit_id where o.code = 'GZ01' and p.state = 'in_force' order by p.id limit ${BATCH}`)).rows;
    expect(policies).toHaveLength(BATCH);
    const ids: number[] = [];
    for (const [i, p] of policies.entries()) {
      const res = await fetch(`${server.url}/api/v1/policies/${p.id}/servicing-requests`, {
        method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'address_change', channel: 'counter', change: { address: `广州市天河区体育西路 ${i + 1} 号` } }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
      ids.push(((await res.json()) as { id: number }).id);
    }
    const created = await fetch(`${server.url}/api/v1/notice-batches`, {
      method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ templateCode: 'endorsement', recordType: 'servicing', recordIds: ids }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const batch = (await created.json()) as { id: number };

    // Killed mid-batch: some notices done, most not.
    const deadline = Date.now() + 60_000;
    while ((await done(batch.id)) < 15) {
      if (Date.now() > deadline) throw new Error(`the batch did not progress:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await server.stop('SIGKILL');
    server = undefined;
    const before = await done(batch.id);
    expect(before).toBeGreaterThanOrEqual(15);
    expect(before).toBeLessThan(BATCH);

    server = await startServer(env, 90_000);
    const until = Date.now() + 120_000;
    for (;;) {
      const state = (await client.query(`select state from notice_batch where id = $1`, [batch.id])).rows[0].state as string;
      if (state === 'done') break;
      if (Date.now() > until) throw new Error(`the batch did not finish after the restart (${await done(batch.id)} of ${BATCH}):\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    const items = (await client.query(`select state, notice_id from notice_batch_item where batch_id = $1 order by position`, [batch.id])).rows;
    expect(items.every((i) => i.state === 'done')).toBe(true);
    const notices = (await client.query(`select entity_id, number, seq, org_unit_id, year from notice where batch_id = $1 order by seq`, [batch.id])).rows;
    expect(notices.map((n) => n.entity_id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(notices.map((n) => n.number)).size).toBe(BATCH);
    // Gap-free: every number of the office's year, the batch's and any other, from 1 to the last given.
    const { org_unit_id, year } = notices[0];
    const seqs = (await client.query(`select seq from notice where org_unit_id = $1 and year = $2 order by seq`, [org_unit_id, year])).rows.map((r) => r.seq as number);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const last = (await client.query(`select last_no from notice_sequence where org_unit_id = $1 and year = $2`, [org_unit_id, year])).rows[0].last_no;
    expect(last).toBe(seqs.length);
    // Each notice's file is one document, none left over from the killed run's rolled-back chunk.
    const docs = (await client.query(`select count(*) as n from document where type_code = 'notice' and entity_type = 'servicing' and entity_id = any($1::int[])`, [ids])).rows[0].n;
    expect(Number(docs)).toBe(BATCH);
  }, 300_000);
});
