import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, runNode } from '../helpers/run-server.js';
import { adminQuery, databaseUrl } from '../helpers/test-database.js';

/**
 * R-KP-4 / the outbox: the deadline sweep and the email dispatcher run from two processes at
 * once against one PostgreSQL database; every notification and every email happens once.
 */
describe('deadline sweep and email dispatch from two processes at once (PostgreSQL)', () => {
  const name = `anxin_sweep_${process.pid}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-sweep-'));
  const received: string[] = [];
  let smtp: SMTPServer;
  let smtpPort = 0;
  let env: Record<string, string>;
  let client: pg.Client;

  beforeAll(async () => {
    await adminQuery(`create database ${name}`);
    env = { DATABASE_URL: databaseUrl(name), ANXIN_DATA_DIR: dataDir, ANXIN_ADMIN_PASSWORD: 'Process-Passw0rd-42' };
    const seeded = await runNode(CLI_ENTRY, ['seed-demo'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(/^Message-ID:\s*(.+)$/im.exec(data)?.[1]?.trim() ?? '?');
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as { port: number }).port;
    client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    await adminQuery(`drop database if exists ${name} with (force)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('marks 40 overdue deadlines, notifies and escalates each once, and mails each notice once', async () => {
    await client.query(`update app_user set email = username || '@example.cn' where username in ('gz01.clerk', 'gz.supervisor')`);
    await client.query(`
      insert into deadline (rule_id, entity_type, entity_id, org_unit_id, owner_id, started_at, due_at, warn_at)
      select 'inquiry.answer', 'inquiry', 'p-' || g, u.org_unit_id, u.id, now() - interval '5 days', now() - interval '1 hour', now() - interval '2 days'
      from generate_series(1, 40) g, app_user u where u.username = 'gz01.clerk'`);

    const sweeps = await Promise.all([1, 2].map(() => runNode(CLI_ENTRY, ['deadlines', 'sweep'], env)));
    for (const s of sweeps) expect(s.code, s.stderr).toBe(0);
    const overdue = sweeps.map((s) => (JSON.parse(s.stdout) as { sweep: { overdue: number } }).sweep.overdue);
    expect(overdue[0]! + overdue[1]!).toBe(40);

    const counts = await client.query<{ kind: string; n: number }>(
      `select kind, count(*)::int as n from notification where entity_id like 'p-%' group by kind order by kind`,
    );
    expect(counts.rows).toEqual([
      { kind: 'deadline.escalated', n: 40 }, // to gz.supervisor, the nearest supervisor above GZ01
      { kind: 'deadline.overdue', n: 40 },
    ]);

    const mailEnv = { ...env, ANXIN_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, ANXIN_MAIL_FROM: 'anxin@example.cn' };
    const dispatches = await Promise.all([1, 2].map(() => runNode(CLI_ENTRY, ['notifications', 'dispatch', '--batch', '7'], mailEnv)));
    for (const d of dispatches) expect(d.code, d.stderr).toBe(0);
    const sent = dispatches.map((d) => (JSON.parse(d.stdout) as { sent: number }).sent);
    expect(sent[0]! + sent[1]!).toBe(80);
    expect(received).toHaveLength(80);
    expect(new Set(received).size).toBe(80);

    // Running everything again changes nothing and sends nothing.
    const again = await runNode(CLI_ENTRY, ['deadlines', 'sweep'], env);
    expect((JSON.parse(again.stdout) as { sweep: { overdue: number; notifications: number } }).sweep).toMatchObject({ overdue: 0, notifications: 0 });
    const redispatch = await runNode(CLI_ENTRY, ['notifications', 'dispatch'], mailEnv);
    expect((JSON.parse(redispatch.stdout) as { sent: number }).sent).toBe(0);
    expect(received).toHaveLength(80);
  });
});
