import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, forbidden, unauthenticated } from '../http/errors.js';
import { pickLocale } from '../http/locale.js';
import { isPermission } from '../authz/permissions.js';
import { loadActor } from '../authz/actor.js';
import { Scope } from '../authz/scope.js';
import { CSRF_HEADER, SESSION_COOKIE, findSession } from './sessions.js';
import { createSessionCache, type ResolvedSession, type SessionCache } from './session-cache.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes registered by plugins we do not write (API docs), public by nature. */
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs'];

/**
 * Authorization in one place. Every route must declare a permission when it is registered;
 * every request is checked against it before validation or the handler runs:
 * session → CSRF → permission → scope.
 */
export function installGuard(app: FastifyInstance): void {
  app.decorate('routeRegistry', []);
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('actor', null);
  app.decorateRequest('scope', null as unknown as Scope);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('auditCount', 0);
  app.decorateRequest('useCaseContext', null); // contextOf (platform/http/request-context.ts)

  const sessions = createSessionCache();
  // A write that may change who may do what (logout, a password, roles, a user's status, the org tree:
  // the platform's own routes and the modules that declare `changesAccess`) forgets the resolved
  // sessions; the other modules' writes (a servicing step, a policy) keep them (`keepsSessions`, app.ts).
  // onSend runs once the handler has finished, so after its transaction has committed.
  app.addHook('onSend', async (req, _reply, payload) => {
    if (!SAFE_METHODS.has(req.method) && !req.routeOptions.config?.keepsSessions) sessions.clear();
    return payload;
  });
  app.decorate('sessionCacheStats', () => sessions.stats());

  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (!route.config?.permission && PLUGIN_PUBLIC_PREFIXES.some((p) => url.startsWith(p))) {
      route.config = { ...route.config, permission: 'public' };
    }
    const permission = route.config?.permission;
    if (!permission || !(permission === 'public' || permission === 'authenticated' || isPermission(permission))) {
      throw new Error(`Route ${String(route.method)} ${url} must declare a known permission (config.permission)`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.routeRegistry.push({ method, url, permission, entity: route.config?.entity });
    }
  });

  app.addHook('onRequest', async (req) => {
    req.locale = pickLocale(req.headers['accept-language']);
    req.auditCount = 0;
    req.scope = Scope.empty;
    const permission = req.routeOptions.config.permission;
    if (!permission) return; // 404 handler: nothing to guard

    const session = await sessionOf(app, sessions, req);
    if (session) {
      req.sessionToken = session.token;
      req.actor = session.actor;
    }
    if (permission === 'public') return;
    if (!session || !req.actor) throw unauthenticated();
    if (!SAFE_METHODS.has(req.method) && !sameToken(req.headers[CSRF_HEADER], session.csrf_token)) {
      throw new AppError(403, 'CSRF_FAILED');
    }
    if (permission === 'authenticated') return;
    if (req.actor.mustChangePassword) throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED');
    if (!req.actor.can(permission)) throw forbidden();
    req.scope = req.actor.scopeFor(permission);
  });
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function sessionOf(app: FastifyInstance, cache: SessionCache, req: FastifyRequest): Promise<ResolvedSession | undefined> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const cached = cache.get(token);
  if (cached) return cached;
  const epoch = cache.epoch();
  const session = await findSession(app.db, token);
  if (!session) return undefined;
  const actor = await loadActor(app.db, {
    id: session.user_id,
    username: session.username,
    display_name: session.display_name,
    org_unit_id: session.org_unit_id,
    must_change_password: session.must_change_password,
  });
  const resolved = { ...session, token, actor };
  cache.set(token, resolved, epoch);
  return resolved;
}
