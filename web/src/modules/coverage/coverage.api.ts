import { api } from '../../api/client';
import type { ResponseOf } from '../../api/types';

/** GET /clients/:id/coverage (R-PO-5); finding messages in the UI language (sent as Accept-Language). */
export type CoverageReview = ResponseOf<'/clients/{id}/coverage'>;
export type HouseholdMember = CoverageReview['household'][number];
export type HouseholdRelation = HouseholdMember['relation'];
/** Cell totals are exact decimal text, in-force policies only. */
export type CoverageCell = CoverageReview['cells'][number];
export type CellStatus = CoverageCell['status'];
export type CoveragePolicy = CoverageCell['policies'][number];
/** COV-2: only in_force counts as cover. */
export type Standing = CoveragePolicy['standing'];
export type LineOfBusiness = CoverageCell['line'];
export type CoverageFinding = CoverageReview['findings'][number];
export type FindingKind = CoverageFinding['kind'];
export type CoverageRule = CoverageReview['rules'][number];

export const getCoverage = (clientId: number) => api.get<CoverageReview>(`/clients/${clientId}/coverage`);

/** '2310000.50' → '2,310,000.50'; '1000000.00' → '1,000,000': exact, from the text. */
export function formatAmount(amount: string): string {
  const [whole = '0', cents = '00'] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return /^0*$/.test(cents) ? grouped : `${grouped}.${cents.padEnd(2, '0')}`;
}

export const coverageKeys = {
  all: ['coverage'] as const,
  client: (clientId: number) => [...coverageKeys.all, clientId] as const,
};
