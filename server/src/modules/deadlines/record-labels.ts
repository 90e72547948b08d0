import { Type } from '@sinclair/typebox';
import { sql, type RawBuilder } from 'kysely';
import { dbOf, type Context } from '../../platform/context/context.js';
import type { Permission } from '../../platform/authz/permissions.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import type { Locale } from '../../platform/http/locale.js';
import { MAX_ID } from '../../platform/http/schemas.js';

/** The record a deadline or a notification is about, as a person reads it, and its page in the web app. */
export const RecordRef = Type.Object({
  /** e.g. "GZ01-2026-0001 王小明" (a policy: internal number and policyholder), "王小明" (a client), "咨询 17". */
  label: Type.String(),
  /** The web path of its page; null for a record type without a page yet, or one outside the caller's scope. */
  href: Type.Union([Type.String(), Type.Null()]),
});
export type RecordRef = { label: string; href: string | null };

/** Record types by name (业务记录类型); the web's deadline messages list the same. */
const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  client: { zh: '客户', en: 'Client' },
  policy: { zh: '保单', en: 'Policy' },
  application: { zh: '投保单', en: 'Application' },
  underwriting: { zh: '核保', en: 'Underwriting' },
  premium: { zh: '保费', en: 'Premium' },
  renewal: { zh: '续保', en: 'Renewal' },
  servicing: { zh: '保全申请', en: 'Servicing request' },
  claim: { zh: '理赔案件', en: 'Claim' },
  callback: { zh: '回访任务', en: 'Callback task' },
  problem_case: { zh: '问题件', en: 'Problem case' },
  inquiry: { zh: '咨询', en: 'Inquiry' },
  appointment: { zh: '预约', en: 'Appointment' },
  complaint: { zh: '投诉', en: 'Complaint' },
  agent: { zh: '业务员', en: 'Agent' },
  register: { zh: '登记', en: 'Register entry' },
};

/** Without a page, or out of scope: the type's name and the id — nothing read from the record itself. */
export function neutralLabel(entityType: string, entityId: string, locale: Locale): RecordRef {
  const names = TYPE_NAMES[entityType];
  const name = names ? (locale === 'en' ? names.en : names.zh) : entityType;
  return { label: `${name} ${entityId}`, href: null };
}

type Labeller = {
  /** What the caller must hold to see the record (its own read permission, in its own scope). */
  permission: Permission;
  /**
   * `select id, label` of the ids that exist and are in scope. The types asked for on one page
   * are read together, `union all`, in one statement: on a busy server a statement's round trip
   * costs more than the reading (see docs/PERFORMANCE.md, screens).
   */
  select(ids: number[], scope: Scope): RawBuilder<unknown>;
  href(id: number): string;
};

/** Record types with a page. A type added here is labelled and linked everywhere deadlines and notifications show. */
const LABELLERS: Record<string, Labeller> = {
  // 保单: internal number and policyholder.
  policy: {
    permission: 'policy.read',
    href: (id) => `/policies/${id}`,
    select: (ids, scope) => sql`
      select p.id, p.internal_no || ' ' || h.name as label from policy p join client h on h.id = p.policyholder_id
      where p.id = any(${ids}::int[]) and ${inScope('p.org_unit_id', scope)}`,
  },
  client: {
    permission: 'client.read',
    href: (id) => `/clients/${id}`,
    select: (ids, scope) => sql`select c.id, c.name as label from client c where c.id = any(${ids}::int[]) and ${inScope('c.org_unit_id', scope)}`,
  },
  // 保全申请: its number and the policyholder (tables of the servicing module, read by name).
  servicing: {
    permission: 'servicing.read',
    href: (id) => `/servicing/${id}`,
    select: (ids, scope) => sql`
      select s.id, s.request_no || ' ' || h.name as label
      from servicing_request s join policy p on p.id = s.policy_id join client h on h.id = p.policyholder_id
      where s.id = any(${ids}::int[]) and ${inScope('s.org_unit_id', scope)}`,
  },
};

const asId = (entityId: string): number | null => {
  if (!/^[1-9][0-9]{0,9}$/.test(entityId)) return null;
  const n = Number(entityId);
  return n <= MAX_ID ? n : null;
};

type Ref = { entityType: string | null; entityId: string | null };

/**
 * The human label and link of each record referred to, set-based: one statement for every record type,
 * within the caller's scope for that type's own read permission. A record out of scope (or gone)
 * reads like a type without a page: its type and id, no link — nothing of it leaks.
 */
export async function resolveRecords(ctx: Context, refs: readonly Ref[]): Promise<(entityType: string, entityId: string) => RecordRef> {
  const idsByType = new Map<string, Set<number>>();
  for (const { entityType, entityId } of refs) {
    if (!entityType || entityId === null || !LABELLERS[entityType]) continue;
    const id = asId(entityId);
    if (id === null) continue;
    const set = idsByType.get(entityType) ?? new Set<number>();
    set.add(id);
    idsByType.set(entityType, set);
  }
  const found = new Map<string, Map<number, string>>();
  const parts = [...idsByType].map(([type, ids]) => {
    const labeller = LABELLERS[type]!;
    const scope = ctx.actor ? ctx.actor.scopeFor(labeller.permission) : ctx.scope;
    found.set(type, new Map());
    return sql`select ${type}::text as type, l.id, l.label from (${labeller.select([...ids], scope)}) l`;
  });
  if (parts.length) {
    const { rows } = await sql<{ type: string; id: number; label: string }>`${sql.join(parts, sql` union all `)}`.execute(dbOf(ctx));
    for (const r of rows) found.get(r.type)!.set(r.id, r.label);
  }
  return (entityType, entityId) => {
    const id = asId(entityId);
    const label = id === null ? undefined : found.get(entityType)?.get(id);
    return label === undefined ? neutralLabel(entityType, entityId, ctx.locale) : { label, href: LABELLERS[entityType]!.href(id!) };
  };
}
