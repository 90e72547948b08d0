import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import type { TxContext } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { AppError, type FieldProblem } from '../../platform/http/errors.js';
import { recordDeadlineEvent } from '../deadlines/record-event.js';
import type { DuplicateHint } from './clients.types.js';
import { mask } from '../../platform/pii/index.js';

/** The org unit and owning agent named on a client must exist within the caller's scope. */
export async function checkClientRefs(
  trx: Transaction<DB>,
  scope: Scope,
  refs: { orgUnitId?: number; agentId?: number | null },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (refs.orgUnitId !== undefined) {
    const org = await trx
      .selectFrom('org_unit').select('id')
      .where('id', '=', refs.orgUnitId).where('active', '=', true).where(inScope('org_unit.id', scope))
      .executeTakeFirst();
    if (!org) problems.push({ path: 'orgUnitId', reason: 'orgUnitNotFound' });
  }
  if (refs.agentId != null) {
    const agent = await trx
      .selectFrom('app_user').select('id')
      .where('id', '=', refs.agentId).where('status', '=', 'active').where(inScope('app_user.org_unit_id', scope))
      .executeTakeFirst();
    if (!agent) problems.push({ path: 'agentId', reason: 'agentNotFound' });
  }
  return problems;
}

/**
 * Duplicate checks (查重): the same ID number in scope is refused with the existing client's id;
 * the same name and mobile is a possible duplicate, allowed only when the caller confirms it.
 * Clients outside the scope are not looked at: another branch's archive is not disclosed.
 */
export async function checkDuplicates(
  trx: Transaction<DB>,
  scope: Scope,
  d: { name: string; idNumberBidx: string | null; mobileBidx: string | null; mobileClear: string | null; exceptId?: number; confirmDuplicate: boolean },
): Promise<DuplicateHint[]> {
  const live = () => {
    let q = trx.selectFrom('client').select(['id', 'name', 'org_unit_id']).where(inScope('client.org_unit_id', scope)).where('merged_into_id', 'is', null);
    if (d.exceptId !== undefined) q = q.where('id', '<>', d.exceptId);
    return q;
  };
  if (d.idNumberBidx !== null) {
    const same = await live().where('id_number_bidx', '=', d.idNumberBidx).orderBy('id').executeTakeFirst();
    if (same) {
      throw new AppError(409, 'DUPLICATE_RECORD', {
        fields: [{ path: 'idNumber', reason: 'duplicateIdNumber', params: { id: same.id } }],
        details: { existingId: same.id },
      });
    }
  }
  if (d.mobileBidx === null) return [];
  const similar = await live()
    .where('mobile_bidx', '=', d.mobileBidx)
    .where(sql<boolean>`lower(name) = lower(${d.name})`)
    .orderBy('id')
    .limit(20)
    .execute();
  const duplicates = similar.map((c) => ({ id: c.id, name: c.name, mobile: mask('mobile', d.mobileClear), orgUnitId: c.org_unit_id }));
  if (duplicates.length && !d.confirmDuplicate) {
    throw new AppError(409, 'DUPLICATE_RECORD', {
      fields: [{ path: 'confirmDuplicate', reason: 'possibleDuplicate', params: { ids: duplicates.map((c) => c.id).join(', ') } }],
      details: { duplicates },
    });
  }
  return duplicates;
}

/** R-CL-2: the archive deadline's events, recorded in the client's transaction. */
export async function recordArchiveEvent(
  tx: TxContext,
  event: 'client.first_contact' | 'client.archived',
  client: { id: number; orgUnitId: number; ownerId: number | null; at: Date },
) {
  await recordDeadlineEvent(tx, {
    entityType: 'client', entityId: client.id, event, at: client.at, orgUnitId: client.orgUnitId, ownerId: client.ownerId,
  });
}
