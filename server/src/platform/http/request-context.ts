import type { FastifyRequest } from 'fastify';
import { systemClock, type Context } from '../context/context.js';

/** The use-case context of an HTTP request: built once per request, from what the guard resolved (kept on the request). */
export function contextOf(req: FastifyRequest): Context {
  let ctx = req.useCaseContext;
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
    req.useCaseContext = ctx;
  }
  return ctx;
}
