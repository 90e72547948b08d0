import { seededRandom, type Random } from '../../server/src/modules/demo/random.js';
import { exampleOf, type ExampleContext } from './example.js';
import { encodeText, queryValue, toJsonText } from './json-text.js';
import type { KnownRecords } from './known-records.js';
import { MUTATIONS, type Draft } from './mutations.js';
import { collectionOf, isUnsafe, type Method, type Operation } from './openapi.js';

export type Auth = 'user' | 'anonymous' | 'bad-csrf';

export type FuzzRequest = {
  index: number;
  /** The operation key, "GET /api/v1/clients/{id}". */
  op: string;
  /** What kind of bad input it carries (int-range, nul, bad-json, …), for grouping failures. */
  kind: string;
  /** Which part was changed and to what, for the report. */
  label: string;
  auth: Auth;
  method: Method;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

/** One generator per request, from the run's seed and the request's number. */
export function requestRandom(seed: number, index: number): Random {
  return seededRandom(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
}

export function generateRequest(op: Operation, index: number, rng: Random, known: KnownRecords): FuzzRequest {
  const ctx: ExampleContext = { rng, known };
  const segments: Record<string, string> = {};
  for (const p of op.pathParams) {
    const records = known.get(collectionOf(op.path, p.name)) ?? [];
    const record = records.length ? rng.pick(records) : undefined;
    if (record && ctx.version === undefined) ctx.version = record.version;
    segments[p.name] = encodeText(String(record ? record.id : exampleOf(p.schema, p.name, ctx)));
  }
  const query: [string, unknown][] = op.query
    .filter((q) => q.required || rng.next() < 0.5)
    .filter((q) => q.name !== 'cursor') // a made-up cursor is only ever refused; the mutations try those
    .map((q) => [q.name, exampleOf(q.schema, q.name, ctx)]);
  const draft: Draft = { segments, query, body: op.body ? exampleOf(op.body, '', ctx) : undefined, kind: 'valid', label: 'valid-ish' };

  const usable = MUTATIONS.filter((m) => m.applies(op));
  let roll = rng.next() * usable.reduce((sum, m) => sum + m.weight, 0);
  const mutation = usable.find((m) => (roll -= m.weight) < 0) ?? usable[0]!;
  mutation.apply(draft, op, rng);

  // Logout is sent without a session: logged in, it would end the fuzzing session. The password
  // change route is sent as usual: it needs the current password, which no generated input holds.
  const forcedAnonymous = op.key === 'POST /api/v1/auth/logout';
  const authRoll = rng.next();
  const auth: Auth = forcedAnonymous || authRoll < 0.08 ? 'anonymous' : isUnsafe(op.method) && authRoll < 0.13 ? 'bad-csrf' : 'user';
  const headers: Record<string, string> = {};
  if (rng.next() < 0.2) headers['accept-language'] = 'en';

  const payload = draft.payload ?? (draft.body === undefined ? undefined : toJsonText(draft.body));
  const contentType = draft.contentType === undefined ? (payload === undefined ? null : 'application/json') : draft.contentType;
  if (contentType !== null) headers['content-type'] = contentType;

  const queryText = draft.query.flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodeText(k)}=${encodeText(queryValue(x))}`)).join('&');
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => draft.segments[name] ?? '') + (queryText ? `?${queryText}` : '');
  return { index, op: op.key, kind: draft.kind, label: draft.label, auth, method: op.method, url, headers, payload };
}
