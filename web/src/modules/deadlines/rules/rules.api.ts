import { api } from '../../../api/client';

export type DeadlineUnit = 'working_days' | 'calendar_days' | 'months' | 'years' | 'hours' | 'minutes' | 'day_of_month';
export type WarnUnit = 'working_days' | 'calendar_days' | 'hours' | 'minutes';

export const UNITS: DeadlineUnit[] = ['working_days', 'calendar_days', 'months', 'years', 'hours', 'minutes', 'day_of_month'];
export const WARN_UNITS: WarnUnit[] = ['working_days', 'calendar_days', 'hours', 'minutes'];

/** A deadline rule with its basis (GET /deadline-rules). */
export type DeadlineRule = {
  id: string;
  module: string;
  nameZh: string;
  nameEn: string;
  specId: string | null;
  lawRef: string | null;
  basisZh: string;
  basisEn: string;
  startEvent: string;
  completionEvent: string;
  /** Negative: before the start event (e.g. 15 working days before the grace period ends). */
  duration: number;
  unit: DeadlineUnit;
  /** A civil period ending on a day off ends on the next working day (Civil Code Art. 203). */
  rollToWorkingDay: boolean;
  /** HH:MM: an event after it counts from the next working day. */
  cutoffTime: string | null;
  warnBefore: number;
  warnUnit: WarnUnit;
  escalateToRole: string | null;
  /** LAW.md marks the figure secondary or unsure. */
  needsConfirmation: boolean;
  active: boolean;
  version: number;
};

export type RuleChange = Partial<Pick<DeadlineRule, 'duration' | 'unit' | 'rollToWorkingDay' | 'cutoffTime' | 'warnBefore' | 'warnUnit' | 'escalateToRole' | 'active'>> & {
  version: number;
};

export const listRules = () => api.get<{ items: DeadlineRule[] }>('/deadline-rules').then((r) => r.items);

export const updateRule = (id: string, change: RuleChange) => api.patch<DeadlineRule>(`/deadline-rules/${encodeURIComponent(id)}`, change);
