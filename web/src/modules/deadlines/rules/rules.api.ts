import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { deadlineKeys } from '../../../shared/deadlines/deadlines.api';
import { everyOf, type BodyOf } from '../../../api/types';

/** A change to a rule's figures, sending the version read (PATCH /deadline-rules/:id). */
export type RuleChange = BodyOf<'/deadline-rules/{id}', 'patch'>;

export type DeadlineUnit = NonNullable<RuleChange['unit']>;
export type WarnUnit = NonNullable<RuleChange['warnUnit']>;
export type EscalationRole = NonNullable<RuleChange['escalateToRole']>;

export const UNITS = everyOf<DeadlineUnit>()(['working_days', 'calendar_days', 'months', 'years', 'hours', 'minutes', 'day_of_month']);
export const WARN_UNITS = everyOf<WarnUnit>()(['working_days', 'calendar_days', 'hours', 'minutes']);

/** A deadline rule with its basis. GET /deadline-rules declares no answer schema on the server, so this is written by hand. */
export type DeadlineRule = {
  id: string;
  module: string;
  nameZh: string;
  nameEn: string;
  specId: string | null;
  lawRef: string | null;
  /** The cited law in English (shown with the Chinese beside it). */
  lawRefEn: string | null;
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
  escalateToRole: EscalationRole | null;
  /** LAW.md marks the figure secondary or unsure. */
  needsConfirmation: boolean;
  active: boolean;
  version: number;
};

export const listRules = () => api.get<{ items: DeadlineRule[] }>('/deadline-rules').then((r) => r.items);

export const updateRule = (id: string, change: RuleChange) => api.patch<DeadlineRule>(`/deadline-rules/${encodeURIComponent(id)}`, change);

export const ruleKeys = { all: ['deadline-rules'] as const };

/** Change a rule: the rule list takes the answer, and deadlines (due and reminder times follow the rule) are read again. */
export function useUpdateRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: RuleChange }) => updateRule(id, change),
    onSuccess: (saved) => {
      client.setQueryData<DeadlineRule[]>(ruleKeys.all, (list) => list?.map((r) => (r.id === saved.id ? saved : r)));
      return client.invalidateQueries({ queryKey: deadlineKeys.all });
    },
  });
}
