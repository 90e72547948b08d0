import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Scope } from '../../platform/authz/scope.js';
import type { Locale } from '../../platform/http/locale.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import { todayInShanghai } from '../calendar/dates.js';
import { analyseCoverage } from './analyse-coverage.js';
import { findHousehold } from './find-household.js';
import { findHouseholdPolicies } from './find-household-policies.js';
import { renderCoverage } from './render-coverage.js';
import type { CoverageReview } from './coverage.types.js';

/** R-PO-5: the coverage review of a client's household, judged by the rules of coverage-rules.data.ts. */
export async function reviewCoverage(
  db: Kysely<DB>,
  calendars: CalendarService,
  scope: Scope,
  locale: Locale,
  clientId: number,
  now: Date = new Date(),
): Promise<CoverageReview> {
  const members = await findHousehold(db, scope, clientId);
  const policies = await findHouseholdPolicies(db, calendars, scope, locale, members.map((m) => m.clientId));
  return renderCoverage(analyseCoverage({ today: todayInShanghai(now), members, policies }), locale);
}
