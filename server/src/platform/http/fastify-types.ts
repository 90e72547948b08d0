import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { EngineKind } from '../db/engine.js';
import type { Actor } from '../authz/actor.js';
import type { Scope } from '../authz/scope.js';
import type { RoutePermission } from '../authz/permissions.js';
import type { Locale } from './locale.js';
import type { FieldProblem } from './errors.js';
import type { Keyring } from '../pii/index.js';
import type { Config } from '../../config.js';
import type { Context, ContextServices } from '../context/context.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: registration fails without it (deny by default). */
    permission?: RoutePermission;
    /** For the authorization matrix: which scoped entity an `:id` route reads or changes. */
    entity?: string;
    /** Set false on the few state-changing routes whose audit entry is written elsewhere. */
    auditRequired?: boolean;
    /** Set (by app.ts) on the routes of modules that do not change access: their writes keep the resolved sessions. */
    keepsSessions?: boolean;
  }
  interface FastifyInstance {
    db: Kysely<DB>;
    dbKind: EngineKind;
    anxinConfig: Config;
    keyring: Keyring;
    /** What modules add to every use-case context (the calendar, …): see platform/context. */
    services: ContextServices;
    /** Every registered route with its permission, for the authorization matrix test. */
    routeRegistry: RegisteredRoute[];
    /** The guard's session cache: hits, misses, clears (platform/auth/session-cache.ts). */
    sessionCacheStats(): { hits: number; misses: number; clears: number; size: number };
  }
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
    /** Org scope of the route's permission for this actor; empty for public routes. */
    scope: Scope;
    sessionToken: string | null;
    auditCount: number;
    /** What the input guard found before schema validation (platform/http/input-guard.ts). */
    inputProblems?: FieldProblem[];
    /** The use-case context, made on first use (platform/http/request-context.ts, contextOf). */
    useCaseContext: Context | null;
  }
}

export type RegisteredRoute = { method: string; url: string; permission: RoutePermission; entity?: string };
