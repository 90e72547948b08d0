// The demo policy register, as pure data: the policies of client block b are always the same,
// whatever else is generated and whenever: they are planned on a fixed day (ANCHOR) and their
// dates moved to today, so the demo always looks current while a re-run on a later day
// recognises every policy by its number. Each block of 16 clients holds exactly 24 policies.
import { demoCatalog } from '../catalog/demo-catalog.js';
import { toDayNumber } from '../calendar/dates.js';
import { beijingDayNumber, beijingDayStartMs } from '../../platform/time/beijing.js';
import type { LineOfBusiness, TermType } from '../catalog/catalog.tables.js';
import type { NoticeChannel, PartyRelation, PaymentFrequency, PolicyState } from '../policies/policies.tables.js';
import type { PolicyDraft } from '../policies/policy-rules.js';
import { reviewFailures } from '../policies/policy-lifecycle.js';
import { STATE_REASONS } from '../policies/state-reasons.js';
import { hash32, type DemoClient, type DemoLink } from './demo-clients.js';
import { addYears, ageAt, isoDay } from './demo-dates.js';
import { demoBankAccount, demoPolicyNumber, INSTALLMENTS, paymentMode, PRODUCT_PLANS, regularFrequency } from './demo-policy-products.js';
import { planBlock, type Family, type Intent, type Person } from './demo-policy-plan.js';
import { seededRandom, type Random } from './random.js';

/** Policies per block of 16 clients: 1.5 a client. */
export const POLICIES_PER_BLOCK = 24;
const SEED = 20_261_127;
/** The day the register is planned on (2026-11-26); its dates move by today − ANCHOR. */
const ANCHOR = 20_783;
const CATALOGUE = demoCatalog();
const PRODUCTS = new Map(CATALOGUE.products.map((p) => [p.code, p]));
/** Insurer names by code, as the timeline quotes them. */
export const INSURER_NAMES = new Map(CATALOGUE.insurers.map((i) => [i.code, i.name]));
// Intake still open (R-PO-2, R-PO-4): few, so the demo's due items stay a short list.
const REGISTERED_SHARE = 0.02;
const ON_HOLD_SHARE = 0.01;

export type DemoClock = { now: Date; today: string };
/** Day numbers as planned (around ANCHOR) and how they come out: moved by `shift` days, moments no later than now. */
type Frame = { today: number; shift: number; now: Date };

/** A demo policy; its sum, premium and payment terms are those of the intake form's draft (PolicyDraft). */
export type DemoPolicy = Pick<PolicyDraft, 'sumInsured' | 'premium' | 'paymentFrequency' | 'paymentMode' | 'paymentYears' | 'bankAccount'> & {
  /** The policy's number in the demo data set: block × 24 + its place in the block. */
  k: number;
  productCode: string;
  insurerCode: string;
  policyNumber: string;
  /** Demo client numbers (n). */
  holder: number;
  /** Relation: the insured's to the policyholder. */
  insured: { n: number; relation: PartyRelation }[];
  /** Relation: the beneficiary's to the insured. Empty: legal heirs (法定). */
  beneficiaries: { n: number; relation: PartyRelation; rank: number; share: string }[];
  applicationDate: string;
  issueDate: string;
  effectiveDate: string;
  endDate: string | null;
  state: PolicyState;
  stateReason: string | null;
  stateChangedAt: Date;
  receivedAt: Date;
  verifiedAt: Date | null;
  /** The initial review (R-PO-2) at intake; failed only for a policy on hold. */
  review: { formatComplete: boolean; sealsPresent: boolean; noAlteration: boolean; note: string | null };
  holdNotice: { channel: NoticeChannel; content: string } | null;
};

/** A policy laid out, its dates as day numbers for the plan; number given once its place in the block is known. */
type Draft = { effective: number; end: number | null; state: PolicyState; policy: DemoPolicy };

/** The 24 policies of client block b (clients and links as demoBlock gives them). */
export function demoPolicyBlock(b: number, block: { clients: DemoClient[]; links: DemoLink[] }, clock: DemoClock): DemoPolicy[] {
  const rng = seededRandom(hash32(SEED ^ Math.imul(b + 1, 0x85ebca6b)));
  const frame: Frame = { today: ANCHOR, shift: toDayNumber(clock.today) - ANCHOR, now: clock.now };
  const family = familyOf(block, ANCHOR);
  const make = (intent: Intent) => materialise(rng, intent, family, frame);
  return planBlock(rng, family, make, POLICIES_PER_BLOCK, ANCHOR).map(({ policy }, i) => {
    policy.k = b * POLICIES_PER_BLOCK + i;
    policy.policyNumber = demoPolicyNumber(policy.k, policy.insurerCode, policy.productCode);
    return policy;
  });
}

/** The draft the intake form would send for a demo policy (client numbers stand for client ids). */
export function toPolicyDraft(p: DemoPolicy): { draft: PolicyDraft; product: { lineOfBusiness: LineOfBusiness; termType: TermType; name: string } } {
  const product = PRODUCTS.get(p.productCode)!;
  return {
    draft: {
      policyNumber: p.policyNumber, productName: null, lineOfBusiness: null, termType: null, sumInsured: p.sumInsured, premium: p.premium,
      paymentFrequency: p.paymentFrequency, paymentMode: p.paymentMode, paymentYears: p.paymentYears, bankAccount: p.bankAccount,
      applicationDate: p.applicationDate, issueDate: p.issueDate, effectiveDate: p.effectiveDate, endDate: p.endDate,
      insured: p.insured.map((i) => ({ clientId: i.n, relation: i.relation })),
      beneficiaryDesignation: p.beneficiaries.length ? 'named' : 'legal',
      beneficiaries: p.beneficiaries.map((x) => ({ clientId: x.n, name: null, idNumber: null, relation: x.relation, rank: x.rank, share: x.share })),
    },
    product: { lineOfBusiness: product.lineOfBusiness, termType: product.termType, name: product.name },
  };
}

function familyOf({ clients, links }: { clients: DemoClient[]; links: DemoLink[] }, today: number): Family {
  const relation = new Map<string, PartyRelation>();
  for (const l of links) {
    if (l.relation === 'spouse') {
      relation.set(`${l.client}|${l.related}`, 'spouse');
      relation.set(`${l.related}|${l.client}`, 'spouse');
    } else if (l.relation === 'child') {
      relation.set(`${l.related}|${l.client}`, 'child'); // the related client is the client's child
      relation.set(`${l.client}|${l.related}`, 'parent');
    }
  }
  const persons: Person[] = clients.map((c) => {
    const birth = c.birthDate ? toDayNumber(c.birthDate) : null;
    return {
      n: c.n, kind: c.kind, contactPreference: c.contactPreference, birth,
      age: birth === null ? null : ageAt(birth, today), firstContactDay: beijingDay(c.firstContactAt),
    };
  });
  return { persons, relationOf: (x, y) => (x.n === y.n ? 'self' : relation.get(`${x.n}|${y.n}`) ?? null) };
}

const beijingDay = (at: Date) => beijingDayNumber(at.getTime());
/** The moment `minutes` past midnight, Beijing time, of a planned day, as it comes out. */
const moment = (f: Frame, day: number, minutes: number) => new Date(Math.min(beijingDayStartMs(day + f.shift) + minutes * 60_000, f.now.getTime()));
const money = (yuan: number) => {
  const cents = Math.round(yuan * 100);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
};
const latest = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** One intended sale as a policy, its dates and state laid out around today; null when the product does not fit the insured's age. */
function materialise(rng: Random, intent: Intent, family: Family, frame: Frame): Draft | null {
  const { today, now } = frame;
  const iso = (day: number) => isoDay(day + frame.shift);
  const { holder, insured, phase } = intent;
  const product = PRODUCTS.get(intent.code)!;
  const plan = PRODUCT_PLANS[intent.code]!;
  const short = product.termType === 'short_term';
  const intake = phase === 'current' ? rng.next() : 1;
  const future = !short && phase === 'current' && rng.next() < 0.04;

  let effective: number;
  if (phase === 'renewal') effective = intent.base!.end! + 1;
  else if (phase === 'history') effective = addYears(intent.base!.effective, -intent.yearsBack!);
  else if (short) effective = today - rng.int(3, 364);
  else if (future) effective = today + rng.int(1, 45);
  else {
    const lo = Math.max(today - 3650, insured.birth === null ? -Infinity : addYears(insured.birth, plan.minAge), holder.birth === null ? -Infinity : addYears(holder.birth, 18) + 30);
    const hi = Math.min(today - 30, insured.birth === null ? Infinity : addYears(insured.birth, plan.maxAge + 1) - 1);
    if (lo > hi) return null;
    effective = rng.int(lo, hi);
  }
  const age = insured.birth === null ? 40 : ageAt(insured.birth, effective);
  if (age < plan.minAge || age > plan.maxAge) return null;
  if (holder.birth !== null && ageAt(holder.birth, effective) < 18) return null;

  const terms = plan.terms(rng, age, effective, insured.birth ?? effective);
  const end = short ? addYears(effective, 1) - 1 : terms.endDate;
  const regular = terms.paymentYears !== null;
  const frequency: PaymentFrequency = regular ? regularFrequency(rng) : intent.code === 'PA-MED02' && rng.next() < 0.35 ? 'monthly' : 'single';
  const premium = frequency === 'single' ? terms.premium : terms.premium * INSTALLMENTS[frequency].factor;
  const mode = paymentMode(rng, frequency !== 'single', holder.kind === 'organisation');

  // 投保 ≤ 签发 ≤ 生效 (R-PO-3), the issue at least three days past.
  const issue = Math.min(effective - rng.int(0, 3), today - rng.int(3, 12));
  const application = issue - (short ? rng.int(0, 7) : rng.int(1, 25));
  const state0: PolicyState = intake < REGISTERED_SHARE ? 'registered' : intake < REGISTERED_SHARE + ON_HOLD_SHARE ? 'on_hold' : 'verified';
  let receivedAt: Date;
  let receivedDay = today;
  if (state0 !== 'verified') {
    receivedAt = new Date(now.getTime() - rng.int(30, 60 * 60) * 60_000); // within the last 2.5 days
  } else {
    // Handed over at the first contact, or soon after issue when bought later.
    const day = issue >= holder.firstContactDay ? issue + rng.int(1, 15) : holder.firstContactDay + rng.int(0, 30);
    receivedDay = Math.min(day, today - 1);
    receivedAt = moment(frame, receivedDay, 9 * 60 + rng.int(0, 540));
  }
  const verifiedAt = state0 === 'verified' ? new Date(Math.min(receivedAt.getTime() + rng.int(60, 3 * 1440) * 60_000, now.getTime() - 5 * 60_000)) : null;
  const lifeCycle = verifiedAt ? laterState(rng, frame, { effective, end, regular, paymentYears: terms.paymentYears, received: receivedDay }, verifiedAt, short || phase !== 'current') : null;
  const failed = state0 === 'on_hold' ? failedReview(rng) : null;

  const state = lifeCycle?.state ?? state0;
  const policy: DemoPolicy = {
    k: -1, policyNumber: '', productCode: product.code, insurerCode: product.insurerCode, holder: holder.n,
    insured: [{ n: insured.n, relation: family.relationOf(insured, holder) ?? 'other' }],
    beneficiaries: plan.beneficiaries && product.lineOfBusiness === 'life' && rng.next() < 0.55 ? namedBeneficiaries(rng, family, insured) : [],
    sumInsured: money(terms.sumInsured), premium: money(premium), paymentFrequency: frequency, paymentMode: mode,
    paymentYears: frequency === 'single' ? null : regular ? terms.paymentYears : 1,
    bankAccount: mode === 'auto_debit' ? demoBankAccount(holder.n) : null,
    applicationDate: iso(application), issueDate: iso(issue), effectiveDate: iso(effective), endDate: end === null ? null : iso(end),
    state, stateReason: lifeCycle?.reason ?? (failed ? reviewFailures(failed).zh : null),
    stateChangedAt: lifeCycle?.at ?? receivedAt, receivedAt, verifiedAt,
    review: failed ?? { formatComplete: true, sealsPresent: true, noAlteration: true, note: null },
    holdNotice: failed ? { channel: holder.contactPreference, content: holdNoticeText(failed) } : null,
  };
  return { effective, end, state, policy };
}

/**
 * Where a verified policy stands today (R-PO-3): waiting for its start, in force, or ended by
 * its dates; some long-term ones lapsed for an unpaid premium (R-RN-4) or surrendered.
 */
function laterState(
  rng: Random,
  frame: Frame,
  p: { effective: number; end: number | null; regular: boolean; paymentYears: number | null; received: number },
  verifiedAt: Date,
  onlyByDates: boolean,
): { state: PolicyState; reason: string | null; at: Date } {
  const { today } = frame;
  if (p.end !== null && p.end < today) return { state: 'expired', reason: null, at: latest(verifiedAt, moment(frame, p.end + 1, 5)) };
  if (p.effective > today) return { state: 'verified', reason: null, at: verifiedAt };
  const inForce = { state: 'in_force' as const, reason: null, at: latest(verifiedAt, moment(frame, p.effective, 5)) };
  if (onlyByDates) return inForce;
  const r = rng.next();
  const day = today - rng.int(5, 600);
  const fits = day > p.received + 2 && day > p.effective + 425 && (p.end === null || day < p.end);
  if (r < 0.06 && fits && p.regular && day < addYears(p.effective, p.paymentYears!)) {
    return { state: 'lapsed', reason: STATE_REASONS.gracePeriodEnded.zh, at: moment(frame, day, 60) };
  }
  if (r >= 0.06 && r < 0.1 && fits) {
    return { state: 'terminated', reason: rng.pick(['客户申请退保', '客户申请解除合同']), at: moment(frame, day, 10 * 60 + rng.int(0, 420)) };
  }
  return inForce;
}

/** Named beneficiaries (R-PO-1): the insured's spouse and children, or parents; each rank totals 100 %. */
function namedBeneficiaries(rng: Random, family: Family, insured: Person): DemoPolicy['beneficiaries'] {
  const kin = (relation: PartyRelation) => family.persons.filter((p) => p.n !== insured.n && family.relationOf(p, insured) === relation);
  const [spouse] = kin('spouse');
  const children = kin('child');
  const parents = kin('parent');
  const one = (p: Person, relation: PartyRelation, rank = 1, share = '100.00') => ({ n: p.n, relation, rank, share });
  if (spouse && children.length) {
    const r = rng.next();
    if (r < 0.4) return [one(spouse, 'spouse')];
    if (r < 0.7) return [one(spouse, 'spouse', 1, '50.00'), one(children[0]!, 'child', 1, '50.00')];
    if (r < 0.85) return [one(spouse, 'spouse', 1, '60.00'), one(children[0]!, 'child', 1, '40.00')];
    return [one(spouse, 'spouse'), one(children[0]!, 'child', 2)];
  }
  if (spouse) return [one(spouse, 'spouse')];
  if (children.length) return [one(children[0]!, 'child')];
  if (parents.length === 2) return [one(parents[0]!, 'parent', 1, '50.00'), one(parents[1]!, 'parent', 1, '50.00')];
  if (parents.length === 1) return [one(parents[0]!, 'parent')];
  return [];
}

function failedReview(rng: Random): DemoPolicy['review'] {
  const r = rng.next();
  if (r < 0.6) return { formatComplete: true, sealsPresent: false, noAlteration: true, note: '保单首页缺少保险公司印章' };
  if (r < 0.9) return { formatComplete: false, sealsPresent: true, noAlteration: true, note: '缺少保单条款及现金价值表页' };
  return { formatComplete: true, sealsPresent: true, noAlteration: false, note: '被保险人出生日期处有涂改' };
}

/** What the client is told when the initial review fails (R-PO-2). */
export function holdNoticeText(review: DemoPolicy['review']): string {
  return `您交来登记的保单经初审${reviewFailures(review).zh}，暂缓登记。请携带保单原件或保险公司出具的证明到营业部补充材料，我们收到后将尽快为您完成登记。`;
}
