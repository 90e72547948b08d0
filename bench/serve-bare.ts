// Child process: the baseline. Plain node:http and a pg.Pool of the app's size, running the
// statement the app runs for `GET /api/v1/users?limit=50` (the page, each row with its roles) — its SQL text and the page
// parameters (the user's scope ids) are captured from the real use case by the parent. It does
// the same per-row work (the stored masked mobile, as the app) so both produce the same body; what it
// leaves out is the framework: session lookup, actor/scope loading, permission check, hooks,
// plugins, schemas, the query builder. When the endpoint's output changes, change `toItem`.
import http from 'node:http';
import pg from 'pg';
import { encodeListCursor } from '../server/src/platform/http/list-query.js';
import { reportListening, likeTheApp } from './child-server.js';

type UserRow = {
  id: number; username: string; display_name: string; org_unit_id: number; org_unit_name: string;
  org_unit_name_en: string | null; status: string; mobile_masked: string | null; email: string | null;
  locked_until: Date | null; must_change_password: boolean; last_login_at: Date | null; version: number; list_sort_key: string;
  roles: { role: string; orgUnitId: number; orgUnitName: string; orgUnitNameEn: string | null }[];
};

const PAGE_SQL = process.env.BENCH_PAGE_SQL!;
const PAGE_PARAMS = JSON.parse(process.env.BENCH_PAGE_PARAMS!) as unknown[];
const LIMIT = 50;
/** The users list's default sort (users/find-users.ts): the cursor names it. */
const DEFAULT_SORT = '-createdAt';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

async function usersPage() {
  const { rows } = await pool.query<UserRow>(PAGE_SQL, PAGE_PARAMS);
  const more = rows.length > LIMIT;
  const pageRows = more ? rows.slice(0, LIMIT) : rows;
  const now = Date.now();
  const last = pageRows[pageRows.length - 1];
  // A walk with `limit` (no page, no count): the shape of every list answer (platform/http/list-query.ts).
  return {
    items: pageRows.map((r) => toItem(r, now)),
    total: null,
    totalExact: false,
    page: 1,
    pageSize: LIMIT,
    nextCursor: more && last ? encodeListCursor(DEFAULT_SORT, last.list_sort_key, last.id) : null,
  };
}

function toItem(r: UserRow, now: number) {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    orgUnitNameEn: r.org_unit_name_en,
    status: r.status,
    mobile: r.mobile_masked,
    email: r.email,
    roles: r.roles, // json_agg in the row: parsed by pg, as the app gets it
    lockedUntil: r.locked_until && r.locked_until.getTime() > now ? r.locked_until.toISOString() : null,
    mustChangePassword: r.must_change_password,
    lastLoginAt: r.last_login_at?.toISOString() ?? null,
    version: r.version,
  };
}

let failures = 0;
const server = likeTheApp(http.createServer((req, res) => {
  if (req.method !== 'GET' || !req.url?.startsWith('/api/v1/users')) {
    res.writeHead(404).end();
    return;
  }
  usersPage().then(
    (page) => {
      const body = JSON.stringify(page);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
    (err: unknown) => {
      if (!failures++) process.stderr.write(`bare handler failed (further failures counted, not printed): ${String(err)}\n`);
      res.writeHead(500).end();
    },
  );
}));
server.listen(0, '127.0.0.1', () => reportListening(server, async () => {
  await new Promise((resolve) => server.close(resolve));
  await pool.end();
}));
