import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import { inScope } from '../../platform/db/scoped.js';
import { AppError, type FieldProblem } from '../../platform/http/errors.js';
import { checkClientRefs } from '../clients/client-refs.js';
import type { LineOfBusiness, TermType } from '../catalog/catalog.tables.js';

export type ProductInfo = { id: number; name: string; lineOfBusiness: LineOfBusiness; termType: TermType; renewable: boolean };

/**
 * The records a policy names must exist, be active and lie within the caller's scope: the org
 * unit, the agent, the insurer and product, and every client (policyholder, insured, named
 * beneficiaries). A merged-away client is refused with the survivor's number.
 */
export async function checkPolicyRefs(
  trx: Transaction<DB>,
  scope: Scope,
  refs: {
    orgUnitId?: number;
    agentId?: number | null;
    insurerId: number;
    productId: number | null;
    clients: { path: string; clientId: number }[];
  },
): Promise<{ problems: FieldProblem[]; product: ProductInfo | null }> {
  const problems = await checkClientRefs(trx, scope, { orgUnitId: refs.orgUnitId, agentId: refs.agentId });
  const insurer = await trx.selectFrom('insurer').select('id').where('id', '=', refs.insurerId).where('active', '=', true).executeTakeFirst();
  if (!insurer) problems.push({ path: 'insurerId', reason: 'insurerNotActive' });

  let product: ProductInfo | null = null;
  if (refs.productId !== null) {
    const row = await trx
      .selectFrom('product')
      .select(['id', 'name', 'line_of_business', 'term_type', 'renewable'])
      .where('id', '=', refs.productId).where('insurer_id', '=', refs.insurerId).where('active', '=', true)
      .executeTakeFirst();
    if (!row) problems.push({ path: 'productId', reason: 'productNotFound' });
    else product = { id: row.id, name: row.name, lineOfBusiness: row.line_of_business, termType: row.term_type, renewable: row.renewable };
  }

  const ids = [...new Set(refs.clients.map((c) => c.clientId))];
  if (ids.length) {
    const found = await trx
      .selectFrom('client').select(['id', 'merged_into_id'])
      .where('id', 'in', ids).where(inScope('client.org_unit_id', scope))
      .execute();
    const byId = new Map(found.map((c) => [c.id, c]));
    for (const ref of refs.clients) {
      const c = byId.get(ref.clientId);
      if (!c) problems.push({ path: ref.path, reason: 'clientNotFound' });
      else if (c.merged_into_id !== null) problems.push({ path: ref.path, reason: 'clientMerged', params: { id: c.merged_into_id } });
    }
  }
  return { problems, product };
}

/**
 * 保单号 + 保险公司 is unique (R-PO-6: re-registering creates no duplicate). Within the scope the
 * existing record is named; outside it only the fact is told.
 */
export async function checkPolicyNumberFree(
  trx: Transaction<DB>,
  scope: Scope,
  p: { insurerId: number; policyNumber: string; exceptId?: number },
): Promise<void> {
  let q = trx.selectFrom('policy').select(['id', 'internal_no', 'org_unit_id'])
    .where('insurer_id', '=', p.insurerId).where('policy_number', '=', p.policyNumber);
  if (p.exceptId !== undefined) q = q.where('id', '<>', p.exceptId);
  const same = await q.executeTakeFirst();
  if (!same) return;
  const visible = scope.includes(same.org_unit_id);
  throw new AppError(409, 'DUPLICATE_RECORD', {
    fields: [visible
      ? { path: 'policyNumber', reason: 'duplicatePolicyNumber', params: { internalNo: same.internal_no } }
      : { path: 'policyNumber', reason: 'duplicatePolicyNumberElsewhere' }],
    details: visible ? { existingId: same.id } : {},
  });
}

/** 内部编号 (R-PO-3): `<org unit code>-<year>-<6-digit sequence>`, one sequence per unit and year. */
export async function nextInternalNo(trx: Transaction<DB>, orgUnitId: number, year: number): Promise<string> {
  const { last } = await trx
    .insertInto('policy_number_seq')
    .values({ org_unit_id: orgUnitId, year, last: 1 })
    .onConflict((oc) => oc.columns(['org_unit_id', 'year']).doUpdateSet((eb) => ({ last: eb('policy_number_seq.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  const org = await trx.selectFrom('org_unit').select('code').where('id', '=', orgUnitId).executeTakeFirstOrThrow();
  return `${org.code}-${year}-${String(last).padStart(6, '0')}`;
}
