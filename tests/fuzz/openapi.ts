/** The operations of the app's OpenAPI document (built by @fastify/swagger from the route schemas). */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The part of OpenAPI 3.0 schema objects the generator reads. */
export type Schema = {
  type?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

export type Param = { name: string; schema: Schema; required: boolean };

export type Operation = {
  /** "POST /api/v1/clients/{id}/merge": how failures are grouped. */
  key: string;
  method: Method;
  /** The OpenAPI path template, `{name}` for path parameters. */
  path: string;
  pathParams: Param[];
  query: Param[];
  /** The application/json request body, when the route declares one. */
  body?: Schema;
};

type DocParam = { in: string; name: string; required?: boolean; schema?: Schema };
type DocOperation = { parameters?: DocParam[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
export type OpenApiDoc = { paths: Record<string, Record<string, DocOperation>> };

const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [verb, op] of Object.entries(item)) {
      const method = verb.toUpperCase();
      if (!METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      const toParam = (p: DocParam): Param => ({ name: p.name, schema: p.schema ?? {}, required: p.required === true || p.in === 'path' });
      ops.push({
        key: `${method} ${path}`,
        method: method as Method,
        path,
        pathParams: params.filter((p) => p.in === 'path').map(toParam),
        query: params.filter((p) => p.in === 'query').map(toParam),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  // Sorted, so the plan for a seed does not depend on the order in which modules register routes.
  return ops.sort((a, b) => a.key.localeCompare(b.key));
}

/** "/api/v1/clients/:id" (Fastify) → "/api/v1/clients/{id}" (OpenAPI). */
export function openApiPath(fastifyUrl: string): string {
  return fastifyUrl.replace(/:(\w+)/g, '{$1}');
}

/** The collection a path parameter points into: "/api/v1/clients/{id}/links" for {linkId}. */
export function collectionOf(path: string, param: string): string {
  return path.slice(0, path.indexOf(`/{${param}}`));
}

export const isUnsafe = (method: Method) => method !== 'GET';
