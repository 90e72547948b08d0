import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, renderError, type FieldProblem } from './errors.js';
import { pickLocale } from './locale.js';
import type { FieldReason } from './messages.js';
import { FORMAT_REASONS } from './schema-formats.js';

type AjvError = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
};

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
    const prefix = error.validationContext === 'body' ? '' : `${error.validationContext ?? 'query'}.`;
    return new AppError(400, 'VALIDATION_FAILED', {
      fields: (error.validation as unknown as AjvError[]).map((e) => fieldProblem(e, prefix)),
    });
  }
  if (error.statusCode === 429) return new AppError(429, 'RATE_LIMITED');
  if (error.statusCode === 413) return new AppError(413, 'PAYLOAD_TOO_LARGE');
  if (error.statusCode === 415) return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE');
  if (error.statusCode === 400) {
    // Unparseable JSON and the like: say so without echoing internals.
    return new AppError(400, 'VALIDATION_FAILED', { fields: [{ path: '', reason: 'unknown' }] });
  }
  req.log.debug({ code: error.code }, 'mapped to INTERNAL');
  return new AppError(500, 'INTERNAL');
}

function fieldProblem(e: AjvError, prefix: string): FieldProblem {
  const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const join = (name: unknown) => [base, String(name)].filter(Boolean).join('.');
  const path = prefix + (e.keyword === 'required' ? join(e.params.missingProperty) : base);
  const known: Partial<Record<string, FieldReason>> = {
    required: 'required', minLength: 'minLength', maxLength: 'maxLength', minimum: 'minimum', maximum: 'maximum',
    pattern: 'pattern', format: 'format', enum: 'enum', type: 'type', minItems: 'minItems',
  };
  const reason = (e.keyword === 'format' && FORMAT_REASONS[String(e.params.format)]) || known[e.keyword] || 'unknown';
  const params: Record<string, unknown> = { ...e.params };
  if (e.keyword === 'enum') params.allowed = (e.params.allowedValues as unknown[]).join(', ');
  return { path, reason, params };
}
