import { sql } from 'kysely';
import type { Context } from '../context/context.js';
import { inScope } from '../db/scoped.js';
import { inOrgSubtree, runList, type SortColumn } from '../http/list-query.js';
import { beijingDayEnd, beijingMidnight } from '../time/beijing.js';
import type { AUDIT_SORTS, AuditEntry, ListAuditQuery } from './audit.types.js';

// seq is the primary key; `at` has its index ending in seq (20261206T1320_audit_list_indexes).
const AUDIT_SORT_COLUMNS = {
  seq: { expr: sql`a.seq`, kind: 'number' },
  at: { expr: sql`a.at`, kind: 'timestamp' },
} as const satisfies Record<(typeof AUDIT_SORTS)[number], SortColumn>;

/**
 * Audit entries in scope (an entry belongs to the org unit it was written in), filtered and sorted
 * (newest first unless asked), one page with its total; `limit` + `cursor` walk the whole trail.
 */
export async function listAudit(ctx: Context, query: ListAuditQuery) {
  let q = ctx.db
    .selectFrom('audit_log as a')
    .leftJoin('org_unit as o', 'o.id', 'a.org_unit_id')
    .select([
      'a.seq', 'a.at', 'a.actor_id', 'a.actor_name', 'a.org_unit_id', 'o.name as org_unit_name', 'o.name_en as org_unit_name_en',
      'a.action', 'a.entity_type', 'a.entity_id', 'a.before', 'a.after', 'a.request_id', 'a.hash',
    ])
    .where(inScope('a.org_unit_id', ctx.scope));
  if (query.actorId) q = q.where('a.actor_id', '=', query.actorId);
  if (query.action) q = q.where('a.action', '=', query.action);
  if (query.entityType) q = q.where('a.entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('a.entity_id', '=', query.entityId);
  if (query.orgUnitId) q = q.where(inOrgSubtree('a.org_unit_id', query.orgUnitId));
  if (query.dateFrom) q = q.where('a.at', '>=', beijingMidnight(query.dateFrom));
  if (query.dateTo) q = q.where('a.at', '<', beijingDayEnd(query.dateTo));
  return runList(
    ctx.db,
    q,
    { sorts: AUDIT_SORT_COLUMNS, defaultSort: '-seq', id: 'a.seq', idOf: (r) => Number(r.seq) },
    query,
    (r): AuditEntry => ({
      seq: Number(r.seq),
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.org_unit_name,
      orgUnitNameEn: r.org_unit_name_en,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
      hash: r.hash,
    }),
  );
}
