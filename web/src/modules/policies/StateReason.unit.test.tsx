import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { stateReasonText } from './policy-form';

// The server names a system-written state reason by codes (policies/state-reasons.ts); a user's words have none.
describe('a policy state reason in the UI language (issue 11, item 5)', () => {
  afterEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('says a system-written reason in English on English screens, joined as English joins a list', async () => {
    await i18n.changeLanguage('en');
    const held = { stateReason: '格式不完整、印章不齐', stateReasonCodes: ['formatIncomplete', 'sealsMissing'] as const };
    expect(stateReasonText({ ...held, stateReasonCodes: [...held.stateReasonCodes] }, i18n.t)).toBe('format incomplete, seals missing');
    expect(stateReasonText({ stateReason: '宽限期满未缴纳续期保费，合同效力中止', stateReasonCodes: ['gracePeriodEnded'] }, i18n.t)).toMatch(/^renewal premium unpaid/);
  });

  it('says it in Chinese on Chinese screens, as the server wrote it', () => {
    expect(stateReasonText({ stateReason: '格式不完整、印章不齐', stateReasonCodes: ['formatIncomplete', 'sealsMissing'] }, i18n.t)).toBe('格式不完整、印章不齐');
  });

  it("keeps a user's words as typed, in either language", async () => {
    await i18n.changeLanguage('en');
    expect(stateReasonText({ stateReason: '客户申请退保', stateReasonCodes: null }, i18n.t)).toBe('客户申请退保');
    expect(stateReasonText({ stateReason: null, stateReasonCodes: null }, i18n.t)).toBeNull();
  });
});
