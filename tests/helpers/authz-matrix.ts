/**
 * The authorization matrix's fixture kinds (R-SE-1), shared by the matrix test
 * (server/src/platform/authz/authorization-matrix.int.test.ts) and the fixtures each module
 * declares in `server/src/modules/<m>/authz-fixtures.test.ts` (issue 10, item 4).
 */
import type { Permission } from '../../server/src/platform/authz/permissions.js';
import type { Client, TestApp } from './test-app.js';

export type Target = 'own' | 'descendant' | 'sibling';
export type Ids = Record<Target, number>;
export type Ctx = {
  t: TestApp;
  orgs: Ids;
  users: Ids;
  version(table: 'org_unit' | 'app_user', id: number): Promise<number>;
  makeOverride(orgUnitId: number): Promise<number>;
  /** A running deadline on a record of the unit (paused if asked). */
  makeDeadline(orgUnitId: number, paused?: boolean): Promise<number>;
  deadlines: Ids;
  /** A client of the unit (a person, birthday in the coming days), and the three made in beforeAll. */
  makeClient(orgUnitId: number): Promise<number>;
  clients: Ids;
  /** A registered policy of the unit (initial review passed, version 1), and the three made in beforeAll. */
  makePolicy(orgUnitId: number, prefix?: string): Promise<number>;
  policies: Ids;
  /** A received servicing request (version 1) of a new policy of the unit, and the three made in beforeAll. */
  makeServicingRequest(orgUnitId: number): Promise<number>;
  servicing: Ids;
  /** The work items of the three servicing requests made in beforeAll (each waits in its unit's clerks' team queue). */
  workItems: Ids;
  /** Holders of the agent role: matrix.agent at GZ, gz01.agent1 at GZ01, sz01.agent1 at SZ01. */
  agents: Ids;
};

/**
 * How the matrix exercises one route, keyed `'METHOD /url'` as the route is registered. The
 * matrix expects, for each route: no session → 401; a role without the route's permission → 403
 * whatever the target; with the permission, what the fixture's kind says.
 */
export type Fixture =
  | { kind: 'public' }
  | { kind: 'authenticated'; request: (c: Client) => Promise<{ statusCode: number }>; expect: number }
  /** GET list: every item's org unit must be in the actor's scope; own and descendant present, sibling absent. */
  | { kind: 'list'; url: string; orgOf: (item: any) => number | null; visible: (ctx: Ctx) => Ids }
  /** An `:id` route on a scoped entity. */
  | {
      kind: 'byId';
      /** Which record of the target unit: an org unit, a user, or one the fixture makes itself. */
      entity: 'org_unit' | 'user' | ((target: Target, ctx: Ctx) => Promise<number>);
      request: (c: Client, id: number, ctx: Ctx) => Promise<{ statusCode: number }>;
      /**
       * The permission the route checks for this record when the route itself declares `authenticated`
       * because the permission depends on the record (documents: the record type's own read / write).
       */
      permission?: Permission;
    }
  /** Changes that are not per org record: allowed roles get `okStatus`. */
  | { kind: 'action'; request: (c: Client) => Promise<{ statusCode: number }>; okStatus: number }
  /** A create whose target org unit is own / descendant / sibling. */
  | { kind: 'create'; request: (c: Client, orgUnitId: number, n: number, ctx: Ctx) => Promise<{ statusCode: number }>; okStatus: number; siblingStatus: number }
  /** Reads that are not per-record (e.g. verifying the whole audit chain). */
  | { kind: 'global'; url: string };

let counter = 0;
/** A number new in this test run (for unique codes, names, dates). */
export const nextN = () => ++counter;
