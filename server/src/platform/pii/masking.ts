// Masking (脱敏) of personal data on screen and in the audit trail (R-CL-6, R-SE-1).
import { normaliseMobile } from './identifiers.js';

export type PiiKind = 'name' | 'mobile' | 'idNumber' | 'address' | 'email' | 'bankAccount' | 'health';

// Characters are counted as code points, so rare CJK name characters (e.g. 𠀾) count once.
const chars = (value: string): string[] => Array.from(value);
const stars = (count: number): string => '*'.repeat(Math.max(0, count));

/** One rule per kind; each receives a non-null string. */
export const MASK_RULES: Record<PiiKind, (value: string) => string> = {
  // 姓名: 张三丰 → 张**, a single character → *.
  name: (value) => {
    const cs = chars(value.trim());
    return cs.length <= 1 ? stars(cs.length) : (cs[0] ?? '') + stars(cs.length - 1);
  },
  // 手机号: 13812341234 → 138****1234 (LAW.md); unusual numbers keep the same shape.
  mobile: (value) => {
    const digits = normaliseMobile(value) ?? value.trim();
    const cs = chars(digits);
    if (cs.length < 8) return stars(4);
    return cs.slice(0, 3).join('') + '****' + cs.slice(-4).join('');
  },
  // 身份证号: first 6 (region) + ******** + last 4; other documents keep first 1 and last 2.
  idNumber: (value) => {
    const cs = chars(value.trim());
    if (cs.length === 18) return cs.slice(0, 6).join('') + stars(8) + cs.slice(-4).join('');
    if (cs.length <= 3) return stars(cs.length);
    return (cs[0] ?? '') + stars(cs.length - 3) + cs.slice(-2).join('');
  },
  // 地址: up to the first 6 characters (roughly province and city) then ****.
  address: (value) => chars(value.trim()).slice(0, 6).join('') + '****',
  // 邮箱: a***@example.com.
  email: (value) => {
    const trimmed = value.trim();
    const at = trimmed.lastIndexOf('@');
    if (at < 0) return (chars(trimmed)[0] ?? '') + '***';
    return (chars(trimmed.slice(0, at))[0] ?? '') + '***@' + trimmed.slice(at + 1);
  },
  // 银行账号: only the last 4 digits, as printed on statements.
  bankAccount: (value) => {
    const cs = chars(value.replace(/\s+/g, ''));
    return '**** **** **** ' + (cs.length > 4 ? cs.slice(-4).join('') : '****');
  },
  // 健康信息: sensitive personal data (PIPL Art. 28); nothing of it is shown.
  health: () => '******',
};

export function mask(kind: PiiKind, value: string | null): string | null {
  return value === null ? null : MASK_RULES[kind](value);
}

export type MaskingPolicyEntry = { revealPermission: 'pii.reveal'; rolesSeeingClearText: readonly string[] };

/**
 * Who sees clear text without asking. Deliberately empty for every kind: least privilege
 * (R-SE-1) means a person who needs the value uses the `pii.reveal` permission, and each
 * reveal is written to the audit trail (R-CL-6, R-SE-2). Add a role here only when its
 * daily work cannot be done on masked values, and record why beside it.
 */
export const MASKING_POLICY: Record<PiiKind, MaskingPolicyEntry> = {
  name: { revealPermission: 'pii.reveal', rolesSeeingClearText: [] },
  mobile: { revealPermission: 'pii.reveal', rolesSeeingClearText: [] },
  idNumber: { revealPermission: 'pii.reveal', rolesSeeingClearText: [] },
  address: { revealPermission: 'pii.reveal', rolesSeeingClearText: [] },
  email: { revealPermission: 'pii.reveal', rolesSeeingClearText: [] },
  bankAccount: { revealPermission: 'pii.reveal', rolesSeeingClearText: [] },
  health: { revealPermission: 'pii.reveal', rolesSeeingClearText: [] },
};

export function shouldMask({ kind, roles }: { kind: PiiKind; roles: readonly string[] }): boolean {
  const seeing = MASKING_POLICY[kind].rolesSeeingClearText;
  return !roles.some((role) => seeing.includes(role));
}

const SECRET_KEY_SUFFIXES = ['_enc', 'Enc', '_bidx', 'Bidx'] as const;
const SECRET_KEY_NAMES = new Set(['passwordHash', 'password_hash', 'password']);

/** Ciphertexts, blind indexes and passwords never belong in an audit entry, even masked. */
export function isSecretField(key: string): boolean {
  return SECRET_KEY_NAMES.has(key) || SECRET_KEY_SUFFIXES.some((suffix) => key.endsWith(suffix));
}

/**
 * A copy for the audit trail's before/after: listed fields masked, secret fields removed.
 * Shallow by design — audited records are flat rows.
 */
export function maskRecordForAudit(
  record: Record<string, unknown>,
  fieldKinds: Record<string, PiiKind>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (isSecretField(key)) continue;
    const kind = Object.hasOwn(fieldKinds, key) ? fieldKinds[key] : undefined;
    if (kind === undefined || value === null || value === undefined) {
      copy[key] = value;
    } else {
      // Non-strings (a number-typed account, say) are masked as text rather than leaked.
      copy[key] = mask(kind, typeof value === 'string' ? value : String(value));
    }
  }
  return copy;
}
