// Valid, never-repeating identifiers for demo client n (LAW.md "Identifiers"): resident ID
// numbers (GB 11643), unified social credit codes (GB 32100), mainland mobiles.
import { permute } from './permutation.js';

/** Administrative division codes (行政区划代码): Guangdong districts first, then where people move from. */
export const REGION_CODES = [
  '440103', '440104', '440105', '440106', '440111', '440112', '440113', '440114', '440115', '440117', '440118',
  '440303', '440304', '440305', '440306', '440307', '440308', '440309', '440310', '440311',
  '440604', '440605', '440606', '440607', '440608',
  '440203', '440402', '440507', '440703', '440802', '441302', '441402', '441900', '442000', '445102', '445202',
  '430102', '430103', '430104', '430111', '450103', '360102', '420102', '420106', '510104', '510107',
  '350102', '330106', '310104', '310115', '110105', '110108', '320106', '370102', '410105', '500103',
  '610113', '230103', '210102', '460105',
] as const;

/** Birth years of demo persons: adults at their first contact (2021-2026). */
export const FIRST_BIRTH_YEAR = 1950;
export const BIRTH_YEARS = 54; // 1950-2003
// Sequence numbers 200-999: test fixtures use 001-199, so a demo client never takes their ID number.
const FIRST_SEQUENCE = 200;
const SEQUENCES = 800;
/** How many distinct demo persons the identifier space holds (2.6 M). */
export const PERSON_CAPACITY = REGION_CODES.length * BIRTH_YEARS * SEQUENCES;

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '176', '186', '188', '199'];

/** The 18th character of a resident ID number (GB 11643). */
export function residentIdCheck(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * RESIDENT_ID_WEIGHTS[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

/** The region, birth year and sequence of demo person p: distinct persons never share all three. */
export function personIdentity(p: number): { region: string; birthYear: number; sequence: number; gender: 'male' | 'female' } {
  if (p >= PERSON_CAPACITY) throw new RangeError(`The demo holds at most ${PERSON_CAPACITY} persons`);
  const x = permute(p, PERSON_CAPACITY, 0x1d5c_a11e);
  const sequence = FIRST_SEQUENCE + (x % SEQUENCES);
  const rest = Math.floor(x / SEQUENCES);
  // The 17th digit is the sequence's last: odd for men (GB 11643).
  return { region: REGION_CODES[rest % REGION_CODES.length]!, birthYear: FIRST_BIRTH_YEAR + Math.floor(rest / REGION_CODES.length), sequence, gender: sequence % 2 ? 'male' : 'female' };
}

/** A resident ID number for a region, a birth date ('YYYY-MM-DD') and a sequence number 0-999. */
export function residentIdNumber(region: string, birthDate: string, sequence: number): string {
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheck(first17);
}

/** The unified social credit code of demo organisation o: 91 (enterprise), region, organisation code (GB 11714), check (GB 32100). */
export function unifiedCreditCode(o: number, region: string): string {
  const body = String(permute(o, 100_000_000, 0x0c0d_e5ee)).padStart(8, '0');
  const orgSum = [...body].reduce((s, c, i) => s + Number(c) * ORG_CODE_WEIGHTS[i]!, 0);
  const orgCheck = (11 - (orgSum % 11)) % 11;
  const first17 = `91${region}${body}${orgCheck === 10 ? 'X' : orgCheck}`;
  const sum = [...first17].reduce((s, c, i) => s + USCC_ALPHABET.indexOf(c) * USCC_WEIGHTS[i]!, 0);
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The mobile of demo client n: 11 digits, a real operator prefix, never the same for two clients. */
export function mobileNumberOf(n: number): string {
  const x = permute(n, MOBILE_PREFIXES.length * 100_000_000, 0x0138_0013);
  return MOBILE_PREFIXES[x % MOBILE_PREFIXES.length]! + String(Math.floor(x / MOBILE_PREFIXES.length)).padStart(8, '0');
}
