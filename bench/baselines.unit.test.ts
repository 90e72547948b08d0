import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateKeyring } from '../server/src/platform/pii/keys.js';
import { blindIndex } from '../server/src/platform/pii/index.js';
import { sweepDeadlines } from '../server/src/modules/deadlines/sweep-deadlines.js';
import { normaliseSql, recordingDb } from './production-sql.js';
import { mirrors } from './sweep-baseline.js';
import { clientRawLookup, policyRawLookup } from './lookup-sql.js';
import { STORED } from './import.bench.js';
import Fastify from 'fastify';
import http from 'node:http';
import { APP_HTTP_TIMEOUTS, likeTheApp } from './child-server.js';

// Issue 10, item 8: a benchmark's baseline must not drift from the production SQL it compares
// against. Where a baseline takes the production statement (lookup), these tests check the
// production statement still has the shape it relies on; where the server exports nothing and
// a copy remains (sweep, import), they fail when the copy differs from the production text.

const NOW = new Date('2026-12-01T02:00:00Z');

describe('sweep baseline (bench/sweep-baseline.ts) against sweepDeadlines()', () => {
  async function productionStatements() {
    const { db, statements } = recordingDb((q) => (q.sql.includes('with moved') ? [{ moved: 0, notified: 0 }] : []));
    await sweepDeadlines(db, NOW);
    return statements.filter((s) => s.sql.trimStart().startsWith('with moved')).map((s) => normaliseSql(s.sql));
  }

  it('sweepDeadlines() still sends three statements: due soon, overdue, escalation', async () => {
    const statements = await productionStatements();
    expect(statements).toHaveLength(3);
    expect(statements[0]).toContain("where state = 'open' and warn_at");
    expect(statements[2]).toContain('set escalated_at');
  });

  const { db } = recordingDb();
  for (const m of mirrors(NOW)) {
    it(`the baseline's ${m.name} is word for word the production's`, async () => {
      const fragment = normaliseSql(m.fragment.compile(db).sql);
      expect(fragment.length).toBeGreaterThan(30);
      const statement = (await productionStatements())[m.statement]!;
      expect(statement, `bench/sweep-baseline.ts ${m.name} is no longer in the production statement: copy it again from sweep-deadlines.ts`).toContain(fragment);
    });
  }

  it('the comparison sees a change (a different condition is not contained)', async () => {
    const statements = await productionStatements();
    expect(statements[0]).not.toContain(normaliseSql("update deadline set state = $1, version = version + 1, updated_at = now() where state = 'open' and warn_at < $2"));
  });
});

describe('lookup baseline (bench/lookup-sql.ts): the production statement on the searched table alone', () => {
  const keyring = generateKeyring();
  const scope = [3, 5, 8];
  const body = '44010619900101001';
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const idNumber = body + '10X98765432'[[...body].reduce((s, c, k) => s + Number(c) * weights[k]!, 0) % 11];
  const cases = [
    { kind: 'mobile', q: '13800138000', key: blindIndex(keyring, { kind: 'mobile', value: '13800138000' }), column: '"c"."mobile_bidx" = $' },
    { kind: 'ID number', q: idNumber, key: blindIndex(keyring, { kind: 'idNumber', value: idNumber }), column: '"c"."id_number_bidx" = $' },
    { kind: 'name prefix', q: '陈明', key: '陈明%', column: 'lower(c.name) collate "C" like $' },
  ];
  for (const c of cases) {
    it(`searchClients() by ${c.kind}: the client table alone, the product's WHERE, ORDER BY and LIMIT, parameters told apart`, async () => {
      const raw = await clientRawLookup(keyring, c.q, { scope, key: c.key, limit: 20 });
      expect(raw.text.startsWith('select "c".* from "client" as "c" where ')).toBe(true);
      expect(raw.text).not.toContain('org_unit_name');
      expect(raw.text).toContain(c.column);
      expect(raw.text).toContain('order by lower(c.name) collate "C"');
      expect([...raw.roles].sort()).toEqual(['key', 'limit', 'scope']);
    });
  }

  it('listPolicies({ number }): the policy table alone, both prefixes bound to the same key', async () => {
    const raw = await policyRawLookup(keyring, 'GZ01-2026', { scope, key: 'GZ01-2026%', limit: 9 });
    expect(raw.text).toMatch(/^select "p"."id", "p"."internal_no", .* from "policy" as "p" where /);
    expect(raw.text).not.toContain('insurer_name');
    expect(raw.text).toContain('order by p.effective_date desc, "p"."id" desc limit $');
    expect(raw.roles.filter((r) => r === 'key')).toHaveLength(2);
  });
});

describe('import-csv baseline (bench/import.bench.ts STORED): the columns the import writes', () => {
  const insertColumns = (file: string, table: string) => {
    const text = readFileSync(new URL(`../server/src/${file}`, import.meta.url), 'utf8');
    const lists = [...text.matchAll(new RegExp(`insert into ${table} \\(([^)]*)\\)`, 'g'))].map((m) => m[1]!.split(',').map((c) => c.trim()));
    expect(lists, `one "insert into ${table} (…)" in ${file}`).toHaveLength(1);
    return lists[0];
  };
  it('client and client_timeline: as commit-client-import.ts inserts them', () => {
    expect([...STORED.client]).toEqual(insertColumns('modules/clients/import/commit-client-import.ts', 'client'));
    expect([...STORED.client_timeline]).toEqual(insertColumns('modules/clients/import/commit-client-import.ts', 'client_timeline'));
  });
  it('deadline: as record-events-in-batch.ts inserts them', () => {
    expect([...STORED.deadline]).toEqual(insertColumns('modules/deadlines/record-events-in-batch.ts', 'deadline'));
  });
});

describe('the bare baselines\' HTTP server (bench/child-server.ts likeTheApp)', () => {
  it("keeps idle connections and times requests as the app's Fastify server does", async () => {
    const app = Fastify();
    try {
      expect({ keepAliveTimeout: app.server.keepAliveTimeout, requestTimeout: app.server.requestTimeout }).toEqual(APP_HTTP_TIMEOUTS);
    } finally {
      await app.close();
    }
    const bare = likeTheApp(http.createServer());
    expect({ keepAliveTimeout: bare.keepAliveTimeout, requestTimeout: bare.requestTimeout }).toEqual(APP_HTTP_TIMEOUTS);
  });
});
