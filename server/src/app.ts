import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import './platform/http/fastify-types.js';
import type { Database } from './platform/db/engine.js';
import type { Config } from './config.js';
import type { Keyring } from './platform/pii/index.js';
import { installGuard } from './platform/auth/guard.js';
import { installErrorHandler, renderFrameworkError, renderClientError } from './platform/http/error-handler.js';
import { installSchemaFormats } from './platform/http/schema-formats.js';
import { installInputGuard } from './platform/http/input-guard.js';
import { installSecurityHeaders } from './platform/http/security-headers.js';
import { serializeRequest } from './platform/http/log-redaction.js';
import { ErrorResponse } from './platform/http/schemas.js';
import { authRoutes } from './platform/auth/routes.js';
import { auditRoutes } from './platform/audit/routes.js';
import { MODULES } from './modules/index.js';
import type { AnxinModule } from './kit/module.js';
import { registerMessages } from './platform/http/messages.js';
import { createServices } from './services.js';
import type { ContextServices } from './platform/context/context.js';

export type AppDeps = {
  database: Database;
  config: Config;
  keyring: Keyring;
  /** The process's context services (runtime.ts), shared with its jobs; made here when absent (tests). */
  services?: ContextServices;
  /** The module list (modules/index.ts); a test may add one. */
  modules?: readonly AnxinModule[];
  /** false: no log (tests, benchmarks); a stream: the log goes there instead of stdout. */
  logger?: false | { stream: { write(line: string): void } };
};

const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp({ database, config, keyring, services, modules = MODULES, logger }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // The request line is logged with personal data masked (issue 9, item 9).
    logger: logger === false ? false : { level: config.logLevel, serializers: { req: serializeRequest }, ...logger },
    // Take a proxy's request id when it looks like one; otherwise make our own.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: process.env.ANXIN_TRUST_PROXY === 'true',
    ajv: {
      customOptions: { allErrors: true, removeAdditional: true, coerceTypes: 'array', useDefaults: true },
      onCreate: installSchemaFormats,
    },
    bodyLimit: 2 * 1024 * 1024,
    // Long enough that an over-long id or code reaches schema validation and gets a field message;
    // beyond it no route matches: 404 ROUTE_NOT_FOUND in the one error shape (input-guard.int.test.ts).
    routerOptions: { maxParamLength: 1000 },
    frameworkErrors: renderFrameworkError,
    clientErrorHandler: renderClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Echo the request id so a clerk's screenshot or a proxy log can be matched to the audit trail.
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // Before the guard, so a 401 or 403 carries them too.
  installSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        // Ant Design injects its styles at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // A PDF the page fetched itself (a notice template's sample) is shown from a blob: URL in a frame.
        'frame-src': ["'self'", 'blob:'],
        // On a plain-HTTP office LAN, upgrading requests to HTTPS would break every asset.
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });

  app.decorate('db', database.db);
  app.decorate('dbKind', database.kind);
  app.decorate('anxinConfig', config);
  app.decorate('keyring', keyring);
  for (const m of modules) if (m.messages) registerMessages(m.messages);
  app.decorate('services', services ?? createServices(database.db, modules, config));

  await app.register(cookie); // before the guard: it reads the session cookie
  installGuard(app);
  installErrorHandler(app);
  installInputGuard(app);
  installAuditCheck(app);
  declareErrorResponses(app);

  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Anxin API', description: '安心 — insurance service operations', version: config.version },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'anxin_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, () => app.swagger());

  await app.register(authRoutes);
  await app.register(auditRoutes);
  for (const m of modules) {
    const routes = m.routes;
    if (!routes) continue;
    await app.register(async (scope, opts: { registry: readonly AnxinModule[] }) => {
      // A module that does not change who may do what keeps the resolved sessions when it writes (guard.ts).
      if (!m.changesAccess) scope.addHook('onRoute', (route) => void (route.config = { ...route.config, keepsSessions: true }));
      await routes(scope, opts);
    }, { registry: modules });
  }

  await registerWeb(app);
  return app;
}

/** The OpenAPI document declares the one error shape on every operation (4XX and 5XX). */
function declareErrorResponses(app: FastifyInstance) {
  app.addSchema(ErrorResponse);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const schema = (route.schema ??= {});
    const response = (schema.response ??= {}) as Record<string, unknown>;
    response['4XX'] ??= { $ref: 'ErrorResponse#' };
    response['5XX'] ??= { $ref: 'ErrorResponse#' };
  });
}

/** Every write is an audit entry (R-SE-2): a successful write that recorded none is a bug. */
function installAuditCheck(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply, payload) => {
    const config = req.routeOptions.config;
    if (!UNSAFE_METHODS.has(req.method) || reply.statusCode >= 400 || !config.permission) return payload;
    if (config.auditRequired === false || req.auditCount > 0) return payload;
    req.log.error({ route: req.routeOptions.url }, 'state-changing request finished without an audit entry');
    if (process.env.NODE_ENV === 'test') throw new Error(`No audit entry for ${req.method} ${req.routeOptions.url}`);
    return payload;
  });
}

/** The React app: static files, and index.html for client-side routes. */
async function registerWeb(app: FastifyInstance) {
  const built = existsSync(WEB_ROOT);
  await app.register(fastifyStatic, { root: built ? WEB_ROOT : process.cwd(), serve: false });
  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const path = (req.params as { '*': string })['*'];
    if (path.startsWith('api/')) return reply.callNotFound();
    if (!built) return reply.type('text/plain').send('Web app not built: run `npm run build`.');
    if (path && /^[\w./-]+\.\w+$/.test(path) && !path.includes('..') && existsSync(WEB_ROOT + path)) {
      return reply.sendFile(path, { maxAge: path.startsWith('assets/') ? '365d' : 0, immutable: path.startsWith('assets/') });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
