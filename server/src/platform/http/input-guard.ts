import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem } from './errors.js';

type JsonSchema = {
  type?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
};

// NUL cannot be stored in PostgreSQL text and no person types it on purpose; other C0 controls
// except tab, line feed and carriage return are refused with it (issue 9, item 5).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// Half of a surrogate pair (a cut emoji): no keyboard makes it, and PostgreSQL refuses it in JSON
// (the audit entry of the write), so it would fail the write with a 500.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const badText = (text: string) => CONTROL.test(text) || LONE_SURROGATE.test(text);
const WHOLE_NUMBER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Checks that hold for every route, in one place, before schema validation:
 * - no string anywhere (path, query, body, object keys) carries a control character or half a
 *   surrogate pair;
 * - a text the schema requires (minLength ≥ 1) is more than blanks;
 * - a value the schema reads as a number is written as one: schema validation coerces " 1",
 *   "1e3" or a 30-digit string to a number, which would take a typing slip for another record
 *   or slip an inexact number past the schema's bounds.
 */
export function installInputGuard(app: FastifyInstance): void {
  // Found before schema validation, reported with its problems in one answer (the error handler
  // merges them) or, when the schema is satisfied, on their own before the handler runs.
  app.addHook('preValidation', async (req) => {
    req.inputProblems = [
      ...controlCharacters(req.params, 'params'),
      ...controlCharacters(req.query, 'query'),
      ...controlCharacters(req.body, ''),
      ...numbersAsWritten(req, 'params'),
      ...numbersAsWritten(req, 'query'),
      ...numbersAsWritten(req, 'body'),
    ];
  });
  app.addHook('preHandler', async (req) => {
    if (req.inputProblems?.length) throw new AppError(400, 'VALIDATION_FAILED', { fields: req.inputProblems });
  });
}

/** Schema problems and the guard's, one per field: the guard's message is the more precise one. */
export function withInputProblems(req: FastifyRequest, schemaProblems: FieldProblem[]): FieldProblem[] {
  const guard = req.inputProblems ?? [];
  const taken = new Set(guard.map((p) => p.path));
  return [...guard, ...schemaProblems.filter((p) => !taken.has(p.path))];
}

function controlCharacters(value: unknown, path: string, depth = 0): FieldProblem[] {
  if (typeof value === 'string') return badText(value) ? [{ path, reason: 'controlCharacter' }] : [];
  if (value === null || typeof value !== 'object' || depth > 64) return [];
  const problems: FieldProblem[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const at = [path, key].filter(Boolean).join('.');
    if (badText(key)) problems.push({ path: at, reason: 'controlCharacter' });
    else problems.push(...controlCharacters(inner, at, depth + 1));
  }
  return problems;
}

function numbersAsWritten(req: FastifyRequest, part: 'params' | 'query' | 'body'): FieldProblem[] {
  const key = part === 'query' ? 'querystring' : part;
  const schema = req.routeOptions.schema?.[key] as JsonSchema | undefined;
  const problems: FieldProblem[] = [];
  if (schema) walk(schema, req[part], part === 'body' ? '' : part, problems, 0);
  return problems;
}

/** Every string the schema will coerce to a number, and every required text (in objects and lists, at any depth). */
function walk(schema: JsonSchema, value: unknown, path: string, problems: FieldProblem[], depth: number): void {
  if (depth > 32 || value === null || value === undefined) return;
  const numeric = numericSchema(schema);
  if (numeric && typeof value === 'string') {
    problems.push(...numberProblems(numeric, value, path));
    return;
  }
  // Below the minimum a nullable number's value would be coerced to null by the schema's null branch
  // (ajv reads 0 as null): `{"agentId": 0}` would clear the agent instead of being refused.
  if (numeric && typeof value === 'number' && numeric.minimum !== undefined && value < numeric.minimum) {
    problems.push({ path, reason: 'minimum', params: { limit: numeric.minimum } });
    return;
  }
  // A required text of spaces, tabs or line breaks only is as empty as "" once trimmed.
  if (typeof value === 'string' && schema.type === 'string' && (schema.minLength ?? 0) > 0 && value.trim() === '') {
    problems.push({ path, reason: 'required' });
    return;
  }
  if (Array.isArray(value)) {
    const items = schema.items ?? branches(schema).find((b) => b.items)?.items;
    if (items) value.forEach((v, i) => walk(items, v, join(path, String(i)), problems, depth + 1));
    else if (numeric) value.forEach((v) => typeof v === 'string' && problems.push(...numberProblems(numeric, v, path)));
    return;
  }
  if (typeof value === 'object') {
    const properties = schema.properties ?? branches(schema).find((b) => b.properties)?.properties;
    if (!properties) return;
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      const property = Object.hasOwn(properties, name) ? properties[name] : undefined;
      if (property) walk(property, inner, join(path, name), problems, depth + 1);
    }
  }
}

function numberProblems(numeric: JsonSchema, value: string, path: string): FieldProblem[] {
  if (!(numeric.type === 'integer' ? WHOLE_NUMBER : DECIMAL).test(value)) {
    return [numeric.type === 'integer' ? { path, reason: 'notWholeNumber' } : { path, reason: 'type', params: { type: 'number' } }];
  }
  // Beyond 2^53 the coerced number is inexact (or Infinity) and would slip past the schema's bounds.
  if (Number.isSafeInteger(Math.trunc(Number(value)))) return [];
  return [value.startsWith('-') ? { path, reason: 'minimum', params: { limit: numeric.minimum } } : { path, reason: 'maximum', params: { limit: numeric.maximum } }];
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);
const branches = (schema: JsonSchema) => [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];

function numericSchema(schema: JsonSchema): JsonSchema | null {
  if (schema.type === 'integer' || schema.type === 'number') return schema;
  for (const branch of branches(schema)) {
    const found = numericSchema(branch);
    if (found) return found;
  }
  return null;
}
