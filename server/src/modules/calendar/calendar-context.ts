import type { Context } from '../../platform/context/context.js';
import { notFound } from '../../platform/http/errors.js';

/** The org unit whose calendar a request asks about: the one given (if in scope) or the caller's own. */
export function calendarOrg(ctx: Context, org: number | undefined): number {
  if (org === undefined) return ctx.actor!.orgUnitId;
  if (!ctx.scope.includes(org)) throw notFound();
  return org;
}
