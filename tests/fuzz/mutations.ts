/** The ways a valid-looking request is made bad: one part at a time, so each failure has one cause. */

import type { Random } from '../../server/src/modules/demo/random.js';
import { concrete, deleteAt, exampleOf, fit, isDateField, setAt, slotsOf } from './example.js';
import { describeValue, encodeText, shorten, toJsonText } from './json-text.js';
import {
  ANY_BAD, BAD_JSON, BOOL_BAD, CURSOR_BAD, DATE_BAD, DATETIME_BAD, INT_BAD, PATH_BAD, STRING_BAD, STRUCTURE_BAD, WRONG_CONTENT_TYPES, type Bad,
} from './nasty-values.js';
import { isUnsafe, type Operation, type Schema } from './openapi.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Draft = {
  segments: Record<string, string>;
  query: [string, unknown][];
  body: unknown;
  /** Set by mutations that replace the JSON text. Content type: application/json unless set; null: no header. */
  payload?: string | Buffer;
  contentType?: string | null;
  kind: string;
  label: string;
};

type Mutation = { weight: number; applies(op: Operation): boolean; apply(d: Draft, op: Operation, rng: Random): void };

export const MUTATIONS: Mutation[] = [
  { weight: 6, applies: () => true, apply: (d) => Object.assign(d, { kind: 'valid', label: 'valid-ish' }) },
  { weight: 14, applies: (op) => op.pathParams.length > 0, apply: mutatePath },
  { weight: 12, applies: (op) => op.query.length > 0, apply: mutateQuery },
  { weight: 3, applies: (op) => op.query.length > 0, apply: reshapeQuery },
  { weight: 30, applies: (op) => op.body !== undefined, apply: mutateBodyField },
  { weight: 5, applies: (op) => op.body !== undefined, apply: dropRequired },
  { weight: 6, applies: (op) => op.body !== undefined, apply: replaceBody },
  { weight: 4, applies: (op) => isUnsafe(op.method), apply: protoKeys },
  { weight: 6, applies: (op) => isUnsafe(op.method), apply: badJson },
  { weight: 6, applies: (op) => isUnsafe(op.method), apply: wrongContentType },
  { weight: 10, applies: (op) => isUnsafe(op.method) && op.body === undefined, apply: rawBody },
  { weight: 1, applies: (op) => isUnsafe(op.method), apply: oversize },
];

function mutatePath(d: Draft, op: Operation, rng: Random) {
  const p = rng.pick(op.pathParams);
  const s = concrete(p.schema);
  const pool = [...PATH_BAD];
  if (isDateField(p.name, s)) pool.push(...DATE_BAD.map((b) => ({ kind: b.kind, segment: encodeText(String(b.value)) })));
  if (s.maximum !== undefined) pool.push({ kind: 'schema-range', segment: String(s.maximum + 1) });
  if (s.minimum !== undefined) pool.push({ kind: 'schema-range', segment: String(s.minimum - 1) });
  const bad = rng.pick(pool);
  d.segments[p.name] = bad.segment;
  Object.assign(d, { kind: bad.kind, label: `path ${p.name} ← ${shorten(bad.segment)}` });
}

function mutateQuery(d: Draft, op: Operation, rng: Random) {
  const q = rng.pick(op.query);
  const bad = badFor(q.schema, q.name, rng);
  d.query = [...d.query.filter(([k]) => k !== q.name), [q.name, bad.value]];
  Object.assign(d, { kind: bad.kind, label: `query ${q.name} ← ${describeValue(bad.value)}` });
}

function reshapeQuery(d: Draft, op: Operation, rng: Random) {
  const required = op.query.filter((q) => q.required);
  const choice = rng.int(0, 2);
  if (choice === 0 && required.length) {
    const q = rng.pick(required);
    d.query = d.query.filter(([k]) => k !== q.name);
    Object.assign(d, { kind: 'missing-required', label: `query ${q.name} missing` });
  } else if (choice === 1 && d.query.length) {
    const [k, v] = rng.pick(d.query);
    d.query.push([k, v], [k, 'fuzz']);
    Object.assign(d, { kind: 'repeated-param', label: `query ${k} repeated` });
  } else {
    const bad = rng.pick(ANY_BAD);
    d.query.push(['__proto__', bad.value], ['fuzzUnknown', bad.value]);
    Object.assign(d, { kind: 'proto-keys', label: `query __proto__ and an unknown name ← ${describeValue(bad.value)}` });
  }
}

function mutateBodyField(d: Draft, op: Operation, rng: Random) {
  const slots = slotsOf(d.body, op.body!);
  if (!slots.length) return replaceBody(d, op, rng);
  const slot = rng.pick(slots);
  const bad = badFor(slot.schema, slot.name, rng);
  setAt(d.body, slot.path, bad.value);
  Object.assign(d, { kind: bad.kind, label: `body.${slot.path.join('.')} ← ${describeValue(bad.value)}` });
}

function dropRequired(d: Draft, op: Operation, rng: Random) {
  const withRequired = slotsOf(d.body, op.body!).filter((slot) => typeof slot.path[slot.path.length - 1] === 'string');
  if (!withRequired.length) return replaceBody(d, op, rng);
  const slot = rng.pick(withRequired);
  deleteAt(d.body, slot.path);
  Object.assign(d, { kind: 'missing-required', label: `body.${slot.path.join('.')} missing` });
}

function replaceBody(d: Draft, _op: Operation, rng: Random) {
  const bad = rng.pick([...STRUCTURE_BAD, ...STRING_BAD, ...INT_BAD]);
  d.body = bad.value;
  Object.assign(d, { kind: bad.kind, label: `body ← ${describeValue(bad.value)}` });
}

function protoKeys(d: Draft, _op: Operation, rng: Random) {
  const text = d.body && typeof d.body === 'object' && !Array.isArray(d.body) ? toJsonText(d.body) : '{}';
  const key = rng.pick(['"__proto__":{"polluted":true}', '"constructor":{"prototype":{"polluted":true}}']);
  d.payload = text === '{}' ? `{${key}}` : `{${key},${text.slice(1)}`;
  Object.assign(d, { kind: 'proto-keys', label: `body with ${key}` });
}

function badJson(d: Draft, _op: Operation, rng: Random) {
  d.payload = rng.pick(BAD_JSON);
  d.contentType = 'application/json';
  const shown = Buffer.isBuffer(d.payload) ? `bytes ${d.payload.toString('hex')}` : describeValue(d.payload);
  Object.assign(d, { kind: 'bad-json', label: `JSON text ${shown}` });
}

function wrongContentType(d: Draft, _op: Operation, rng: Random) {
  const type = rng.pick(WRONG_CONTENT_TYPES);
  d.payload = toJsonText(d.body ?? {});
  d.contentType = type ?? null;
  Object.assign(d, { kind: 'content-type', label: `content type ${type === undefined ? '(none)' : JSON.stringify(type)}` });
}

function rawBody(d: Draft, _op: Operation, rng: Random) {
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => rng.int(0, 255)));
  const [type, payload, what] = rng.pick<[string | null, string | Buffer, string]>([
    ['application/octet-stream', bytes(rng.int(1, 2000)), 'random bytes'],
    [XLSX, Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes(rng.int(10, 500))]), 'a broken zip'],
    ['application/vnd.ms-excel', bytes(64), 'random bytes'],
    ['text/csv', '姓名,手机\n\u0000,\ud800\n"unterminated', 'csv with NUL and a lone surrogate'],
    ['text/csv', `\ufeff${'a,b,c\n'.repeat(2000)}`, 'csv of unknown columns'],
    ['text/csv', Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2c, 0xff, 0x0a]), 'GB18030-ish bytes'],
    ['application/json', '{}', 'an empty object'],
    [null, '', 'an empty body without a type'],
  ]);
  d.payload = payload;
  d.contentType = type;
  Object.assign(d, { kind: 'raw-body', label: `raw body: ${what} as ${type ?? '(no type)'}` });
}

function oversize(d: Draft) {
  d.payload = `{"fuzz":"${'x'.repeat(2_500_000)}"}`;
  d.contentType = 'application/json';
  Object.assign(d, { kind: 'oversize', label: 'a 2.5 MB JSON body' });
}

/** A bad value for a field of this schema: mostly its own type's, sometimes anything, sometimes an edge that is valid. */
export function badFor(schema: Schema, name: string, rng: Random): Bad {
  const s = concrete(schema);
  const roll = rng.next();
  if (name === 'cursor' && roll < 0.6) return rng.pick(CURSOR_BAD);
  if (roll < 0.15) return edgeValid(s, name, rng);
  if (roll < 0.35) return rng.pick(ANY_BAD);
  const pool: Bad[] = [];
  if (s.type === 'integer' || s.type === 'number') {
    pool.push(...INT_BAD);
    if (s.maximum !== undefined) pool.push({ kind: 'schema-range', value: s.maximum + 1 });
    if (s.minimum !== undefined) pool.push({ kind: 'schema-range', value: s.minimum - 1 });
  } else if (s.type === 'string' || s.enum) {
    if (s.format === 'date-time') pool.push(...DATETIME_BAD);
    else if (isDateField(name, s)) pool.push(...DATE_BAD);
    if (s.enum) pool.push(...s.enum.filter((v) => typeof v === 'string').flatMap((v) => [`${v} `, v.toUpperCase(), `${v}\u0000`]).map((value) => ({ kind: 'enum', value })));
    if (s.maxLength !== undefined) pool.push({ kind: 'schema-range', value: 'x'.repeat(s.maxLength + 1) });
    pool.push(...STRING_BAD);
  } else if (s.type === 'boolean') pool.push(...BOOL_BAD);
  else pool.push(...STRUCTURE_BAD);
  return rng.pick(pool);
}

/** A value the schema accepts, at its edges: longest strings of wide characters, bounds, leap days. */
function edgeValid(s: Schema, name: string, rng: Random): Bad {
  const edge = (value: unknown): Bad => ({ kind: 'edge-valid', value });
  if (s.enum) return edge(rng.pick(s.enum));
  if (s.type === 'integer' || s.type === 'number') {
    const candidates = [s.minimum, s.maximum, 2147483647, -2147483648].filter(
      (v): v is number => v !== undefined && v >= (s.minimum ?? -Infinity) && v <= (s.maximum ?? Infinity),
    );
    return edge(candidates.length ? rng.pick(candidates) : 0);
  }
  if (s.type === 'string') {
    if (s.format === 'date-time') return edge(rng.pick(['1970-01-01T00:00:00Z', '2026-03-08T23:59:59+08:00', '2099-12-31T23:59:59.999Z']));
    if (isDateField(name, s)) return edge(rng.pick(['2024-02-29', '1970-01-01', '2000-01-01', '2099-12-31', '1950-01-01']));
    if (s.pattern || s.format) return edge(exampleOf(s, name, { rng, known: new Map() }));
    const max = Math.min(s.maxLength ?? 300, 5000);
    return edge(rng.pick([fit('字'.repeat(max), s), fit('😀'.repeat(max), s), fit('\u202e模糊'.repeat(max), s), fit('', s)]));
  }
  if (s.type === 'boolean') return edge(rng.next() < 0.5);
  if (s.type === 'array' && s.items) {
    const count = Math.min(s.maxItems ?? 50, 200);
    return edge(Array.from({ length: rng.pick([s.minItems ?? 0, count]) }, () => exampleOf(s.items!, name, { rng, known: new Map() })));
  }
  return edge({});
}
