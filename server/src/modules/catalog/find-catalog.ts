import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { dbOf, type Context, type TxContext } from '../../platform/context/context.js';
import { notFound } from '../../platform/http/errors.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import type { Locale } from '../../platform/http/locale.js';
import { checkProduct, renderWarnings } from './product-rules.js';
import {
  toInsurer, toProduct, type Insurer, type ListInsurersQuery, type ListProductsQuery, type Product, type ProductWithWarnings,
} from './catalog.types.js';

// The catalogue is company-wide reference data: no org scope, every signed-in user reads it.
type Db = Kysely<DB> | Transaction<DB>;
/** Inside a transaction, read in it. */

/** `prefix%` for LIKE, with the caller's own wildcards taken literally. */
const prefixPattern = (q: string) => `${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listInsurers(ctx: Context, query: ListInsurersQuery) {
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor);
  let q = ctx.db.selectFrom('insurer').selectAll();
  if (query.active !== undefined) q = q.where('active', '=', query.active);
  if (query.q?.trim()) {
    const like = prefixPattern(query.q);
    q = q.where((eb) => eb.or([eb('name', 'ilike', like), eb('name_en', 'ilike', like), eb('code', 'ilike', like)]));
  }
  if (cursor) q = q.where('id', '>', cursor.id);
  const rows = await q.orderBy('id').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ key: r.id, id: r.id }), toInsurer);
}

export async function getInsurer(ctx: Context | TxContext, id: number): Promise<Insurer> {
  const row = await dbOf(ctx).selectFrom('insurer').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toInsurer(row);
}

function productQuery(db: Db) {
  return db
    .selectFrom('product as p')
    .innerJoin('insurer as i', 'i.id', 'p.insurer_id')
    .selectAll('p')
    .select(['i.code as insurer_code', 'i.name as insurer_name', 'i.name_en as insurer_name_en']);
}

/** Products, filterable by insurer, line of business, term and state; `q` is a name or code prefix. */
export async function listProducts(ctx: Context, query: ListProductsQuery) {
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor);
  let q = productQuery(ctx.db);
  if (query.insurerId) q = q.where('p.insurer_id', '=', query.insurerId);
  if (query.lineOfBusiness) q = q.where('p.line_of_business', '=', query.lineOfBusiness);
  if (query.termType) q = q.where('p.term_type', '=', query.termType);
  if (query.active !== undefined) q = q.where('p.active', '=', query.active);
  if (query.q?.trim()) {
    const like = prefixPattern(query.q);
    q = q.where((eb) => eb.or([eb('p.name', 'ilike', like), eb('p.name_en', 'ilike', like), eb('p.code', 'ilike', like)]));
  }
  if (cursor) q = q.where('p.id', '>', cursor.id);
  const rows = await q.orderBy('p.id').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ key: r.id, id: r.id }), toProduct);
}

export async function getProduct(ctx: Context | TxContext, id: number): Promise<Product> {
  const row = await productQuery(dbOf(ctx)).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toProduct(row);
}

/** A product with what its figures deserve a second look at, in the reader's language. */
export function withWarnings(product: Product, locale: Locale): ProductWithWarnings {
  return { ...product, warnings: renderWarnings(checkProduct(product).warnings, locale) };
}
