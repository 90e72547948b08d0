import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { listOf } from '../../platform/http/list-query.js';
import { contextOf } from '../../platform/http/request-context.js';
import { getUser, listUsers } from './find-users.js';
import { findAgents } from './find-agents.js';
import { createUser } from './create-user.js';
import { updateUser } from './update-user.js';
import { setUserRoles } from './set-user-roles.js';
import { resetUserPassword, revealUserMobile, unlockUser } from './manage-user-access.js';
import { Agent, CreateUserBody, FindAgentsQuery, ListUsersQuery, SetRolesBody, UpdateUserBody, User, UserIdParams } from './users.types.js';

const tags = ['users'];
const TemporaryPassword = Type.Union([Type.String(), Type.Null()], {
  description: 'A generated password, shown this once; null when the caller chose one',
});

export async function userRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/users',
    {
      config: { permission: 'user.read' },
      schema: { tags, summary: 'Users in your scope: filtered, sorted, one page with its total', querystring: ListUsersQuery, response: { 200: listOf(User) } },
    },
    async (req) => listUsers(contextOf(req), req.query),
  );

  // The agent picker for client forms and filters: anyone who reads clients may pick their agent.
  app.get(
    '/api/v1/agents',
    {
      config: { permission: 'client.read' },
      schema: {
        tags, summary: 'Active agents in your scope, by name (the agent picker)', querystring: FindAgentsQuery,
        response: { 200: Type.Object({ items: Type.Array(Agent) }) },
      },
    },
    async (req) => findAgents(contextOf(req), req.query),
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.read', entity: 'user' },
      schema: { tags, summary: 'One user (personal fields masked)', params: UserIdParams, response: { 200: User } },
    },
    async (req) => getUser(contextOf(req), req.params.id),
  );

  app.post(
    '/api/v1/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags, summary: 'Create a user with roles', body: CreateUserBody,
        response: { 201: Type.Object({ user: User, temporaryPassword: TemporaryPassword }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(contextOf(req), req.body)),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.manage', entity: 'user' },
      schema: { tags, summary: 'Change a user (send the version you read)', params: UserIdParams, body: UpdateUserBody, response: { 200: User } },
    },
    async (req) => updateUser(contextOf(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/users/:id/roles',
    {
      config: { permission: 'user.manage', entity: 'user' },
      schema: { tags, summary: 'Replace the role assignments you manage', params: UserIdParams, body: SetRolesBody, response: { 200: User } },
    },
    async (req) => setUserRoles(contextOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { permission: 'user.manage', entity: 'user' },
      schema: {
        tags, summary: 'Set a new password; the user must change it at next login', params: UserIdParams,
        body: Type.Object({ newPassword: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: Type.Object({ temporaryPassword: TemporaryPassword }) },
      },
    },
    async (req) => resetUserPassword(contextOf(req), req.params.id, req.body.newPassword),
  );

  app.post(
    '/api/v1/users/:id/unlock',
    {
      config: { permission: 'user.manage', entity: 'user' },
      schema: { tags, summary: 'Lift a login lockout', params: UserIdParams },
    },
    async (req, reply) => {
      await unlockUser(contextOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/users/:id/reveal',
    {
      config: { permission: 'pii.reveal', entity: 'user' },
      schema: {
        tags, summary: 'Show a personal field in clear text (audited)', params: UserIdParams,
        body: Type.Object({ field: Type.Literal('mobile') }),
        response: { 200: Type.Object({ value: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (req) => revealUserMobile(contextOf(req), req.params.id),
  );
}
