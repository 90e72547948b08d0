import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.js';
import { MAX_ID } from './schemas.js';

type Schema = {
  type?: string | string[];
  maximum?: number;
  minimum?: number;
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  parameters?: { in: string; name: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

// Issue 9, item 6: the API description is a standard document a generator can use, and it tells
// the truth about errors — every operation declares the one error shape.
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })));

  it('validates against the OpenAPI specification', async () => {
    const result = await new Validator().validate(structuredClone(doc) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('declares the one error shape for 4XX and 5XX on every operation', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(80);
    for (const { name, op } of ops) {
      for (const status of ['4XX', '5XX']) {
        const schema = op.responses[status]?.content?.['application/json']?.schema;
        expect(schema, `${name} ${status}`).toBeDefined();
        const resolved = resolve(schema!);
        expect(Object.keys(resolved.properties?.error?.properties ?? {}).sort(), `${name} ${status}`).toEqual(['code', 'fields', 'message', 'requestId']);
      }
    }
  });

  it('makes client types with a standard generator (openapi-typescript)', async () => {
    const types = astToString(await openapiTS(structuredClone(doc) as never));
    expect(types).toContain('"/api/v1/clients/{id}"');
    expect(types).toMatch(/code: string;/);
  });

  it('bounds every integer a request can carry, ids by the integer range of the database (issue 9, item 2)', () => {
    const unbounded: string[] = [];
    for (const { name, op } of operations()) {
      for (const p of op.parameters ?? []) check(p.schema, `${name} ${p.in}.${p.name}`, unbounded);
      for (const [type, content] of Object.entries(op.requestBody?.content ?? {})) check(content.schema, `${name} body(${type})`, unbounded);
    }
    expect(unbounded).toEqual([]);
  });

  function resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(doc.components.schemas[name]!);
  }

  function check(raw: Schema, at: string, out: string[]): void {
    const schema = resolve(raw);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('integer') && (schema.maximum === undefined || schema.maximum > MAX_ID || schema.minimum === undefined)) out.push(at);
    for (const [name, inner] of Object.entries(schema.properties ?? {})) check(inner, `${at}.${name}`, out);
    if (schema.items) check(schema.items, `${at}[]`, out);
    for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) check(branch, at, out);
  }
});
