import type { FastifyRequest } from 'fastify';
import { systemClock, type Context } from '../context/context.js';

const contexts = new WeakMap<FastifyRequest, Context>();

/** The use-case context of an HTTP request: built once per request, from what the guard resolved. */
export function contextOf(req: FastifyRequest): Context {
  let ctx = contexts.get(req);
  if (!ctx) {
    ctx = {
      ...req.server.services,
      db: req.server.db,
      keyring: req.server.keyring,
      clock: systemClock,
      actor: req.actor,
      scope: req.scope,
      requestId: req.id,
      locale: req.locale,
      onAudit: () => void req.auditCount++,
    };
    contexts.set(req, ctx);
  }
  return ctx;
}
