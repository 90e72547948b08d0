import { collectionOf, type Operation } from './openapi.js';

/**
 * Ids (and versions) of stored records, read from the list routes before fuzzing and learnt from
 * answers during it, so that mostly-valid requests name real records and reach the handler's
 * deeper checks instead of stopping at "not found".
 */
export type KnownRecord = { id: number | string; version?: number };
/** Collection path ("/api/v1/clients") → records listed there. */
export type KnownRecords = Map<string, KnownRecord[]>;

/** GET routes that list a collection and need nothing but optional query parameters. */
export function listOperations(ops: Operation[]): Operation[] {
  return ops.filter((op) => op.method === 'GET' && !op.pathParams.length && !op.query.some((q) => q.required) && !op.path.endsWith('.xlsx'));
}

/** The URL to read a list: as many items as the route allows in one page. */
export function listUrl(op: Operation): string {
  const limit = op.query.find((q) => q.name === 'limit')?.schema.maximum;
  return limit ? `${op.path}?limit=${Math.min(limit, 200)}` : op.path;
}

export function recordsIn(body: unknown): KnownRecord[] {
  const items = Array.isArray(body) ? body : Array.isArray((body as { items?: unknown })?.items) ? (body as { items: unknown[] }).items : [];
  return items.flatMap((item) => {
    const { id, version } = (item ?? {}) as { id?: unknown; version?: unknown };
    if (typeof id !== 'number' && typeof id !== 'string') return [];
    return [{ id, ...(typeof version === 'number' ? { version } : {}) }];
  });
}

/** After a successful write: a record created or changed there has a new version (or is new). */
export function learn(known: KnownRecords, op: Operation, body: unknown) {
  const { id, version } = (body ?? {}) as { id?: unknown; version?: unknown };
  if ((typeof id !== 'number' && typeof id !== 'string') || typeof version !== 'number') return;
  const first = op.pathParams[0];
  const collection = first ? collectionOf(op.path, first.name) : op.path;
  const records = known.get(collection);
  if (!records) return;
  const stored = records.find((r) => r.id === id);
  if (stored) stored.version = version;
  else if (!first && op.method === 'POST') records.push({ id, version });
}

// Names whose collection is not their own plural.
const ALIASES: Record<string, string> = { policyholder: 'clients', owner: 'users', actor: 'users' };

/** The collection an `…Id` field refers to: orgUnitId → …/org-units, relatedClientId → …/clients. */
export function collectionForField(name: string, known: KnownRecords): string | undefined {
  if (!/Id$/.test(name)) return undefined;
  const words = name.replace(/Id$/, '').split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const kebab = words.slice(i).join('-');
    const plural = ALIASES[kebab] ?? (kebab.endsWith('y') ? `${kebab.slice(0, -1)}ies` : `${kebab}s`);
    const match = [...known.keys()].find((path) => path.endsWith(`/${plural}`) && known.get(path)!.length);
    if (match) return match;
  }
  return undefined;
}
