import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Keyring } from '../../platform/pii/index.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import type { BeneficiaryDraft, PolicyDraft } from './policy-rules.js';
import { sealPartyIdNumber } from './policy-rules.js';
import type { BeneficiaryInput } from './policies.types.js';
import type { Static } from '@sinclair/typebox';

type Beneficiary = Static<typeof BeneficiaryInput>;

export const toBeneficiaryDrafts = (list: Beneficiary[]): BeneficiaryDraft[] =>
  list.map((b) => ({ clientId: b.clientId ?? null, name: b.name ?? null, idNumber: b.idNumber ?? null, relation: b.relation, rank: b.rank ?? 1, share: b.share }));

/**
 * Relation problems only for insured whose client was found: a missing client is the one error
 * to fix in that row.
 */
export const relationProblemsOf = (relationProblems: FieldProblem[], refProblems: FieldProblem[]) => {
  const unresolved = new Set(refProblems.map((p) => p.path));
  if (unresolved.has('policyholderId')) return [];
  return relationProblems.filter((p) => !unresolved.has(p.path.replace(/\.relation$/, '.clientId')));
};

/** The client references of a draft, with the form path of each (for field errors). */
export function clientRefsOf(policyholderId: number, d: Pick<PolicyDraft, 'insured' | 'beneficiaries'>) {
  return [
    { path: 'policyholderId', clientId: policyholderId },
    ...d.insured.map((p, i) => ({ path: `insured.${i}.clientId`, clientId: p.clientId })),
    ...d.beneficiaries.flatMap((b, i) => (b.clientId === null ? [] : [{ path: `beneficiaries.${i}.clientId`, clientId: b.clientId }])),
  ];
}

/** Write the parties of a policy (replacing any before), names copied from the archive. */
export async function writeParties(trx: Transaction<DB>, keyring: Keyring, policyId: number, d: Pick<PolicyDraft, 'insured' | 'beneficiaries'>) {
  await trx.deleteFrom('policy_party').where('policy_id', '=', policyId).execute();
  const ids = [...new Set([...d.insured.map((p) => p.clientId), ...d.beneficiaries.flatMap((b) => (b.clientId === null ? [] : [b.clientId]))])];
  const names = new Map(
    ids.length ? (await trx.selectFrom('client').select(['id', 'name']).where('id', 'in', ids).execute()).map((c) => [c.id, c.name]) : [],
  );
  const rows = [
    ...d.insured.map((p, i) => ({
      policy_id: policyId, role: 'insured' as const, client_id: p.clientId, name: names.get(p.clientId) ?? '', relation_to_insured: p.relation,
      id_number_enc: null, id_number_bidx: null, rank: null, share: null, position: i,
    })),
    ...d.beneficiaries.map((b, i) => ({
      policy_id: policyId, role: 'beneficiary' as const, client_id: b.clientId, name: b.clientId !== null ? names.get(b.clientId) ?? '' : b.name!,
      relation_to_insured: b.relation, ...(b.clientId === null ? sealPartyIdNumber(keyring, b.idNumber) : { id_number_enc: null, id_number_bidx: null }),
      rank: b.rank, share: b.share, position: i,
    })),
  ];
  if (rows.length) await trx.insertInto('policy_party').values(rows).execute();
}
