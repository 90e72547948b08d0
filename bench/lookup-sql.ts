import { Scope } from '../server/src/platform/authz/scope.js';
import { systemContext } from '../server/src/platform/context/context.js';
import type { Keyring } from '../server/src/platform/pii/index.js';
import { createServices } from '../server/src/services.js';
import { searchClients } from '../server/src/modules/clients/search-clients.js';
import { listPolicies } from '../server/src/modules/policies/find-policies.js';
import { parameterRoles, parametersFor, recordingDb, tableAlone, type ParameterRole } from './production-sql.js';

// The raw side of `lookup`: the statement the product sends, cut to the searched table alone
// (no names beside the rows, no query builder at run time, nothing decrypted or masked). Taken
// from searchClients() / listPolicies() themselves, so its WHERE, ORDER BY and LIMIT are the
// product's and cannot drift from them.

export type RawLookup = { text: string; roles: ParameterRole[] };
export type LookupValues = { scope: readonly number[]; key: string; limit: number };

/**
 * What searchClients() sends for the term `q` in `scope` (the first statement: the exact or
 * prefix lookup), on the client table alone. `key` is the value the raw side binds for the
 * term: the blind index of a mobile or ID number, `prefix%` for a name.
 */
export async function clientRawLookup(keyring: Keyring, q: string, sample: LookupValues): Promise<RawLookup> {
  const { db, statements } = recordingDb();
  const ctx = systemContext({ ...createServices(db), db, keyring }, { scope: Scope.of([...sample.scope]) });
  await searchClients(ctx, { q, limit: sample.limit });
  const [first] = statements;
  if (!first) throw new Error('searchClients() sent no statement');
  return { text: tableAlone(first.sql, 'client', 'c'), roles: parameterRoles(first.parameters, sample) };
}

/** What listPolicies({ number: q, limit }) sends, on the policy table alone (`sample.limit` = limit + 1: the page and one to tell if there is more). */
export async function policyRawLookup(keyring: Keyring, q: string, sample: LookupValues): Promise<RawLookup> {
  const { db, statements } = recordingDb();
  await listPolicies(db, Scope.of([...sample.scope]), { number: q, limit: sample.limit - 1 });
  const [first] = statements;
  if (!first) throw new Error('listPolicies() sent no statement');
  return { text: tableAlone(first.sql, 'policy', 'p'), roles: parameterRoles(first.parameters, sample) };
}

export function rawValues(raw: RawLookup, values: LookupValues): unknown[] {
  return parametersFor(raw.roles, values);
}
