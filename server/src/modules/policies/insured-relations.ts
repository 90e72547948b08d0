// 被保险人与投保人关系: what each insured is to the policyholder. Never assumed: the policyholder
// insuring themselves is 'self' (and only they are), anyone else's relation comes from the
// household links of the client archive (R-CL-3) or must be given.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { FieldProblem } from '../../platform/http/errors.js';
import '../clients/clients.tables.js';
import type { LinkRelation } from '../clients/clients.tables.js';
import type { PartyRelation } from './policies.tables.js';

// A link (client A, related B, R) says B is A's R; read from B's side it is the inverse.
const INVERSE: Record<LinkRelation, LinkRelation> = {
  spouse: 'spouse', child: 'parent', parent: 'child', employer: 'employee', employee: 'employer', other: 'other',
};
const AS_PARTY: Record<LinkRelation, PartyRelation> = {
  spouse: 'spouse', child: 'child', parent: 'parent', employer: 'other', employee: 'other', other: 'other',
};

/** One link between a policyholder and an insured; `insuredIsRelated`: stored from the policyholder's side. */
export type HouseholdLink = { insuredIsRelated: boolean; relation: LinkRelation };

/**
 * The insured's relation to the policyholder from the links between the two: a family relation
 * when the links name exactly one, 'other' when they name only non-family ones (an employee),
 * null when there is no link or two family relations disagree.
 */
export function relationFromLinks(links: HouseholdLink[]): PartyRelation | null {
  const found = new Set(links.map((l) => AS_PARTY[l.insuredIsRelated ? l.relation : INVERSE[l.relation]]));
  const family = [...found].filter((r) => r !== 'other');
  if (family.length === 1) return family[0]!;
  return family.length === 0 && found.size ? 'other' : null;
}

const pairKey = (policyholderId: number, insuredId: number) => `${policyholderId}|${insuredId}`;
const CHUNK = 10_000;

/** For each (policyholder, insured) pair of different clients: the relation the links give, or null. One query per 10,000 pairs. */
export async function findLinkedRelations(
  db: Kysely<DB> | Transaction<DB>,
  pairs: { policyholderId: number; insuredId: number }[],
): Promise<Map<string, PartyRelation | null>> {
  const wanted = [...new Map(pairs.filter((p) => p.policyholderId !== p.insuredId).map((p) => [pairKey(p.policyholderId, p.insuredId), p])).values()];
  const links = new Map<string, HouseholdLink[]>(wanted.map((p) => [pairKey(p.policyholderId, p.insuredId), []]));
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const chunk = wanted.slice(i, i + CHUNK);
    const { rows } = await sql<{ holder: number; insured: number; relation: LinkRelation; insured_is_related: boolean }>`
      select p.holder, p.insured, l.relation, (l.client_id = p.holder) as insured_is_related
      from unnest(${chunk.map((p) => p.policyholderId)}::int[], ${chunk.map((p) => p.insuredId)}::int[]) as p (holder, insured)
      join client_link l on (l.client_id = p.holder and l.related_client_id = p.insured) or (l.client_id = p.insured and l.related_client_id = p.holder)`.execute(db);
    for (const r of rows) links.get(pairKey(r.holder, r.insured))!.push({ insuredIsRelated: r.insured_is_related, relation: r.relation });
  }
  return new Map([...links].map(([key, list]) => [key, relationFromLinks(list)]));
}

export type RelationProblem = { index: number; reason: 'insuredRelationRequired' | 'relationSelfNotPolicyholder' | 'relationMustBeSelf' };

/**
 * Every insured's relation: as given, else 'self' for the policyholder, else from the links.
 * Problems for a relation that cannot be derived and for 'self' on the wrong person; a relation
 * with a problem is returned as null.
 */
export function settleInsuredRelations(
  policyholderId: number,
  insured: { clientId: number; relation: PartyRelation | null }[],
  linked: Map<string, PartyRelation | null>,
): { relations: (PartyRelation | null)[]; problems: RelationProblem[] } {
  const problems: RelationProblem[] = [];
  const relations = insured.map(({ clientId, relation }, index): PartyRelation | null => {
    if (clientId === policyholderId) {
      if (relation === null || relation === 'self') return 'self';
      problems.push({ index, reason: 'relationMustBeSelf' });
      return null;
    }
    if (relation === 'self') {
      problems.push({ index, reason: 'relationSelfNotPolicyholder' });
      return null;
    }
    const settled = relation ?? linked.get(pairKey(policyholderId, clientId)) ?? null;
    if (settled === null) problems.push({ index, reason: 'insuredRelationRequired' });
    return settled;
  });
  return { relations, problems };
}

/**
 * The insured of a form (intake or edit) with their relations settled; problems on
 * `insured.N.relation`. A relation with a problem stands as 'other' in the draft, which is refused anyway.
 */
export async function insuredWithRelations(
  trx: Transaction<DB>,
  policyholderId: number,
  list: { clientId: number; relation?: PartyRelation | null }[],
): Promise<{ insured: { clientId: number; relation: PartyRelation }[]; problems: FieldProblem[] }> {
  const given = list.map((p) => ({ clientId: p.clientId, relation: p.relation ?? null }));
  const linked = await findLinkedRelations(trx, given.map((p) => ({ policyholderId, insuredId: p.clientId })));
  const { relations, problems } = settleInsuredRelations(policyholderId, given, linked);
  return {
    insured: given.map((p, i) => ({ clientId: p.clientId, relation: relations[i] ?? 'other' })),
    problems: problems.map((p) => ({ path: `insured.${p.index}.relation`, reason: p.reason })),
  };
}
