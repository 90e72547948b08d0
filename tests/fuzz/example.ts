import type { Random } from '../../server/src/modules/demo/random.js';
import { collectionForField, type KnownRecords } from './known-records.js';
import type { Schema } from './openapi.js';

/**
 * A valid-looking value for a schema: enums, formats, bounds and required fields respected, ids
 * of stored records where a field names one. The generator mutates one part of it at a time.
 */
export type ExampleContext = { rng: Random; known: KnownRecords; version?: number };

const isNullSchema = (s: Schema) => s.type === 'null' || (s.enum?.length === 1 && s.enum[0] === null);

/** One schema for a union: nullable and literal unions (TypeBox's enums) collapse to one enum. */
export function concrete(schema: Schema): Schema {
  const branches = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (!branches) return schema;
  const values = branches.filter((b) => !isNullSchema(b)).map(concrete);
  if (!values.length) return { enum: [null] };
  if (values.every((b) => b.enum)) return { type: values[0]!.type, enum: values.flatMap((b) => b.enum!) };
  return values[0]!;
}

/** Field names that hold a date though the schema only says "string of at most 10". */
export const isDateField = (name: string, s: Schema) =>
  s.format === 'date' || (s.type === 'string' && s.format === undefined && /(^|[a-z])(date|Date)$|^(from|to|endingBy)$/.test(name));

const VALID_DATES = ['2026-03-02', '2026-06-15', '2025-12-31', '2027-01-04', '2026-10-08'];
const TEXTS = ['模糊测试', 'fuzz', '测试 note', 'Fuzz Test'];

export function exampleOf(schema: Schema, name: string, ctx: ExampleContext): unknown {
  const s = concrete(schema);
  const { rng } = ctx;
  if (s.enum) return s.enum.length ? rng.pick(s.enum) : null;
  switch (s.type) {
    case 'integer':
    case 'number':
      return exampleNumber(s, name, ctx);
    case 'string':
      return exampleString(s, name, rng);
    case 'boolean':
      return rng.next() < 0.5;
    case 'array': {
      const count = Math.min(Math.max(s.minItems ?? 0, 1), s.maxItems ?? 3);
      return Array.from({ length: count }, () => exampleOf(s.items ?? {}, name, ctx));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key) || rng.next() < 0.6) out[key] = exampleOf(prop, key, ctx);
      }
      return out;
    }
    default:
      return 'fuzz';
  }
}

function exampleNumber(s: Schema, name: string, ctx: ExampleContext): number {
  if (name === 'version') return ctx.version ?? 1;
  const collection = collectionForField(name, ctx.known);
  const ids = collection ? ctx.known.get(collection)!.map((r) => r.id).filter((id) => typeof id === 'number') : [];
  if (ids.length) return ctx.rng.pick(ids);
  const min = s.minimum ?? 0;
  const max = s.maximum ?? min + 1000;
  if (min >= 1900 && max <= 2300) return ctx.rng.int(Math.max(min, 2025), Math.min(max, 2027)); // a year
  return ctx.rng.int(min, Math.min(max, min + 30));
}

function exampleString(s: Schema, name: string, rng: Random): string {
  if (s.format === 'date-time') return '2026-03-02T09:30:00.000Z';
  if (isDateField(name, s)) return rng.pick(VALID_DATES);
  if (s.format === 'email') return 'fuzz@example.com';
  if (s.format === 'cn-mobile') return '13800138000';
  if (s.pattern) return patternExample(s, rng);
  const text = rng.pick(TEXTS);
  return fit(text, s);
}

export const fit = (text: string, s: Schema) => {
  const padded = text.padEnd(s.minLength ?? 0, 'x');
  return s.maxLength !== undefined ? [...padded].slice(0, s.maxLength).join('') : padded;
};

/** No regex inverter at hand: try strings of the shapes the API's patterns describe. */
function patternExample(s: Schema, rng: Random): string {
  const n = rng.int(0, 9999);
  const candidates = [
    `fuzz_${n}`, `Fuzz-${n}`, `fuzz.${n}`, 'fuzz', 'policy.issued', 'client', '09:30', String(n), `${n}.50`, '12.5',
    '0123456789abcdef'.repeat(4), `fuzz-import-${n}`,
  ];
  const pattern = new RegExp(s.pattern!, 'u');
  const fits = candidates.filter((c) => pattern.test(c) && c.length >= (s.minLength ?? 0) && c.length <= (s.maxLength ?? Infinity));
  return fits.length ? rng.pick(fits) : fit('fuzz', s);
}

/** Every part of a value with the schema it should follow, for mutating one of them. */
export type Slot = { path: (string | number)[]; name: string; schema: Schema };

export function slotsOf(value: unknown, schema: Schema, path: (string | number)[] = [], name = ''): Slot[] {
  const s = concrete(schema);
  const here: Slot[] = path.length ? [{ path, name, schema }] : [];
  if (Array.isArray(value) && s.items) {
    return [...here, ...value.flatMap((item, i) => slotsOf(item, s.items!, [...path, i], name))];
  }
  if (value && typeof value === 'object' && s.properties) {
    const props = s.properties;
    return [...here, ...Object.entries(value).flatMap(([key, v]) => (props[key] ? slotsOf(v, props[key], [...path, key], key) : []))];
  }
  return here;
}

export function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

export function deleteAt(root: unknown, path: (string | number)[]): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  delete node[path[path.length - 1]!];
}
