import { describe, expect, it } from 'vitest';
import { reviewFailures } from './policy-lifecycle.js';
import { STATE_REASONS, stateReasonCodes } from './state-reasons.js';

describe('state reasons the system writes, by code (issue 11, item 5)', () => {
  it('names the initial review failures it wrote, in order, whatever the combination', () => {
    const all = reviewFailures({ formatComplete: false, sealsPresent: false, noAlteration: false });
    expect(all.zh).toBe('格式不完整、印章不齐、有涂改或疑似伪造');
    expect(stateReasonCodes(all.zh)).toEqual(['formatIncomplete', 'sealsMissing', 'altered']);
    expect(stateReasonCodes(reviewFailures({ formatComplete: true, sealsPresent: false, noAlteration: true }).zh)).toEqual(['sealsMissing']);
  });

  it('names the lapse at the end of the grace period', () => {
    expect(stateReasonCodes(STATE_REASONS.gracePeriodEnded.zh)).toEqual(['gracePeriodEnded']);
  });

  it("gives no code for a user's words, even ones that contain a system reason, nor for no reason", () => {
    expect(stateReasonCodes('客户申请退保')).toBeNull();
    expect(stateReasonCodes('印章不齐，客户补交中')).toBeNull();
    expect(stateReasonCodes('格式不完整、客户说明')).toBeNull();
    expect(stateReasonCodes(null)).toBeNull();
    expect(stateReasonCodes('')).toBeNull();
  });
});
