import { describe, expect, it } from 'vitest';
import { MASKING_POLICY, type PiiKind, mask, maskRecordForAudit, shouldMask } from './masking.js';

describe('masking personal data on screen (R-CL-6, R-SE-1)', () => {
  it.each<[PiiKind, string, string]>([
    ['mobile', '13812341234', '138****1234'],
    ['mobile', '+86 138-1234-1234', '138****1234'],
    ['idNumber', '11010519491231002X', '110105********002X'],
    ['idNumber', 'E12345678', 'E******78'],
    ['idNumber', 'AB', '**'],
    ['name', '张三丰', '张**'],
    ['name', '张三', '张*'],
    ['name', '王', '*'],
    ['name', '𠀾明', '𠀾*'],
    ['address', '北京市朝阳区建国路88号', '北京市朝阳区****'],
    ['address', '北京市', '北京市****'],
    ['email', 'zhangsan@example.com', 'z***@example.com'],
    ['bankAccount', '6222 0212 3456 7890', '**** **** **** 7890'],
    ['bankAccount', '6222021234567890123', '**** **** **** 0123'],
    ['health', '高血压二级，服药中', '******'],
  ])('%s %s is shown as %s', (kind, value, masked) => {
    expect(mask(kind, value)).toBe(masked);
  });

  it('a missing value stays missing', () => {
    expect(mask('mobile', null)).toBeNull();
  });

  it('by default no role sees clear text; a reveal needs the audited pii.reveal permission', () => {
    for (const [kind, entry] of Object.entries(MASKING_POLICY)) {
      expect(entry.revealPermission).toBe('pii.reveal');
      expect(entry.rolesSeeingClearText).toEqual([]);
      expect(shouldMask({ kind: kind as PiiKind, roles: ['admin', 'claims_handler', 'agent'] })).toBe(true);
    }
  });
});

describe('before/after records for the audit trail (R-SE-2, R-CL-6)', () => {
  it('masks listed personal fields and drops ciphertexts, blind indexes and passwords', () => {
    const before = {
      id: 42,
      name: '张三丰',
      mobile: '13812341234',
      idNumber: null,
      mobile_enc: 'v1.k1.x.y.z',
      idNumberEnc: 'v1.k1.x.y.z',
      mobile_bidx: 'b1:abc',
      mobileBidx: 'b1:abc',
      passwordHash: '$argon2id$...',
      password_hash: '$argon2id$...',
      password: 'secret',
      status: 'active',
    };
    const audited = maskRecordForAudit(before, { name: 'name', mobile: 'mobile', idNumber: 'idNumber' });
    expect(audited).toEqual({ id: 42, name: '张**', mobile: '138****1234', idNumber: null, status: 'active' });
    expect(before.mobile).toBe('13812341234');
  });

  it('a non-string value in a personal field is masked rather than leaked', () => {
    expect(maskRecordForAudit({ account: 6222021234567890 }, { account: 'bankAccount' })).toEqual({
      account: '**** **** **** 7890',
    });
  });
});
