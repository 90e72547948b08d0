import { sql, type Kysely, type Transaction } from 'kysely';
import { refreshStatistics } from '../../platform/db/statistics.js';
import type { DB } from '../../platform/db/schema.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Keyring } from '../../platform/pii/index.js';
import { sealedMobile } from '../users/user-rules.js';
import { HEAD_OFFICE } from '../../platform/bootstrap.js';
import { demoOrgTree, type DemoUnit } from './demo-org-tree.js';
import { demoUsers } from './demo-users.js';
import { seededRandom } from './random.js';
import { insertDemoCatalog } from '../catalog/demo-catalog.js';
import { generateClients } from './generate-clients.js';
import { generatePolicies } from './generate-policies.js';
import { seedDemoWork, type DemoWorkReport } from './demo-work.js';
import type { ContextServices } from '../../platform/context/context.js';

/** Shared by every demo user; listed in the README. Demo data only. */
export const DEMO_PASSWORD = 'anxin-demo-2026';
const SEED = 20_261_125;
const BATCH = 1000;

/** Demo clients per office and scale unit: 32 for each of the office's 2·scale agents (scale 200 ≈ 1.1 M clients). */
export const CLIENTS_PER_OFFICE = 64;
/** Demo policies per office and scale unit: 1.5 a client (scale 200 ≈ 1.7 M policies). */
export const POLICIES_PER_OFFICE = 96;

export type SeedReport = { orgUnits: number; users: number; clients: number; policies: number; alreadySeeded: boolean };
export type SeedOptions = {
  scale?: number;
  /**
   * The context services (calendar, deadline events) the offices' work runs with (demo-work.ts):
   * given, the demo also shows the work in progress — reissues, differences, deadlines overdue and
   * escalated, unread notifications (the first start and `anxin seed-demo`); not given, only the
   * archive and the register (the test suites' shared snapshot).
   */
  services?: ContextServices;
  /** The moment the demo is laid out around (default: now). */
  now?: Date;
};

/**
 * The deterministic demo data set. Idempotent: rows that exist are left alone, so a re-run
 * creates nothing twice. Later modules add their steps here, each inserting in batches so
 * `--scale` can reach a million clients and policies. The org tree, staff and catalogue go in
 * one transaction; clients follow in batches of their own.
 */
export async function seedDemo(db: Kysely<DB>, keyring: Keyring, { scale = 1, services, now = new Date() }: SeedOptions = {}): Promise<SeedReport> {
  const units = demoOrgTree(scale);
  const staff = await seedStaff(db, keyring, scale, units);
  const offices = units.filter((u) => u.level === 'office').map((u) => u.code);
  const { clients } = await generateClients(db, keyring, { count: offices.length * CLIENTS_PER_OFFICE * scale, officeCodes: offices });
  const { policies } = await generatePolicies(db, keyring, { count: offices.length * POLICIES_PER_OFFICE * scale, officeCodes: offices, now });
  // Bulk-loaded tables have no planner statistics and no visibility map yet (and the embedded
  // engine runs no autovacuum): what autovacuum would do after these inserts, at once.
  if (clients || policies) await refreshStatistics(db, { all: true, vacuum: true });
  const work: DemoWorkReport | null = services ? await seedDemoWork(db, keyring, services, now) : null;

  return db.transaction().execute(async (trx) => {
    if (staff.orgUnits || staff.users || clients || policies) {
      await recordAudit(trx, {
        actor: null, requestId: null, action: 'system.seed_demo', entityType: 'demo', entityId: null, orgUnitId: staff.headOfficeId,
        after: { scale, orgUnits: staff.orgUnits, users: staff.users, insurers: staff.insurers, products: staff.products, clients, policies, ...(work && { work }) },
      });
    }
    await trx
      .insertInto('app_setting')
      .values({ key: 'demo_seeded', value: JSON.stringify({ scale, at: now.toISOString() }) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql`excluded.value`, updated_at: sql`now()` }))
      .execute();
    const alreadySeeded = staff.orgUnits === 0 && staff.users === 0 && clients === 0 && policies === 0;
    return { orgUnits: staff.orgUnits, users: staff.users, clients, policies, alreadySeeded };
  });
}

/** Org tree, staff with their roles, and the insurer / product catalogue, in one transaction. */
async function seedStaff(db: Kysely<DB>, keyring: Keyring, scale: number, units: DemoUnit[]) {
  const rng = seededRandom(SEED);
  const users = demoUsers(units, scale, rng);
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for all: demo only

  return db.transaction().execute(async (trx) => {
    const ho = await trx.selectFrom('org_unit').select(['id', 'path']).where('code', '=', HEAD_OFFICE.code).executeTakeFirst();
    if (!ho) throw new Error('Run the first start (or `anxin migrate`) before seeding: the head office is missing');

    let orgUnits = 0;
    for (const level of ['province', 'city', 'office'] as const) {
      const rows = units.filter((u) => u.level === level);
      const parents = await codeMap(trx, [...new Set(rows.map((r) => r.parent!))]);
      const inserted = await trx
        .insertInto('org_unit')
        .values(rows.map((u) => {
          const parent = parents.get(u.parent!)!;
          return { code: u.code, name: u.name, name_en: u.nameEn, level: u.level, parent_id: parent.id, path: `${parent.path}${u.code}/` };
        }))
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute();
      orgUnits += inserted.length;
    }

    const orgs = await codeMap(trx, [...new Set(users.map((u) => u.orgCode))]);
    let created = 0;
    for (let i = 0; i < users.length; i += BATCH) {
      const batch = users.slice(i, i + BATCH);
      const inserted = await trx
        .insertInto('app_user')
        .values(batch.map((u) => ({
          username: u.username,
          display_name: u.displayName,
          org_unit_id: orgs.get(u.orgCode)!.id,
          password_hash: passwordHash,
          ...sealedMobile(keyring, u.mobile),
        })))
        .onConflict((oc) => oc.doNothing())
        .returning(['id', 'username'])
        .execute();
      created += inserted.length;
      if (inserted.length) {
        const byName = new Map(batch.map((u) => [u.username, u]));
        await trx
          .insertInto('role_assignment')
          .values(inserted.map((r) => {
            const u = byName.get(r.username)!;
            return { user_id: r.id, role: u.role, org_unit_id: orgs.get(u.orgCode)!.id };
          }))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
    const catalog = await insertDemoCatalog(trx);
    return { headOfficeId: ho.id, orgUnits, users: created, ...catalog };
  });
}

export async function isDemoSeeded(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('app_setting').select('key').where('key', '=', 'demo_seeded').executeTakeFirst());
}

async function codeMap(trx: Transaction<DB>, codes: string[]) {
  const rows = codes.length
    ? await trx.selectFrom('org_unit').select(['id', 'code', 'path']).where('code', 'in', codes).execute()
    : [];
  return new Map(rows.map((r) => [r.code, r]));
}
