import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, renderError, type FieldProblem } from './errors.js';
import { pickLocale } from './locale.js';
import type { FieldReason } from './messages.js';
import { FORMAT_REASONS } from './schema-formats.js';
import { withInputProblems } from './input-guard.js';

type AjvError = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
};

/**
 * Fastify's `frameworkErrors` option: errors the router raises before any hook or handler runs
 * (a path parameter over `maxParamLength` → 414, a malformed URL) get the same shape too.
 */
export function renderFrameworkError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', req.id); // the onRequest hook that sets it has not run
  return send(req, reply, toAppError(error, req));
}

/**
 * Fastify's `clientErrorHandler` option: what Node's HTTP parser refuses before there is a
 * request at all — headers (a URL) over 16 KB → 431, a request not finished in time → 408, a
 * malformed one → 400 — in the one error shape too, in the language of the Accept-Language
 * header if the parser got that far (else zh-CN).
 */
export function renderClientError(err: Error & { code?: string; rawPacket?: unknown }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'REQUEST_TIMEOUT' as const]
    : err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'REQUEST_HEADERS_TOO_LARGE' as const]
    : [400, 'BAD_REQUEST' as const];
  const requestId = randomUUID();
  const acceptLanguage = Buffer.isBuffer(err.rawPacket) && /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(err.rawPacket.toString('latin1'))?.[1];
  const body = JSON.stringify(renderError(new AppError(status, code), pickLocale(acceptLanguage || undefined), requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** One error shape for everything: `{"error":{"code","message","fields":[{"path","message"}]}}`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const appError = toAppError(error, req);
    if (appError.status >= 500) req.log.error({ err: error }, 'unhandled error');
    send(req, reply, appError);
  });
  app.setNotFoundHandler((req, reply) => send(req, reply, new AppError(404, 'ROUTE_NOT_FOUND')));
}

function send(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  const locale = req.locale ?? pickLocale(req.headers['accept-language']);
  if (err.options.headers) reply.headers(err.options.headers);
  return reply.status(err.status).send(renderError(err, locale, req.id));
}

function toAppError(error: FastifyError, req: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    // Query fields are `query.x` whether the schema or a use case (e.g. a bad cursor) finds the problem.
    const context = error.validationContext === 'querystring' ? 'query' : error.validationContext;
    const prefix = context === 'body' ? '' : `${context ?? 'query'}.`;
    return new AppError(400, 'VALIDATION_FAILED', {
      fields: withInputProblems(req, collapseUnions((error.validation as unknown as AjvError[]).map((e) => ({ ...fieldProblem(e, prefix), keyword: e.keyword })))),
    });
  }
  if (error.statusCode === 429) return new AppError(429, 'RATE_LIMITED');
  if (error.statusCode === 413) return new AppError(413, 'PAYLOAD_TOO_LARGE');
  if (error.statusCode === 415) return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE');
  if (error.statusCode === 414) return new AppError(414, 'URI_TOO_LONG');
  if (error.code === 'FST_ERR_BAD_URL') return new AppError(400, 'BAD_URL');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Unparseable JSON, an empty body with a JSON content type and the like: say so without echoing internals.
    return new AppError(error.statusCode, 'VALIDATION_FAILED', { fields: [{ path: '', reason: 'unknown' }] });
  }
  // unique_violation: two requests raced past a use case's own duplicate check (it answers
  // with the field and the existing record; the loser of the race gets the general answer).
  if ((error as { code?: unknown }).code === '23505') return new AppError(409, 'DUPLICATE_RECORD');
  req.log.debug({ code: error.code }, 'mapped to INTERNAL');
  return new AppError(500, 'INTERNAL');
}

/**
 * A union (a nullable field, a list of allowed literals) fails as a whole: Ajv reports each
 * branch's failure and then `anyOf`. Keep one message per field that a person can act on.
 */
function collapseUnions(problems: (FieldProblem & { keyword: string })[]): FieldProblem[] {
  const byPath = new Map<string, (FieldProblem & { keyword: string })[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  const result: FieldProblem[] = [];
  for (const [path, group] of byPath) {
    const consts = group.filter((p) => p.keyword === 'const');
    if (consts.length) {
      result.push({ path, reason: 'enum', params: { allowed: consts.map((p) => String(p.params?.allowedValue)).join(', ') } });
      continue;
    }
    const isUnion = group.some((p) => p.keyword === 'anyOf' || p.keyword === 'oneOf');
    let kept = group.filter((p) => !isUnion || (p.keyword !== 'anyOf' && p.keyword !== 'oneOf'));
    // The other branch's "must be null" is noise next to the real problem with the value.
    if (isUnion && kept.some((p) => p.keyword !== 'type')) kept = kept.filter((p) => p.keyword !== 'type');
    if (!kept.length) kept = group.slice(0, 1);
    const seen = new Set<string>();
    for (const { keyword: _keyword, ...p } of kept) {
      if (!seen.has(p.reason)) result.push(p);
      seen.add(p.reason);
    }
  }
  return result;
}

function fieldProblem(e: AjvError, prefix: string): FieldProblem {
  const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const join = (name: unknown) => [base, String(name)].filter(Boolean).join('.');
  const path = prefix + (e.keyword === 'required' ? join(e.params.missingProperty) : base);
  const known: Partial<Record<string, FieldReason>> = {
    required: 'required', minLength: 'minLength', maxLength: 'maxLength', minimum: 'minimum', maximum: 'maximum',
    pattern: 'pattern', format: 'format', enum: 'enum', type: 'type', minItems: 'minItems',
  };
  const special = e.keyword === 'format' ? FORMAT_REASONS[String(e.params.format)] : undefined;
  const reason = special?.reason ?? known[e.keyword] ?? 'unknown';
  const params: Record<string, unknown> = { ...e.params, ...special?.params };
  if (e.keyword === 'enum') params.allowed = (e.params.allowedValues as unknown[]).join(', ');
  return { path, reason, params };
}
