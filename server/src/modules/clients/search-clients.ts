import { sql } from 'kysely';
import type { Scope } from '../../platform/authz/scope.js';
import { blindIndex, isValidUnifiedSocialCreditCode, normaliseMobile, type Keyring } from '../../platform/pii/index.js';
import { looksLikeResidentId } from './client-rules.js';
import { clientQuery, toClient, type Db } from './find-clients.js';
import type { Client } from './clients.types.js';

export type MatchedBy = 'idNumber' | 'mobile' | 'unifiedCreditCode' | 'name';

/** What a search term is: a resident ID, a credit code, a mobile, or else the start of a name. */
export function classifySearch(raw: string): { by: MatchedBy; value: string } {
  const q = raw.normalize('NFKC').trim();
  const compact = q.replace(/\s+/g, '').toUpperCase();
  if (looksLikeResidentId(compact)) return { by: 'idNumber', value: compact };
  if (isValidUnifiedSocialCreditCode(compact)) return { by: 'unifiedCreditCode', value: compact };
  const mobile = normaliseMobile(q);
  if (mobile) return { by: 'mobile', value: mobile };
  // A passport or other document number: letters and digits only, with at least one digit.
  if (/^[A-Z0-9]{5,20}$/.test(compact) && /\d/.test(compact)) return { by: 'idNumber', value: compact };
  return { by: 'name', value: q };
}

/**
 * Search within scope with one box (客户查询): exact ID number or mobile through the blind
 * index (nothing is decrypted to search), exact credit code, or name prefix.
 */
export async function searchClients(
  db: Db,
  keyring: Keyring,
  scope: Scope,
  query: { q: string; limit?: number },
): Promise<{ matchedBy: MatchedBy; items: Client[] }> {
  const { by, value } = classifySearch(query.q);
  let q = clientQuery(db, scope).where('c.merged_into_id', 'is', null);
  if (by === 'idNumber') q = q.where('c.id_number_bidx', '=', blindIndex(keyring, { kind: 'idNumber', value }));
  else if (by === 'mobile') q = q.where('c.mobile_bidx', '=', blindIndex(keyring, { kind: 'mobile', value }));
  else if (by === 'unifiedCreditCode') q = q.where('c.unified_credit_code', '=', value);
  else {
    const prefix = `${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Matches the text_pattern_ops index on lower(name).
    q = q.where(sql<boolean>`lower(c.name) like ${prefix}`);
  }
  const rows = await q.orderBy(sql`lower(c.name)`).orderBy('c.id').limit(query.limit ?? 20).execute();
  return { matchedBy: by, items: rows.map((r) => toClient(keyring, r)) };
}
