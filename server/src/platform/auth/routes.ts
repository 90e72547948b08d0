import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { login } from './login.js';
import { changePassword } from './change-password.js';
import { SESSION_COOKIE, csrfTokenOf, deleteSession } from './sessions.js';
import { audit, inTransaction } from '../context/context.js';
import { contextOf } from '../http/request-context.js';
import { unauthenticated } from '../http/errors.js';
import { ROLES } from '../authz/roles.js';
import { PERMISSIONS } from '../authz/permissions.js';

const MeResponse = Type.Object({
  user: Type.Object({
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    mustChangePassword: Type.Boolean(),
  }),
  orgUnit: Type.Object({ id: Type.Integer(), name: Type.String(), nameEn: Type.Union([Type.String(), Type.Null()]), level: Type.String() }),
  roles: Type.Array(Type.Object({
    role: Type.String(), orgUnitId: Type.Integer(), orgUnitName: Type.String(),
    orgUnitNameEn: Type.Union([Type.String(), Type.Null()]), orgUnitLevel: Type.String(),
  })),
  permissions: Type.Array(Type.String()),
  csrfToken: Type.String(),
});

const RolesResponse = Type.Object({
  roles: Type.Array(Type.Object({ id: Type.String(), zh: Type.String(), en: Type.String(), permissions: Type.Array(Type.String()) })),
  permissions: Type.Array(Type.Object({
    id: Type.String(),
    /** Whether it changes anything: the quality auditor (质检) holds read permissions only. */
    kind: Type.Union([Type.Literal('read'), Type.Literal('write')]),
    zh: Type.String(),
    en: Type.String(),
  })),
});

const tags = ['auth'];

export async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/v1/auth/login',
    {
      config: {
        permission: 'public',
        auditRequired: false, // login() writes its own entries, also for failures
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: 'Log in with username and password; sets the session cookie',
        body: Type.Object({
          username: Type.String({ minLength: 1, maxLength: 100 }),
          password: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        response: { 200: MeResponse },
      },
    },
    async (req, reply) => {
      const result = await login(app.db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: req.id,
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.anxinConfig.secureCookies,
        expires: result.expiresAt,
      });
      return describeMe(app, result.userId, result.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'End the current session' } },
    async (req, reply) => {
      const ctx = contextOf(req);
      const actor = ctx.actor!;
      await inTransaction(ctx, async (tx) => {
        await deleteSession(tx.trx, req.sessionToken!);
        await audit(tx, { action: 'auth.logout', entityType: 'user', entityId: actor.userId, orgUnitId: actor.orgUnitId });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'The signed-in user, org unit, roles and permissions', response: { 200: MeResponse } },
    },
    async (req) => {
      const csrfToken = await csrfTokenOf(app.db, req.sessionToken!);
      if (!csrfToken) throw unauthenticated();
      return describeMe(app, req.actor!.userId, csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: {
        permission: 'authenticated',
        // Per session, not per IP: an office behind one NAT address shares an IP.
        rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: (req) => req.cookies[SESSION_COOKIE] ?? req.ip },
      },
      schema: {
        tags,
        summary: 'Change your own password',
        body: Type.Object({
          currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
          newPassword: Type.String({ minLength: 1, maxLength: 200 }),
        }),
      },
    },
    async (req, reply) => {
      await changePassword(app.db, { actor: req.actor!, ...req.body, sessionToken: req.sessionToken!, requestId: req.id });
      req.auditCount++;
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/roles',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Roles, their names and permissions', response: { 200: RolesResponse } },
    },
    async () => ({
      roles: Object.entries(ROLES).map(([id, r]) => ({ id, zh: r.zh, en: r.en, permissions: [...r.permissions] })),
      permissions: Object.entries(PERMISSIONS).map(([id, p]) => ({ id, ...p })),
    }),
  );
}

async function describeMe(app: FastifyInstance, userId: number, csrfToken: string) {
  const user = await app.db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.must_change_password', 'o.id as org_id', 'o.name', 'o.name_en', 'o.level'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  const grants = await app.db
    .selectFrom('role_assignment as r')
    .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
    .select(['r.role', 'r.org_unit_id', 'o.name', 'o.name_en', 'o.level'])
    .where('r.user_id', '=', userId)
    .orderBy('r.id')
    .execute();
  const permissions = new Set<string>();
  for (const g of grants) for (const p of ROLES[g.role as keyof typeof ROLES]?.permissions ?? []) permissions.add(p);
  return {
    user: { id: user.id, username: user.username, displayName: user.display_name, mustChangePassword: user.must_change_password },
    orgUnit: { id: user.org_id, name: user.name, nameEn: user.name_en, level: user.level },
    roles: grants.map((g) => ({ role: g.role, orgUnitId: g.org_unit_id, orgUnitName: g.name, orgUnitNameEn: g.name_en, orgUnitLevel: g.level })),
    permissions: [...permissions].sort(),
    csrfToken,
  };
}
