// How the demo sells each product of the demo catalogue (catalog/demo-catalog.ts): to whom,
// for how much, paid how, ending when, and the insurer's policy number style. Figures are
// plausible for Guangdong households in the 2020s, not any insurer's tariff.
import type { PaymentFrequency, PaymentMode } from '../policies/policies.tables.js';
import { addYears } from './demo-dates.js';
import { permute } from './permutation.js';
import type { Random } from './random.js';

/** What one sale of a product comes to; money in yuan, dates as day numbers. */
export type Terms = {
  sumInsured: number;
  /** The premium for a whole year (regular) or the one premium (single). */
  premium: number;
  /** Regular premiums: for how many years; null: a single premium. */
  paymentYears: number | null;
  /** Long-term only: the last day of cover; null: whole of life. Short-term ends a year after the start. */
  endDate: number | null;
};

export type ProductPlan = {
  code: string;
  /** Ages of the insured (at the effective date) the product is sold to. */
  minAge: number;
  maxAge: number;
  /** Long-term products may name beneficiaries (life line only in the demo). */
  beneficiaries: boolean;
  terms(rng: Random, age: number, effective: number, birth: number): Terms;
};

const pick = <T>(rng: Random, items: readonly T[]) => rng.pick(items);
const yuan = (x: number) => Math.round(x);
// Long-term end dates kept beyond a year after the start (the term type's rule, R-PO-3).
const toAge = (birth: number, age: number, effective: number) => Math.max(addYears(birth, age), addYears(effective, 5));

export const PRODUCT_PLANS: Record<string, ProductPlan> = {
  // 终身寿险: 10 or 20 annual premiums, cover for life.
  'CL-WL01': { code: 'CL-WL01', minAge: 18, maxAge: 60, beneficiaries: true, terms: (rng, age) => {
    const sumInsured = pick(rng, [200_000, 300_000, 500_000, 800_000, 1_000_000]);
    const paymentYears = pick(rng, [10, 20]);
    return { sumInsured, premium: yuan(sumInsured * (0.006 + 0.0006 * age) * (paymentYears === 10 ? 1.7 : 1)), paymentYears, endDate: null };
  } },
  // 年金: the basic sum is the premiums paid; pays until 85.
  'CL-AN02': { code: 'CL-AN02', minAge: 25, maxAge: 60, beneficiaries: true, terms: (rng, _age, effective, birth) => {
    const premium = 10_000 * rng.int(1, 10);
    const paymentYears = pick(rng, [3, 5, 10]);
    return { sumInsured: premium * paymentYears, premium, paymentYears, endDate: toAge(birth, 85, effective) };
  } },
  // 重大疾病: for life or to 70.
  'CL-CI03': { code: 'CL-CI03', minAge: 18, maxAge: 55, beneficiaries: false, terms: (rng, age, effective, birth) => {
    const sumInsured = pick(rng, [200_000, 300_000, 500_000]);
    const paymentYears = pick(rng, [20, 30]);
    const whole = rng.next() < 0.7;
    return { sumInsured, premium: yuan(sumInsured * (0.007 + 0.0008 * age) * (whole ? 1 : 0.75)), paymentYears, endDate: whole ? null : toAge(birth, 70, effective) };
  } },
  // 万能型终身寿险: regular or single premium.
  'PA-UL01': { code: 'PA-UL01', minAge: 18, maxAge: 65, beneficiaries: true, terms: (rng) => {
    const sumInsured = 50_000 * rng.int(2, 10);
    const single = rng.next() < 0.2;
    return { sumInsured, premium: single ? sumInsured * 0.6 : 1_000 * rng.int(6, 30), paymentYears: single ? null : pick(rng, [10, 20]), endDate: null };
  } },
  // 一年期医疗 (百万医疗): a few hundred yuan, more with age.
  'PA-MED02': { code: 'PA-MED02', minAge: 0, maxAge: 70, beneficiaries: false, terms: (rng, age) => ({
    sumInsured: pick(rng, [2_000_000, 3_000_000, 4_000_000, 6_000_000]), premium: yuan(150 + 0.45 * age * age), paymentYears: null, endDate: null,
  }) },
  // 综合意外: lower sums for the elderly.
  'PA-ACC03': { code: 'PA-ACC03', minAge: 0, maxAge: 80, beneficiaries: false, terms: (rng, age) => {
    const sumInsured = age > 60 ? pick(rng, [100_000, 200_000]) : pick(rng, [300_000, 500_000, 1_000_000]);
    return { sumInsured, premium: yuan(sumInsured * (age > 60 ? 0.0025 : 0.0004)), paymentYears: null, endDate: null };
  } },
  // 定期寿险: 20 or 30 years, or to 60 / 70.
  'CP-TL01': { code: 'CP-TL01', minAge: 18, maxAge: 55, beneficiaries: true, terms: (rng, age, effective, birth) => {
    const sumInsured = pick(rng, [500_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000]);
    const span = pick(rng, [20, 30, 60, 70]);
    const endDate = span > 30 ? toAge(birth, span, effective) : addYears(effective, span) - 1;
    return { sumInsured, premium: yuan(sumInsured * (0.0006 + 0.00008 * age)), paymentYears: span > 30 ? 20 : span, endDate };
  } },
  // 家庭财产: the contents of the home.
  'CP-HOME02': { code: 'CP-HOME02', minAge: 18, maxAge: 99, beneficiaries: false, terms: (rng) => {
    const sumInsured = 100_000 * rng.int(2, 10);
    return { sumInsured, premium: yuan(sumInsured * 0.0006), paymentYears: null, endDate: null };
  } },
  // 机动车商业险: third-party limit, premium by car.
  'PI-AUTO01': { code: 'PI-AUTO01', minAge: 18, maxAge: 75, beneficiaries: false, terms: (rng) => ({
    sumInsured: pick(rng, [1_000_000, 1_500_000, 2_000_000, 3_000_000]), premium: 100 * rng.int(25, 90), paymentYears: null, endDate: null,
  }) },
  // 雇主责任: per-employee limit × staff.
  'PI-EMP02': { code: 'PI-EMP02', minAge: 0, maxAge: 999, beneficiaries: false, terms: (rng) => {
    const staff = rng.int(8, 120);
    return { sumInsured: pick(rng, [500_000, 800_000, 1_000_000]) * staff, premium: staff * 10 * rng.int(15, 60), paymentYears: null, endDate: null };
  } },
  // 投资连结: mostly a single premium.
  'TK-IL01': { code: 'TK-IL01', minAge: 25, maxAge: 65, beneficiaries: true, terms: (rng) => {
    const single = rng.next() < 0.7;
    const premium = single ? 10_000 * rng.int(5, 50) : 1_000 * rng.int(10, 30);
    return { sumInsured: yuan(premium * (single ? 1.05 : 10)), premium, paymentYears: single ? null : 10, endDate: null };
  } },
  // 长期护理: bought at 45 or later, often by a grown-up child.
  'NC-LTC01': { code: 'NC-LTC01', minAge: 40, maxAge: 70, beneficiaries: false, terms: (rng, age) => {
    const sumInsured = 50_000 * rng.int(2, 6);
    return { sumInsured, premium: yuan(sumInsured * (0.01 + 0.0006 * age)), paymentYears: pick(rng, [10, 20]), endDate: null };
  } },
};

/** Installments a year, and what each costs against the annual premium (insurers load the split ones). */
export const INSTALLMENTS: Record<Exclude<PaymentFrequency, 'single'>, { perYear: number; factor: number }> = {
  annual: { perYear: 1, factor: 1 },
  semiannual: { perYear: 2, factor: 0.52 },
  quarterly: { perYear: 4, factor: 0.265 },
  monthly: { perYear: 12, factor: 0.09 },
};

export function regularFrequency(rng: Random): Exclude<PaymentFrequency, 'single'> {
  const r = rng.next();
  return r < 0.8 ? 'annual' : r < 0.85 ? 'semiannual' : r < 0.9 ? 'quarterly' : 'monthly';
}

/** 缴费方式: renewal premiums are mostly debited; one-year cover is mostly bought online or by card. */
export function paymentMode(rng: Random, regular: boolean, organisation: boolean): PaymentMode {
  if (organisation) return rng.next() < 0.85 ? 'bank_transfer' : 'auto_debit';
  const r = rng.next();
  if (regular) return r < 0.7 ? 'auto_debit' : r < 0.85 ? 'bank_transfer' : 'card';
  return r < 0.4 ? 'online' : r < 0.65 ? 'card' : r < 0.85 ? 'auto_debit' : r < 0.95 ? 'bank_transfer' : 'cash';
}

// 保单号 in each insurer's style (illustrative): the serial is a keyed bijection of the demo
// policy's number, so two demo policies never share a number at one insurer.
const SERIAL_SPACE = 1_000_000_000;
const NUMBER_STYLE: Record<string, (serial: string, productCode: string) => string> = {
  CHINALIFE: (s) => `244010${s}`,
  PINGAN: (s) => `P4403${s}8`, // P + 14 digits
  CPIC: (s, p) => `AGUZ${s}${p === 'CP-HOME02' ? 'H' : 'L'}`,
  PICC: (s, p) => `${p === 'PI-AUTO01' ? 'PDAA' : 'PEAE'}44010${s}`,
  TAIKANG: (s) => `8600${s}0`,
  NCI: (s) => `XH44${s}`,
};

export function demoPolicyNumber(k: number, insurerCode: string, productCode: string): string {
  const serial = String(permute(k, SERIAL_SPACE, 0x5e71a1)).padStart(9, '0');
  return NUMBER_STYLE[insurerCode]!(serial, productCode);
}

// Debit cards (借记卡) of the big banks: BIN, length; the last digit is the Luhn check.
const CARDS = [['622202', 19], ['621700', 19], ['622848', 19], ['621661', 19], ['621483', 16], ['622588', 16]] as const;

/** The debit account of demo client n (the premium payer): 16 or 19 digits, Luhn-valid, one per client. */
export function demoBankAccount(n: number): string {
  const [bin, length] = CARDS[n % CARDS.length]!;
  const serial = String(permute(n, SERIAL_SPACE, 0xba4c)).padStart(9, '0');
  const body = `${bin}${serial}${String(n % 1000).padStart(3, '0')}`.slice(0, length - 1);
  return body + luhnCheck(body);
}

function luhnCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
