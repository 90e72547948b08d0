/**
 * The authorization matrix (R-SE-1): every registered route × every role × a record in the
 * actor's own org unit, in a descendant unit, and in a sibling unit.
 *
 * Expected, for each route: no session → 401; a role without the route's permission → 403
 * whatever the target (refusal before lookup: no existence leak); with the permission, own
 * and descendant records → success, a sibling's → 404 (or a field error for a create).
 *
 * Each module declares the fixtures of its routes in `modules/<m>/authz-fixtures.test.ts`
 * (issue 10, item 4); the matrix walks MODULES to collect them, and holds here only those of the
 * routes the platform registers itself. A module with routes and no fixtures file, or a route
 * added without a fixture, fails the first test, so the matrix stays complete.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../tests/helpers/test-app.js';
import { nextN, type Ctx, type Fixture, type Ids, type Target } from '../../../../tests/helpers/authz-matrix.js';
import { hashPassword } from '../auth/passwords.js';
import { ALL_ROLES, ROLES, type Role } from './roles.js';
import type { Permission } from './permissions.js';
import { MODULES } from '../../modules/index.js';

/** The routes the platform registers itself (auth, audit, the API description, the web app). */
const PLATFORM_FIXTURES: Record<string, Fixture> = {
  'GET /api/openapi.json': { kind: 'public' },
  'GET /*': { kind: 'public' },
  'POST /api/v1/auth/login': { kind: 'public' },
  'GET /api/v1/auth/me': { kind: 'authenticated', request: (c) => c.get('/api/v1/auth/me'), expect: 200 },
  'GET /api/v1/roles': { kind: 'authenticated', request: (c) => c.get('/api/v1/roles'), expect: 200 },
  // A wrong current password proves the request got past authorization for every role.
  'POST /api/v1/auth/password': {
    kind: 'authenticated',
    request: (c) => c.post('/api/v1/auth/password', { currentPassword: 'not-it-1234', newPassword: 'whatever-1234' }),
    expect: 400,
  },
  'POST /api/v1/auth/logout': { kind: 'authenticated', request: (c) => c.post('/api/v1/auth/logout'), expect: 204 },
  'GET /api/v1/audit': { kind: 'list', url: '/api/v1/audit?limit=200', orgOf: (i) => i.orgUnitId, visible: () => ({ own: -1, descendant: -1, sibling: -1 }) },
  // Verifying the company-wide chain is for head-office auditors and admins only.
  'GET /api/v1/audit/verify': { kind: 'action', request: (c) => c.get('/api/v1/audit/verify'), okStatus: 403 },
};

/** Every module's fixtures (`modules/<m>/authz-fixtures.test.ts`), with the platform's. */
async function collectFixtures() {
  const fixtures: Record<string, Fixture> = { ...PLATFORM_FIXTURES };
  /** Modules with routes and no fixtures file: the file to add, each. */
  const missing: string[] = [];
  /** Routes that two files declare a fixture for. */
  const duplicated: string[] = [];
  for (const m of MODULES) {
    if (!m.routes) continue;
    if (!existsSync(new URL(`../../modules/${m.name}/authz-fixtures.test.ts`, import.meta.url))) {
      missing.push(`module ${m.name} has routes: add server/src/modules/${m.name}/authz-fixtures.test.ts exporting its fixtures`);
      continue;
    }
    const file = `../../modules/${m.name}/authz-fixtures.test.js`;
    const declared = ((await import(/* @vite-ignore */ file)) as { fixtures: Record<string, Fixture> }).fixtures;
    for (const [key, fixture] of Object.entries(declared)) {
      if (fixtures[key]) duplicated.push(`${key} (again in modules/${m.name})`);
      fixtures[key] = fixture;
    }
  }
  return { fixtures, missing, duplicated };
}

let FIXTURES: Record<string, Fixture>;
let missingFixtureFiles: string[];
let duplicatedFixtures: string[];

const isPluginPublic = (url: string) => url.startsWith('/api/docs');
const can = (role: Role, permission: string) => (ROLES[role].permissions as readonly string[]).includes(permission);

describe('authorization matrix: roles × routes × own / descendant / sibling records (R-SE-1)', () => {
  let t: TestApp;
  let ctx: Ctx;
  const clients = new Map<Role, Client>();
  /** The GZ subtree as it is now (creates in the matrix add units to it), if the role has the permission. */
  let scopeOf: (permission: Permission, role: Role) => Promise<Set<number>>;

  beforeAll(async () => {
    ({ fixtures: FIXTURES, missing: missingFixtureFiles, duplicated: duplicatedFixtures } = await collectFixtures());
    t = await createTestApp();
    const id = (code: string) => t.orgId(code);
    const orgs: Ids = { own: await id('GZ'), descendant: await id('GZ01'), sibling: await id('SZ') };
    const users: Ids = {
      own: await t.userId('gz.claims'),
      descendant: await t.userId('gz01.agent1'),
      sibling: await t.userId('sz.claims'),
    };
    ctx = {
      t,
      orgs,
      users,
      version: async (table, rowId) =>
        (await t.db.selectFrom(table).select('version').where('id', '=', rowId).executeTakeFirstOrThrow()).version,
      makeOverride: async (orgUnitId) => {
        const date = `2027-03-${String(1 + (nextN() % 28)).padStart(2, '0')}`;
        await t.db.deleteFrom('calendar_day').where('org_unit_id', '=', orgUnitId).where('date', '=', date).execute();
        const row = await t.db
          .insertInto('calendar_day')
          .values({ org_unit_id: orgUnitId, date, working_day: false, name_zh: '矩阵' })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      },
      makeDeadline: async (orgUnitId, paused = false) => {
        const now = new Date();
        const row = await t.db
          .insertInto('deadline')
          .values({
            rule_id: 'inquiry.answer', entity_type: 'inquiry', entity_id: `matrix-${nextN()}`, org_unit_id: orgUnitId,
            started_at: now, due_at: new Date(now.getTime() + 3 * 86_400_000), warn_at: now, paused_at: paused ? now : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      },
      deadlines: { own: 0, descendant: 0, sibling: 0 },
      makeClient: async (orgUnitId) => makeClient(t, orgUnitId, `矩阵客户${nextN()}`),
      clients: { own: 0, descendant: 0, sibling: 0 },
      makePolicy: async (orgUnitId, prefix) => makePolicy(t, orgUnitId, prefix),
      policies: { own: 0, descendant: 0, sibling: 0 },
      makeServicingRequest: async (orgUnitId) => makeServicingRequest(t, orgUnitId),
      servicing: { own: 0, descendant: 0, sibling: 0 },
      workItems: { own: 0, descendant: 0, sibling: 0 },
      agents: { own: 0, descendant: await t.userId('gz01.agent1'), sibling: await t.userId('sz01.agent1') },
    };
    for (const target of ['own', 'descendant', 'sibling'] as const) ctx.deadlines[target] = await ctx.makeDeadline(orgs[target]);
    for (const target of ['own', 'descendant', 'sibling'] as const) ctx.clients[target] = await makeClient(t, orgs[target], `矩阵基准${target}`);
    for (const target of ['own', 'descendant', 'sibling'] as const) ctx.policies[target] = await makePolicy(t, orgs[target]);
    for (const target of ['own', 'descendant', 'sibling'] as const) ctx.servicing[target] = await makeServicingRequest(t, orgs[target]);
    for (const target of ['own', 'descendant', 'sibling'] as const) {
      ctx.workItems[target] = (await t.db.selectFrom('work_item').select('id').where('entity_type', '=', 'servicing').where('entity_id', '=', ctx.servicing[target]).executeTakeFirstOrThrow()).id;
    }
    // One user per role, each holding that role at the GZ city branch.
    const passwordHash = await hashPassword('Matrix-pass-42');
    for (const role of ALL_ROLES) {
      const { id: userId } = await t.db
        .insertInto('app_user')
        .values({ username: `matrix.${role}`, display_name: role, org_unit_id: orgs.own, password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db.insertInto('role_assignment').values({ user_id: userId, role, org_unit_id: orgs.own }).execute();
      clients.set(role, await t.login(`matrix.${role}`, 'Matrix-pass-42'));
    }
    ctx.agents.own = await t.userId('matrix.agent');
    scopeOf = async (permission, role) =>
      can(role, permission)
        ? new Set((await t.db.selectFrom('org_unit').select('id').where('path', 'like', '/HO/GD/GZ/%').execute()).map((r) => r.id))
        : new Set();
  });
  afterAll(() => t?.close());

  it('has a fixture for every registered route, and no stale fixtures', () => {
    expect(missingFixtureFiles, 'a module with routes declares their fixtures').toEqual([]);
    expect(duplicatedFixtures, 'one fixture per route').toEqual([]);
    const registered = t.app.routeRegistry.filter((r) => !isPluginPublic(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((key) => !FIXTURES[key])).toEqual([]);
    expect(Object.keys(FIXTURES).filter((key) => !registered.includes(key))).toEqual([]);
  });

  it('declares only public or known permissions, and the plugin routes it exempts are the API docs', () => {
    for (const route of t.app.routeRegistry) {
      const fixture = FIXTURES[`${route.method} ${route.url}`];
      if (route.permission === 'public') expect(fixture?.kind === 'public' || isPluginPublic(route.url)).toBe(true);
    }
  });

  it('refuses every non-public route without a session (401)', async () => {
    for (const route of t.app.routeRegistry) {
      if (route.permission === 'public') continue;
      const url = route.url.replace(':id', String(ctx.users.own));
      const res = await t.app.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' ? undefined : {} });
      expect.soft(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  for (const role of ALL_ROLES) {
    it(`enforces permission and org scope for role ${role}`, async () => {
      const client = clients.get(role)!;
      for (const route of t.app.routeRegistry) {
        const key = `${route.method} ${route.url}`;
        const fixture = FIXTURES[key];
        if (!fixture || fixture.kind === 'public') continue;
        const permission = (fixture.kind === 'byId' && fixture.permission) || route.permission;
        const permitted = permission === 'authenticated' || can(role, permission);
        const label = `${role} ${key}`;

        if (fixture.kind === 'authenticated') {
          // Logout ends the session it is sent with: use a fresh one.
          const c = key.endsWith('logout') ? await t.login(`matrix.${role}`, 'Matrix-pass-42') : client;
          expect.soft((await fixture.request(c)).statusCode, label).toBe(fixture.expect);
          continue;
        }
        if (!permitted) {
          for (const target of ['own', 'descendant', 'sibling'] as const) {
            const res = await send(fixture, client, target, ctx);
            expect.soft(res.statusCode, `${label} ${target}`).toBe(403);
          }
          continue;
        }
        if (fixture.kind === 'action') {
          expect.soft((await fixture.request(client)).statusCode, label).toBe(fixture.okStatus);
        } else if (fixture.kind === 'global') {
          expect.soft((await client.get(fixture.url)).statusCode, label).toBe(200);
        } else if (fixture.kind === 'list') {
          const res = await client.get(fixture.url);
          expect.soft(res.statusCode, label).toBe(200);
          const items = (res.json() as { items: unknown[] }).items;
          const scope = await scopeOf(permission as Permission, role);
          const outside = items.map(fixture.orgOf).filter((org) => !scope.has(org!));
          expect.soft(outside, `${label}: items outside scope`).toEqual([]);
          const visible = fixture.visible(ctx);
          const ids = items.map((i: any) => i.id);
          if (visible.own > 0) {
            expect.soft(ids, `${label}: own`).toContain(visible.own);
            expect.soft(ids, `${label}: descendant`).toContain(visible.descendant);
            expect.soft(ids, `${label}: sibling`).not.toContain(visible.sibling);
          }
        } else if (fixture.kind === 'byId') {
          for (const target of ['own', 'descendant', 'sibling'] as const) {
            const res = await send(fixture, client, target, ctx);
            if (target === 'sibling') expect.soft(res.statusCode, `${label} ${target}`).toBe(404);
            else expect.soft(res.statusCode, `${label} ${target}`).toBeLessThan(300);
          }
        } else if (fixture.kind === 'create') {
          expect.soft((await send(fixture, client, 'own', ctx)).statusCode, `${label} own`).toBe(fixture.okStatus);
          expect.soft((await send(fixture, client, 'sibling', ctx)).statusCode, `${label} sibling`).toBe(fixture.siblingStatus);
        }
      }
    });
  }

  it('gives the quality auditor no permission that changes anything', async () => {
    const { PERMISSIONS } = await import('./permissions.js');
    const writes = ROLES.auditor.permissions.filter((p) => PERMISSIONS[p].kind === 'write');
    expect(writes).toEqual([]);
  });
});

/** A bare client row, born 40 years before a day in the coming fortnight (Beijing date). */
async function makeClient(t: TestApp, orgUnitId: number, name: string): Promise<number> {
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(5, 10);
  const birthDate = `${new Date().getUTCFullYear() - 40}-${soon === '02-29' ? '02-28' : soon}`;
  const row = await t.db
    .insertInto('client')
    .values({ kind: 'person', org_unit_id: orgUnitId, name, birth_date: birthDate, first_contact_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A bare registered policy of the unit (held by the unit's base client), initial review passed. */
async function makeServicingRequest(t: TestApp, orgUnitId: number): Promise<number> {
  // Numbered apart from the policy fixtures' MATRIX-… so the policy list's own first page keeps them.
  const policyId = await makePolicy(t, orgUnitId, 'MXSV');
  const policy = await t.db.selectFrom('policy').select('policyholder_id').where('id', '=', policyId).executeTakeFirstOrThrow();
  const { id } = await t.db.insertInto('servicing_request').values({
    request_no: `MATRIX-BQ-${nextN()}`, policy_id: policyId, org_unit_id: orgUnitId, type: 'contact_change', channel: 'counter',
    applicant_client_id: policy.policyholder_id, received_at: new Date(), details: '{}',
  }).returning('id').executeTakeFirstOrThrow();
  // Taken by phone: it waits in the unit's clerks' team queue (the work item fire() would have made).
  const now = new Date();
  await t.db.insertInto('work_item').values({
    entity_type: 'servicing', entity_id: id, org_unit_id: orgUnitId, state: 'received', open: true, owner_id: null,
    team_org_unit_id: orgUnitId, team_role: 'clerk', received_at: now, assigned_at: now, closed_at: null,
  }).execute();
  return id;
}

async function makePolicy(t: TestApp, orgUnitId: number, prefix = 'MATRIX'): Promise<number> {
  const n = nextN();
  // The unit's base client holds every matrix policy: new clients would push the base ones off the first list page.
  const base = await t.db.selectFrom('client').select('id').where('org_unit_id', '=', orgUnitId).where('name', 'like', '矩阵基准%').executeTakeFirstOrThrow();
  const holder = base.id;
  const insurer = await t.db.selectFrom('insurer').select('id').orderBy('id').executeTakeFirstOrThrow();
  const now = new Date();
  const { id } = await t.db
    .insertInto('policy')
    .values({
      internal_no: `${prefix}-${n}`, org_unit_id: orgUnitId, insurer_id: insurer.id, product_name: '矩阵产品', line_of_business: 'life', term_type: 'long_term',
      policy_number: `${prefix}-${n}`, source: 'handover', policyholder_id: holder, sum_insured: '100000', premium: '1000', payment_frequency: 'annual',
      payment_mode: 'cash', effective_date: '2026-01-01', beneficiary_designation: 'legal', state: 'registered', state_changed_at: now, received_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('policy_party').values({ policy_id: id, role: 'insured', client_id: holder, name: '矩阵基准', relation_to_insured: 'self', position: 0 }).execute();
  await t.db.insertInto('policy_review').values({ policy_id: id, format_complete: true, seals_present: true, no_alteration: true, passed: true, reviewed_at: now }).execute();
  return id;
}

async function send(fixture: Fixture, client: Client, target: Target, ctx: Ctx): Promise<{ statusCode: number }> {
  switch (fixture.kind) {
    case 'byId': {
      const id = fixture.entity === 'user' ? ctx.users[target] : fixture.entity === 'org_unit' ? ctx.orgs[target] : await fixture.entity(target, ctx);
      return fixture.request(client, id, ctx);
    }
    case 'action':
      return fixture.request(client);
    case 'create':
      return fixture.request(client, ctx.orgs[target], nextN(), ctx);
    case 'list':
      return client.get(fixture.url);
    case 'global':
      return client.get(fixture.url);
    default:
      throw new Error(`no target for ${fixture.kind}`);
  }
}
