import type { AnxinModule, RecordType } from '../../kit/module.js';
import { AppError, forbidden, notFound } from '../../platform/http/errors.js';
import type { Context } from '../../platform/context/context.js';
import { dbOf } from '../../platform/context/context.js';

/** The record types of every module that declares some (kit: AnxinModule.records). */
export function recordTypes(registry: readonly AnxinModule[]): Map<string, RecordType> {
  return new Map(registry.flatMap((m) => m.records ?? []).map((r) => [r.type, r]));
}

export type RecordAccess = { recordType: RecordType; id: number; orgUnitId: number; ctx: Context };

/**
 * May the caller read (or change) this record's documents? Its module's own permission for the
 * record, in that permission's scope: a record outside the scope is not found (404), as a record
 * of its own module would be. The answer carries a context with that scope.
 */
export async function recordAccess(ctx: Context, types: Map<string, RecordType>, type: string, id: number, mode: 'read' | 'write'): Promise<RecordAccess> {
  const recordType = types.get(type);
  if (!recordType) throw notFound();
  const actor = ctx.actor;
  if (!actor) throw forbidden();
  if (actor.mustChangePassword) throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED');
  const permission = mode === 'read' ? recordType.read : recordType.write;
  if (!actor.can(permission)) throw forbidden();
  const scoped: Context = { ...ctx, scope: actor.scopeFor(permission) };
  const orgUnitId = await recordType.orgUnitOf(dbOf(scoped), id, scoped.scope);
  if (orgUnitId === null) throw notFound();
  return { recordType, id, orgUnitId, ctx: scoped };
}
