// Child process: the baseline of the `transition` benchmark. Plain node:http and a pg pool of the
// app's size doing, for `POST /fire/:id`, what withdrawing a servicing request must do at the least:
// lock the row at its version, update it (state, reason, version), put the line on the
// policyholder's timeline and append the audit entry to the hash chain — through the same
// appendTimeline and recordAudit the app uses, so the two cannot drift apart. What it leaves out is
// the framework, the session and scope, the lifecycle engine (guards, the SLA's cancellation, the
// work item), the request's change and the answer read back with its names.
import http from 'node:http';
import { sql } from 'kysely';
import { openDatabase } from '../server/src/platform/db/engine.js';
import { recordAudit } from '../server/src/platform/audit/record-audit.js';
import { appendTimeline } from '../server/src/modules/clients/client-timeline.js';
import { reportListening, likeTheApp } from './child-server.js';

// The app's own pool (its size, its type parsers: audit seq as a number).
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL! });
const { db } = database;
const actor = JSON.parse(process.env.BENCH_ACTOR!) as { userId: number; username: string };

type Locked = { id: number; version: number; state: string; org_unit_id: number; request_no: string; policyholder_id: number };

async function withdraw(id: number, version: number, reason: string): Promise<{ status: number; body: unknown }> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<Locked>`
      select s.id, s.version, s.state, s.org_unit_id, s.request_no, p.policyholder_id
      from servicing_request s join policy p on p.id = s.policy_id where s.id = ${id} for update of s`.execute(trx);
    const r = rows[0];
    if (!r) return { status: 404, body: { error: 'not found' } };
    if (r.version !== version || r.state !== 'received') return { status: 409, body: { error: 'version' } };
    const at = new Date();
    await trx.updateTable('servicing_request').set({ state: 'withdrawn', state_reason: reason, version: r.version + 1, updated_at: at }).where('id', '=', id).execute();
    await appendTimeline(trx, {
      clientId: r.policyholder_id, at, kind: 'servicing.withdrawn', entityType: 'servicing', entityId: id,
      summaryZh: `保全申请 ${r.request_no}（附加险加保）客户撤回`, summaryEn: `Servicing request ${r.request_no} (Add a rider) withdrawn by the client`, actorId: actor.userId,
    });
    await recordAudit(trx, {
      actor, requestId: null, action: 'servicing.withdraw', entityType: 'servicing', entityId: id, orgUnitId: r.org_unit_id,
      before: { state: r.state }, after: { to: 'withdrawn', reason },
    });
    return { status: 200, body: { id, state: 'withdrawn', version: r.version + 1 } };
  });
}

const server = likeTheApp(http.createServer((req, res) => {
  const match = /^\/fire\/(\d+)$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !match) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const { version, reason } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { version: number; reason: string };
    withdraw(Number(match[1]), version, reason).then(
      ({ status, body }) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (err: unknown) => res.writeHead(500).end(String(err)),
    );
  });
}));
server.listen(0, '127.0.0.1', () => reportListening(server, async () => {
  server.close();
  await database.close();
}));
