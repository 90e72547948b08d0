// Child process: the baseline. Plain node:http and a pg.Pool of the app's size, running the
// same two statements the app runs for `GET /api/v1/users?limit=50` (the SQL Kysely compiles
// listUsers to), with the scope ids handed in by the parent. It does the same per-row work
// (decrypt + mask the mobile) so both produce the same body; what it leaves out is the
// framework: session lookup, actor/scope loading, permission check, hooks, plugins, schemas.
import http from 'node:http';
import pg from 'pg';
import { decryptField, mask, parseKeyring } from '../server/src/platform/pii/index.js';
import { encodeCursor } from '../server/src/platform/http/pagination.js';
import { MOBILE_CONTEXT } from '../server/src/modules/users/find-users.js';
import { reportListening } from './child-server.js';

const PAGE_SQL = `select "u"."id", "u"."username", "u"."display_name", "u"."org_unit_id", "o"."name" as "org_unit_name",
  "u"."status", "u"."mobile_enc", "u"."email", "u"."locked_until", "u"."must_change_password", "u"."last_login_at", "u"."version"
  from "app_user" as "u" inner join "org_unit" as "o" on "o"."id" = "u"."org_unit_id"
  where "u"."org_unit_id" = any($1::int[]) order by "u"."id" desc limit $2`;
const ROLES_SQL = `select "r"."user_id", "r"."role", "r"."org_unit_id", "o"."name"
  from "role_assignment" as "r" inner join "org_unit" as "o" on "o"."id" = "r"."org_unit_id"
  where r.user_id = any($1::int[]) order by "r"."id"`;
const LIMIT = 50;

type UserRow = {
  id: number; username: string; display_name: string; org_unit_id: number; org_unit_name: string; status: string;
  mobile_enc: string | null; email: string | null; locked_until: Date | null; must_change_password: boolean;
  last_login_at: Date | null; version: number;
};
type GrantRow = { user_id: number; role: string; org_unit_id: number; name: string };

const scopeIds = JSON.parse(process.env.BENCH_SCOPE_IDS ?? '[]') as number[];
const keyring = parseKeyring({ json: process.env.ANXIN_KEYS ?? '', source: 'env ANXIN_KEYS' });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20, application_name: 'anxin-bench-bare' });

async function usersPage() {
  const { rows } = await pool.query<UserRow>(PAGE_SQL, [scopeIds, LIMIT + 1]);
  const more = rows.length > LIMIT;
  const pageRows = more ? rows.slice(0, LIMIT) : rows;
  const ids = pageRows.map((r) => r.id);
  const grants = ids.length ? (await pool.query<GrantRow>(ROLES_SQL, [ids])).rows : [];
  const now = Date.now();
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.org_unit_name,
      status: r.status,
      mobile: r.mobile_enc ? mask('mobile', decryptField(keyring, r.mobile_enc, { context: MOBILE_CONTEXT })) : null,
      email: r.email,
      roles: grants
        .filter((g) => g.user_id === r.id)
        .map((g) => ({ role: g.role, orgUnitId: g.org_unit_id, orgUnitName: g.name })),
      lockedUntil: r.locked_until && r.locked_until.getTime() > now ? r.locked_until.toISOString() : null,
      mustChangePassword: r.must_change_password,
      lastLoginAt: r.last_login_at?.toISOString() ?? null,
      version: r.version,
    })),
    nextCursor: more && last ? encodeCursor({ key: last.id, id: last.id }) : null,
  };
}

const server = http.createServer((req, res) => {
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
      process.stderr.write(`bare handler failed: ${String(err)}\n`);
      res.writeHead(500).end();
    },
  );
});
server.listen(0, '127.0.0.1', () => reportListening(server, async () => {
  await new Promise((resolve) => server.close(resolve));
  await pool.end();
}));
