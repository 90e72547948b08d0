import type { Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { notFound } from '../../platform/http/errors.js';
import { findLinks } from '../clients/find-clients.js';
import type { HouseholdRelation, Member } from './analyse-coverage.js';
import { HOUSEHOLD_RULE } from './coverage-rules.data.js';

const IN_HOUSEHOLD = new Set<string>(HOUSEHOLD_RULE.relations);
const ORDER: Record<HouseholdRelation, number> = { self: 0, spouse: 1, child: 2, parent: 3 };

/**
 * The household of a client for the coverage review (COV-1, R-CL-3): the client, linked spouse,
 * children and parents, and the spouse's linked children. The client must be in scope (else 404);
 * linked members outside it are left out, as findLinks does. Merged-away archives are not people.
 */
export async function findHousehold(ctx: Context, clientId: number): Promise<Member[]> {
  const { db, scope } = ctx;
  const self = await db
    .selectFrom('client')
    .select(['id', 'kind'])
    .where('id', '=', clientId)
    .where(inScope('org_unit_id', scope))
    .executeTakeFirst();
  if (!self) throw notFound();

  const relationOf = new Map<number, HouseholdRelation>([[clientId, 'self']]);
  if (self.kind === 'person') {
    const links = (await findLinks(db, scope, clientId)).filter((l) => IN_HOUSEHOLD.has(l.relation));
    for (const l of links) if (!relationOf.has(l.clientId)) relationOf.set(l.clientId, l.relation as HouseholdRelation);
    for (const spouse of links.filter((l) => l.relation === 'spouse')) {
      for (const l of await findLinks(db, scope, spouse.clientId)) {
        if (l.relation === 'child' && !relationOf.has(l.clientId)) relationOf.set(l.clientId, 'child');
      }
    }
  }

  const rows = await db
    .selectFrom('client')
    .select(['id', 'kind', 'name', 'gender', 'birth_date', 'merged_into_id'])
    .where('id', 'in', [...relationOf.keys()])
    .where(inScope('org_unit_id', scope))
    .execute();
  return rows
    .filter((r) => r.id === clientId || (r.kind === 'person' && r.merged_into_id === null))
    .map((r) => ({ clientId: r.id, name: r.name, relation: relationOf.get(r.id)!, kind: r.kind, gender: r.gender, birthDate: r.birth_date }))
    .sort((a, b) => ORDER[a.relation] - ORDER[b.relation] || (a.birthDate ?? '9999').localeCompare(b.birthDate ?? '9999') || a.clientId - b.clientId);
}
