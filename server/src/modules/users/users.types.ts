import { Type, type Static } from '@sinclair/typebox';
import { ALL_ROLES } from '../../platform/authz/roles.js';
import { Id, Version } from '../../platform/http/schemas.js';
import { listQuery } from '../../platform/http/list-query.js';

export const RoleName = Type.Union(ALL_ROLES.map((r) => Type.Literal(r)));
export const RoleGrant = Type.Object({ role: RoleName, orgUnitId: Id() });
export type RoleGrant = Static<typeof RoleGrant>;

export const User = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  orgUnitNameEn: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  /** Masked (138****1234); the clear value only through the audited reveal action. */
  mobile: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.Object({ role: Type.String(), orgUnitId: Type.Integer(), orgUnitName: Type.String(), orgUnitNameEn: Type.Union([Type.String(), Type.Null()]) })),
  lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  mustChangePassword: Type.Boolean(),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  version: Type.Integer(),
});
export type User = Static<typeof User>;

const Username = Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Za-z0-9._-]+$' });
const Mobile = Type.String({ maxLength: 20, format: 'cn-mobile' });

export const CreateUserBody = Type.Object({
  username: Username,
  displayName: Type.String({ minLength: 1, maxLength: 60 }),
  orgUnitId: Id(),
  password: Type.Optional(Type.String({ maxLength: 200 })),
  mobile: Type.Optional(Type.Union([Mobile, Type.Null()])),
  email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Null()])),
  roles: Type.Array(RoleGrant, { minItems: 1 }),
});
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object({
  version: Version(),
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  orgUnitId: Type.Optional(Id()),
  mobile: Type.Optional(Type.Union([Mobile, Type.Null()])),
  email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Null()])),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  /**
   * With status `disabled`: who takes over the user's open work items (a supervisor's choice, task.reassign
   * where they are); without it they go back to their team queues (任务池).
   */
  workItemsTo: Type.Optional(Id()),
});
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const SetRolesBody = Type.Object({
  version: Version(),
  roles: Type.Array(RoleGrant),
  /** Changing one's own roles so as to lose a role or scope must say so (409 SELF_DEMOTION_UNCONFIRMED otherwise). */
  confirmSelfDemotion: Type.Optional(Type.Boolean()),
  /** Who takes over the open work items the user no longer handles (task.reassign where they are); else their team queues. */
  workItemsTo: Type.Optional(Id()),
});
export const VersionBody = Type.Object({ version: Version() });

export const USER_SORTS = ['username', 'displayName', 'orgUnit', 'createdAt'] as const;
export const ListUsersQuery = listQuery({
  sorts: USER_SORTS,
  defaultSort: '-createdAt',
  filters: {
    /** The org unit and every unit below it. */
    orgUnitId: Type.Optional(Id()),
    q: Type.Optional(Type.String({ maxLength: 60 })),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  },
});
export type ListUsersQuery = Static<typeof ListUsersQuery>;

export const UserIdParams = Type.Object({ id: Id() });

/** One entry of the agent picker: who, and the org unit where they are an agent. */
export const Agent = Type.Object({
  id: Type.Integer(),
  displayName: Type.String(),
  orgUnitId: Type.Integer(),
  orgUnitName: Type.String(),
  orgUnitNameEn: Type.Union([Type.String(), Type.Null()]),
});
export type Agent = Static<typeof Agent>;

export const FindAgentsQuery = Type.Object({
  /** Part of the display name or username. */
  q: Type.Optional(Type.String({ maxLength: 60 })),
  /** Only agents in this unit and the units below it. */
  orgUnitId: Type.Optional(Id()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export type FindAgentsQuery = Static<typeof FindAgentsQuery>;
