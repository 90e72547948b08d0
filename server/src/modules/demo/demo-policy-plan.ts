// What a demo block buys: each household a coverage picture with gaps (a member without health
// or life cover) and overlaps (two medical policies on one person, two motor policies), R-PO-5;
// the block's company its employer's liability. Exactly `size` policies a block: the core
// sales of every household first, then extras, then earlier years' expired terms.
import type { PartyRelation, PolicyState } from '../policies/policies.tables.js';
import type { DemoClient } from './demo-clients.js';
import type { Random } from './random.js';

/** A client of the block as the plan sees it; birth and first contact as day numbers. */
export type Person = Pick<DemoClient, 'n' | 'kind' | 'contactPreference'> & { birth: number | null; age: number | null; firstContactDay: number };
/** relationOf(x, y): what x is to y ('child': x is y's child), from the block's links. */
export type Family = { persons: Person[]; relationOf(x: Person, y: Person): PartyRelation | null };
export type Intent = {
  code: string;
  holder: Person;
  insured: Person;
  /** current: bought for this year or for life; history: a term that ended `yearsBack` years before `base`; renewal: the term after `base`. */
  phase: 'current' | 'history' | 'renewal';
  base?: { effective: number; end: number | null };
  yearsBack?: number;
};
type Made = { effective: number; end: number | null; state: PolicyState };
type Planned<T> = { priority: number; intent: Intent; policy: T };

const LIFE = ['CL-WL01', 'CL-WL01', 'CP-TL01', 'CP-TL01', 'PA-UL01', 'TK-IL01'];
const HOUSEHOLD_SIZE = 3;

export function planBlock<T extends Made>(rng: Random, family: Family, make: (intent: Intent) => T | null, size: number, today: number): T[] {
  const persons = family.persons.filter((p) => p.kind === 'person');
  const lists: (Intent & { priority: number })[][] = [];
  for (let h = 0; h < persons.length; h += HOUSEHOLD_SIZE) {
    const household = persons.slice(h, h + HOUSEHOLD_SIZE).sort((a, b) => a.birth! - b.birth! || a.n - b.n);
    lists.push(householdIntents(rng, family, household));
  }
  for (const org of family.persons.filter((p) => p.kind === 'organisation')) {
    lists.push([{ priority: 0, code: 'PI-EMP02', holder: org, insured: org, phase: 'current' }]);
  }

  // Households take turns, so a cut at `size` spares every household's core sales.
  const planned: Planned<T>[] = [];
  const add = (priority: number, intent: Intent) => {
    const policy = make(intent);
    if (policy) planned.push({ priority, intent, policy });
    return policy !== null;
  };
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++) {
    for (const list of lists) if (list[i]) add(list[i]!.priority, list[i]!);
  }
  const oneYear = planned.filter((p) => p.intent.phase === 'current' && p.policy.end !== null && p.policy.end - p.policy.effective <= 366);
  for (const { intent, policy } of oneYear) {
    const base = { effective: policy.effective, end: policy.end };
    // Renewed already when it ends within a month (the coverage review then shows no reminder, COV-9).
    if (policy.state === 'in_force' && policy.end! - today <= 30 && rng.next() < 0.6) add(1, { ...intent, phase: 'renewal', base });
    if (rng.next() < 0.5) add(2, { ...intent, phase: 'history', base, yearsBack: 1 });
  }

  const chosen = planned.map((p, i) => ({ ...p, i })).sort((a, b) => a.priority - b.priority || a.i - b.i).slice(0, size);
  const result = chosen.map((p) => p.policy);
  const earlier = (years: number) => {
    for (const { intent, policy } of oneYear) {
      if (result.length >= size) return;
      const p = make({ ...intent, phase: 'history', base: { effective: policy.effective, end: policy.end }, yearsBack: years });
      if (p) result.push(p);
    }
  };
  for (let years = 2; result.length < size && years <= 15; years++) earlier(years);
  for (let i = 0; result.length < size; i++) {
    if (i > 1000) throw new Error('A demo block could not be filled with policies');
    const p = persons[i % persons.length]!;
    const policy = make({ code: 'PA-ACC03', holder: p, insured: p, phase: 'current' });
    if (policy) result.push(policy);
  }
  return result;
}

function householdIntents(rng: Random, family: Family, household: Person[]): (Intent & { priority: number })[] {
  const out: (Intent & { priority: number })[] = [];
  const add = (priority: number, code: string, insured: Person, holder = holderFor(rng, family, household, insured)) =>
    out.push({ priority, code, holder, insured, phase: 'current' });
  for (const m of household) {
    const age = m.age ?? 40;
    if (rng.next() < 0.5) {
      add(0, 'PA-MED02', m);
      // 重复投保: a second medical policy on the same person (COV-7).
      if (rng.next() < 0.15) add(1, 'PA-MED02', m);
    }
    if (rng.next() < (age > 60 ? 0.35 : 0.28)) add(0, 'PA-ACC03', m);
    if (age <= 62 && rng.next() < 0.25) add(0, 'CL-CI03', m);
    if (age <= 62 && rng.next() < 0.3) add(0, rng.pick(LIFE), m);
    if (age >= 30 && age <= 65 && rng.next() < 0.08) add(1, 'CL-AN02', m);
    if (age >= 45 && rng.next() < 0.12) add(1, 'NC-LTC01', m);
  }
  const driver = rng.pick(household);
  if (rng.next() < 0.45) {
    add(0, 'PI-AUTO01', driver, driver);
    if (rng.next() < 0.15) add(1, 'PI-AUTO01', driver, driver); // a second car
  }
  if (rng.next() < 0.25) add(1, 'CP-HOME02', household[0]!, household[0]!);
  return out;
}

/** Who pays: the insured, or a parent, the spouse or (for the elderly) a grown-up child. */
function holderFor(rng: Random, family: Family, household: Person[], insured: Person): Person {
  const kin = (relation: PartyRelation) => household.filter((p) => p.n !== insured.n && family.relationOf(p, insured) === relation);
  const parents = kin('parent');
  const spouse = kin('spouse')[0];
  const children = kin('child');
  const r = rng.next();
  if (parents.length && r < 0.35) return rng.pick(parents);
  if (spouse && r < 0.55) return spouse;
  if (children.length && (insured.age ?? 0) >= 55 && r < 0.8) return rng.pick(children);
  return insured;
}
