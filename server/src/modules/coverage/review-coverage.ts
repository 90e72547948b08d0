import type { Context } from '../../platform/context/context.js';
import { todayInShanghai } from '../calendar/dates.js';
import { analyseCoverage } from './analyse-coverage.js';
import { findHousehold } from './find-household.js';
import { findHouseholdPolicies } from './find-household-policies.js';
import { renderCoverage } from './render-coverage.js';
import type { CoverageReview } from './coverage.types.js';

/** R-PO-5: the coverage review of a client's household, judged by the rules of coverage-rules.data.ts. */
export async function reviewCoverage(ctx: Context, clientId: number): Promise<CoverageReview> {
  const members = await findHousehold(ctx, clientId);
  const policies = await findHouseholdPolicies(ctx, members.map((m) => m.clientId));
  return renderCoverage(analyseCoverage({ today: todayInShanghai(ctx.clock.now()), members, policies }), ctx.locale);
}
