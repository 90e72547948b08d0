import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/errors.js';

/** The org unit whose calendar a request asks about: the one given (if in scope) or the caller's own. */
export function calendarOrg(req: FastifyRequest, org: number | undefined): number {
  if (org === undefined) return req.actor!.orgUnitId;
  if (!req.scope.includes(org)) throw notFound();
  return org;
}
