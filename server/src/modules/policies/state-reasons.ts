import type { Text } from '../../platform/lifecycle/lifecycle.js';

/**
 * The reasons the system itself writes on a policy's state (state_reason), by code: the initial
 * review's failures (R-PO-2, 暂缓登记) and the lapse after the grace period (R-RN-4, Insurance Law
 * Art. 36). The column keeps the Chinese text as written; an answer also names the codes, which the
 * web renders in the UI language. A reason a user typed (the status action) has no code and stays
 * as typed (issue 11, item 5).
 */
export const STATE_REASONS = {
  formatIncomplete: { zh: '格式不完整', en: 'format incomplete' },
  sealsMissing: { zh: '印章不齐', en: 'seals missing' },
  altered: { zh: '有涂改或疑似伪造', en: 'altered or suspected forgery' },
  gracePeriodEnded: { zh: '宽限期满未缴纳续期保费，合同效力中止', en: 'renewal premium unpaid at the end of the grace period: the contract is suspended' },
} as const satisfies Record<string, Text>;

export type StateReasonCode = keyof typeof STATE_REASONS;
export const STATE_REASON_CODES = Object.keys(STATE_REASONS) as StateReasonCode[];

/** How several review failures are joined in the stored text (格式不完整、印章不齐). */
export const REASON_JOINER = { zh: '、', en: ', ' } as const;

const CODE_OF = new Map<string, StateReasonCode>(STATE_REASON_CODES.map((c) => [STATE_REASONS[c].zh, c]));

/** The codes of a system-written reason (in order), or null for free text (and for no reason). */
export function stateReasonCodes(stored: string | null): StateReasonCode[] | null {
  if (!stored) return null;
  const codes = stored.split(REASON_JOINER.zh).map((part) => CODE_OF.get(part));
  return codes.every((c): c is StateReasonCode => c !== undefined) ? codes : null;
}
