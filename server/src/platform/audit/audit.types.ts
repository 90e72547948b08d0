import { Type, type Static } from '@sinclair/typebox';
import { Id } from '../http/schemas.js';
import { listQuery } from '../http/list-query.js';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const AuditEntry = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Nullable(Type.Integer()),
  actorName: Nullable(Type.String()),
  orgUnitId: Nullable(Type.Integer()),
  orgUnitName: Nullable(Type.String()),
  orgUnitNameEn: Nullable(Type.String()),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Nullable(Type.String()),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Nullable(Type.String()),
  hash: Type.String(),
});
export type AuditEntry = Static<typeof AuditEntry>;

/** seq: the order entries were written in; at: the time they carry (ties broken by seq). */
export const AUDIT_SORTS = ['seq', 'at'] as const;
export const ListAuditQuery = listQuery({
  sorts: AUDIT_SORTS,
  defaultSort: '-seq',
  filters: {
    actorId: Type.Optional(Id()),
    action: Type.Optional(Type.String({ maxLength: 60 })),
    entityType: Type.Optional(Type.String({ maxLength: 60 })),
    entityId: Type.Optional(Type.String({ maxLength: 60 })),
    /** The org unit and every unit below it (within your scope). */
    orgUnitId: Type.Optional(Id()),
    /** Beijing dates, both ends included. */
    dateFrom: Type.Optional(Type.String({ format: 'date' })),
    dateTo: Type.Optional(Type.String({ format: 'date' })),
  },
});
export type ListAuditQuery = Static<typeof ListAuditQuery>;

/** The hash chain's check (verify-audit.ts VerifyReport): whole, or where it first breaks. */
export const VerifyResponse = Type.Union([
  Type.Object({ ok: Type.Literal(true), entries: Type.Integer(), lastSeq: Type.Integer(), lastHash: Type.String() }),
  Type.Object({
    ok: Type.Literal(false),
    entries: Type.Integer(),
    /** The first entry that does not link: altered, or the one after a missing entry. */
    brokenAt: Type.Integer(),
    problem: Type.Union([Type.Literal('altered'), Type.Literal('missing'), Type.Literal('relinked')]),
    detail: Type.String(),
  }),
]);
