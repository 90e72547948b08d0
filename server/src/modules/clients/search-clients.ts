import { sql } from 'kysely';
import type { Context } from '../../platform/context/context.js';
import { inScope } from '../../platform/db/scoped.js';
import { perHandle } from '../../platform/db/per-handle.js';
import { blindIndex, isValidUnifiedSocialCreditCode, normaliseMobile } from '../../platform/pii/index.js';
import { looksLikeResidentId } from './client-rules.js';
import { toClient } from './find-clients.js';
import type { Client } from './clients.types.js';
import { pinyinTerm } from './name-keys.js';

export type MatchedBy = 'idNumber' | 'mobile' | 'mobileTail' | 'unifiedCreditCode' | 'name' | 'pinyin' | 'initials' | 'nameFuzzy';

/**
 * What a search term is: a resident ID, a credit code, a mobile, the last four digits of a
 * mobile (尾号), or else the start of a name (in latin letters: also of its pinyin).
 */
export function classifySearch(raw: string): { by: MatchedBy; value: string } {
  const q = raw.normalize('NFKC').trim();
  const compact = q.replace(/\s+/g, '').toUpperCase();
  if (/^\d{4}$/.test(compact)) return { by: 'mobileTail', value: compact };
  if (looksLikeResidentId(compact)) return { by: 'idNumber', value: compact };
  if (isValidUnifiedSocialCreditCode(compact)) return { by: 'unifiedCreditCode', value: compact };
  const mobile = normaliseMobile(q);
  if (mobile) return { by: 'mobile', value: mobile };
  // A passport or other document number: letters and digits only, with at least one digit.
  if (/^[A-Z0-9]{5,20}$/.test(compact) && /\d/.test(compact)) return { by: 'idNumber', value: compact };
  return { by: 'name', value: q };
}

// Names compare byte-wise (the "C" collation), as the indexes client_name_c_idx and
// client_org_name_c_idx keep them: a prefix is one index range, already in page order.
const NAME_ORDER = sql`lower(c.name) collate "C"`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The search's rows: the client and the names it shows (see searchClients). */
const searchBase = perHandle((db: Context['db']) =>
  db
    .selectFrom('client as c')
    .selectAll('c')
    .select((eb) => [
      eb.selectFrom('org_unit as o').select('o.name').whereRef('o.id', '=', 'c.org_unit_id').as('org_unit_name'),
      eb.selectFrom('org_unit as o').select('o.name_en').whereRef('o.id', '=', 'c.org_unit_id').as('org_unit_name_en'),
      eb.selectFrom('app_user as a').select('a.display_name').whereRef('a.id', '=', 'c.agent_id').as('agent_name'),
    ])
    .$narrowType<{ org_unit_name: string }>()); // org_unit_id is a non-null foreign key

/**
 * Search within scope with one box (客户查询): exact ID number or mobile through the blind
 * index (nothing is decrypted to search), the mobile's last four digits (尾号: what its masked
 * form shows anyway), exact credit code, or name prefix — a latin term also as the prefix of
 * the name's pinyin or initials (wangxiao, wxm → 王小明) — else fuzzy.
 */
export async function searchClients(
  ctx: Context,
  query: { q: string; limit?: number },
): Promise<{ matchedBy: MatchedBy; items: Client[] }> {
  const { db, keyring, scope } = ctx;
  const { by, value } = classifySearch(query.q);
  // The client table alone in FROM, the org unit's and agent's names as scalar subqueries:
  // PostgreSQL works them out for the rows of the page only (after the sort and limit), and
  // plans one table in a fraction of the time a four-way join takes — the planning was most of
  // an exact lookup's time at a million clients (bench/lookup.bench.ts).
  const base = () => searchBase(db).where(inScope('c.org_unit_id', scope)).where('c.merged_into_id', 'is', null);
  let q = base();
  if (by === 'idNumber') q = q.where('c.id_number_bidx', '=', blindIndex(keyring, { kind: 'idNumber', value }));
  else if (by === 'mobile') q = q.where('c.mobile_bidx', '=', blindIndex(keyring, { kind: 'mobile', value }));
  // 尾号: client_mobile_tail_idx (the expression must be written as the index has it).
  else if (by === 'mobileTail') q = q.where(sql<boolean>`right(c.mobile_masked, 4) = ${value}`);
  else if (by === 'unifiedCreditCode') q = q.where('c.unified_credit_code', '=', value);
  else q = q.where(sql<boolean>`${NAME_ORDER} like ${`${escapeLike(value.toLowerCase())}%`}`);
  const limit = query.limit ?? 20;
  let rows = await q.orderBy(NAME_ORDER).orderBy('c.id').limit(limit).execute();
  let matchedBy: MatchedBy = by;
  // 拼音 / 首字母: a latin term is also the start of a name's pinyin or initials. Each is one
  // range of its own index, read in its order (names, then full pinyin, then initials); the
  // first row tells how the best match was found.
  const latin = by === 'name' ? pinyinTerm(value) : null;
  if (latin && rows.length < limit) {
    const seen = new Set(rows.map((r) => r.id));
    const prefix = `${latin}%`;
    for (const [key, column] of [['pinyin', 'c.name_pinyin'], ['initials', 'c.name_initials']] as const) {
      if (rows.length >= limit) break;
      const more = await base().where(sql<boolean>`${sql.ref(column)} like ${prefix}`)
        .orderBy(column).orderBy('c.id').limit(limit).execute();
      const fresh = more.filter((r) => !seen.has(r.id));
      if (rows.length === 0 && fresh.length > 0) matchedBy = key;
      for (const r of fresh) seen.add(r.id);
      rows = [...rows, ...fresh].slice(0, limit);
    }
  }
  // One resident ID in 31 is also a valid credit code (both 18 characters): no person with that
  // ID number → the organisation with that code.
  if (by === 'idNumber' && rows.length === 0 && isValidUnifiedSocialCreditCode(value)) {
    rows = await base().where('c.unified_credit_code', '=', value).orderBy(NAME_ORDER).orderBy('c.id').limit(limit).execute();
    matchedBy = 'unifiedCreditCode';
  }
  // 模糊查询: no name starts so — the characters in order anywhere in the name (陈明 finds 陈小明,
  // 小明 finds 陈小明). Only then, and for two characters or more: it reads every name in scope.
  if (by === 'name' && rows.length === 0 && [...value].length >= 2) {
    const pattern = `%${[...value.toLowerCase().replace(/\s+/g, '')].map((c) => c.replace(/[\\%_]/, (x) => `\\${x}`)).join('%')}%`;
    rows = await base().where(sql<boolean>`lower(c.name) like ${pattern}`).orderBy(NAME_ORDER).orderBy('c.id').limit(limit).execute();
    matchedBy = 'nameFuzzy';
  }
  // Decrypted and masked: the page only.
  return { matchedBy, items: rows.map((r) => toClient(keyring, r)) };
}
