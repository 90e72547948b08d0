// Chinese identifiers checked as the user types — the same rules as the server's
// server/src/platform/pii/identifiers.ts (the web does not import server code; the unit test
// beside this file feeds both the same cases, so the two cannot drift apart unnoticed).

// Resident ID number (居民身份证号码), GB 11643.
const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_ID_CHECK_CHARS = '10X98765432';
const RESIDENT_ID_PATTERN = /^\d{17}[\dXx]$/;

// Unified social credit code (统一社会信用代码), GB 32100.
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

// Mobile number (手机号): 11 digits starting with 1.
const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export type ResidentIdInfo = { birthDate: string; gender: 'male' | 'female' };

/** What the server compares: spacing copied from a document dropped, full-width folded, upper case. */
export const normaliseIdentifier = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** 18-character resident ID: check character and a real calendar birth date; lower-case x accepted. */
export function isValidResidentId(s: string): boolean {
  if (!RESIDENT_ID_PATTERN.test(s) || birthDateOf(s) === null) return false;
  const sum = RESIDENT_ID_WEIGHTS.reduce((acc, weight, i) => acc + Number(s[i]) * weight, 0);
  return RESIDENT_ID_CHECK_CHARS[sum % 11] === s.charAt(17).toUpperCase();
}

/** Birth date and gender (17th digit odd = male); null when the number is not valid. */
export function residentIdInfo(s: string): ResidentIdInfo | null {
  const birthDate = isValidResidentId(s) ? birthDateOf(s) : null;
  return birthDate === null ? null : { birthDate, gender: Number(s.charAt(16)) % 2 === 1 ? 'male' : 'female' };
}

// Positions 7-14 (YYYYMMDD), a real calendar date from 1800 on.
function birthDateOf(s: string): string | null {
  const [year, month, day] = [Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14))];
  if (year < 1800) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
}

/** Unified social credit code: 18 characters of the code alphabet (upper case) with a valid check character. */
export function isValidUnifiedSocialCreditCode(s: string): boolean {
  if (s.length !== 18) return false;
  const values = [...s].map((c) => USCC_ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return false;
  const sum = USCC_WEIGHTS.reduce((acc, weight, i) => acc + (values[i] ?? 0) * weight, 0);
  return values[17] === (31 - (sum % 31)) % 31;
}

/** Removes the formatting people type around a mobile number: spaces, dashes, +86 / 0086. */
export function stripMobileFormatting(s: string): string {
  return s.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

/** The 11-digit mobile number, or null when it is not a mainland mobile number. */
export function normaliseMobile(s: string): string | null {
  const digits = stripMobileFormatting(s);
  return MOBILE_PATTERN.test(digits) ? digits : null;
}

export function isValidMobile(s: string): boolean {
  return normaliseMobile(s) !== null;
}
