import { describe, expect, it } from 'vitest';
import { isValidMobile, isValidResidentId, isValidUnifiedSocialCreditCode, residentIdInfo } from '../../platform/pii/index.js';
import { birthdayOfYear, BLOCK_SIZE, demoBlock, type DemoClient } from './demo-clients.js';
import { PERSON_CAPACITY, personIdentity } from './demo-identifiers.js';
import { permute } from './permutation.js';

const OFFICES = ['FS01', 'FS02', 'GZ01', 'GZ02', 'SZ01', 'SZ02'];
const blocks = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => demoBlock(from + i, OFFICES));
const clientsOf = (bs: ReturnType<typeof blocks>) => bs.flatMap((b) => b.clients);

// Demo clients (R-CL-1): identifiers valid by LAW.md "Identifiers", never repeated, deterministic.
describe('demo clients', () => {
  // The first blocks, and blocks near a million clients (62 500 blocks of 16).
  const sample = clientsOf([...blocks(0, 300), ...blocks(62_200, 62_500)]);
  const persons = sample.filter((c) => c.kind === 'person');
  const organisations = sample.filter((c) => c.kind === 'organisation');

  it('gives every person a valid resident ID (GB 11643) that agrees with the stored birth date and gender', () => {
    expect(persons.length).toBe(600 * 15);
    for (const c of persons) {
      expect(isValidResidentId(c.idNumber!), c.idNumber!).toBe(true);
      expect(residentIdInfo(c.idNumber!)).toEqual({ birthDate: c.birthDate, gender: c.gender });
      expect(c.birthDate! >= '1950-01-01' && c.birthDate! <= '2003-12-31').toBe(true);
      // Sequence 200-999: never one of the test fixtures' numbers (001-199).
      expect(Number(c.idNumber!.slice(14, 17))).toBeGreaterThanOrEqual(200);
    }
  });

  it('gives every client a valid mobile and every organisation a valid unified social credit code (GB 32100)', () => {
    for (const c of sample) expect(isValidMobile(c.mobile) && /^1[3-9]\d{9}$/.test(c.mobile), c.mobile).toBe(true);
    expect(organisations.length).toBe(600);
    for (const c of organisations) {
      expect(isValidUnifiedSocialCreditCode(c.unifiedCreditCode!), c.unifiedCreditCode!).toBe(true);
      expect(c).toMatchObject({ idNumber: null, gender: null, birthDate: null });
      expect(c.contactPerson).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(c.name).toMatch(/有限公司$/);
    }
  });

  it('never repeats an ID number, a mobile or a credit code', () => {
    const firstTwenty = clientsOf(blocks(0, 1250)); // 20 000 clients
    const unique = (values: (string | null)[]) => new Set(values.filter((v) => v !== null)).size;
    expect(unique(firstTwenty.map((c) => c.mobile))).toBe(20_000);
    expect(unique(firstTwenty.map((c) => c.idNumber))).toBe(1250 * 15);
    expect(unique(firstTwenty.map((c) => c.unifiedCreditCode))).toBe(1250);
  });

  it('the person identities are a bijection: the whole capacity maps onto distinct IDs', () => {
    for (const size of [1, 2, 7, 1000, 4099]) {
      const images = Array.from({ length: size }, (_, n) => permute(n, size, 42));
      expect(new Set(images).size).toBe(size);
      expect(Math.max(...images)).toBe(size - 1);
    }
    expect(() => personIdentity(PERSON_CAPACITY)).toThrow(RangeError);
    expect(personIdentity(PERSON_CAPACITY - 1).birthYear).toBeLessThanOrEqual(2003);
  });

  it('is deterministic: block b is the same whatever was generated before', () => {
    const again = JSON.stringify(demoBlock(299, OFFICES));
    blocks(0, 3);
    expect(JSON.stringify(demoBlock(299, OFFICES))).toBe(again);
    expect(demoBlock(7, OFFICES).clients.map((c) => c.n)).toEqual(Array.from({ length: BLOCK_SIZE }, (_, j) => 7 * BLOCK_SIZE + j));
  });

  it('gives clients Chinese names, addresses in their office city, and a complete archive after the first contact', () => {
    for (const c of persons) expect(c.name).toMatch(/^\p{Script=Han}{2,3}$/u);
    const gz = sample.filter((c) => OFFICES[c.office]!.startsWith('GZ'));
    expect(gz.length).toBeGreaterThan(0);
    for (const c of gz) expect(c.address).toMatch(/^广东省广州市.+区.+号\d+栋\d+室$/);
    for (const c of sample) {
      expect(c.archivedAt.getTime()).toBeGreaterThan(c.firstContactAt.getTime());
      expect(c.firstContactAt.toISOString() >= '2021-01-01' && c.archivedAt.toISOString() < '2026-09-01').toBe(true);
    }
    const share = (f: (c: DemoClient) => boolean) => persons.filter(f).length / persons.length;
    expect(share((c) => c.consentMarketing)).toBeGreaterThan(0.5);
    expect(share((c) => c.consentSensitive)).toBeGreaterThan(0.2);
    expect(share((c) => c.gender === 'male')).toBeCloseTo(0.5, 1);
  });

  // R-CL-3: households of spouses and their children, employees of the block's organisation.
  it('links households consistently: spouses of different gender, children 20-45 years younger with the father’s surname', () => {
    const byN = new Map(sample.map((c) => [c.n, c]));
    const links = [...blocks(0, 300), ...blocks(62_200, 62_500)].flatMap((b) => b.links);
    const year = (c: DemoClient) => Number(c.birthDate!.slice(0, 4));
    const counts = { spouse: 0, child: 0, employer: 0 } as Record<string, number>;
    for (const l of links) {
      const [a, r] = [byN.get(l.client)!, byN.get(l.related)!];
      counts[l.relation]!++;
      expect(Math.floor(a.n / BLOCK_SIZE)).toBe(Math.floor(r.n / BLOCK_SIZE));
      if (l.relation === 'spouse') expect(a.gender).not.toBe(r.gender);
      if (l.relation === 'child') {
        expect(year(r) - year(a)).toBeGreaterThanOrEqual(20);
        expect(year(r) - year(a)).toBeLessThanOrEqual(45);
        if (a.gender === 'male') expect(r.name[0]).toBe(a.name[0]);
      }
      if (l.relation === 'employer') expect([a.kind, r.kind]).toEqual(['person', 'organisation']);
    }
    expect(counts.spouse).toBeGreaterThan(0);
    expect(counts.child).toBeGreaterThan(0);
    expect(counts.employer).toBeGreaterThan(0);
  });

  // R-CL-5: an office's first 60 persons have birthdays at most 7 days apart all year round.
  it('spreads the birthdays of an office so that every 7-day care window holds one', () => {
    const days = Array.from({ length: 60 }, (_, k) => birthdayOfYear(k)).sort((a, b) => a - b);
    const gaps = days.map((d, i) => (i === 0 ? d + 365 - days.at(-1)! : d - days[i - 1]!));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(7);
    const office = clientsOf(blocks(0, 24)).filter((c) => c.office === 2 && c.kind === 'person');
    expect(office).toHaveLength(60);
    const monthDays = new Set(office.map((c) => c.birthDate!.slice(5)));
    for (let d = 0; d < 365; d++) {
      const window = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2027, 0, 1 + d + i)).toISOString().slice(5, 10));
      expect(window.some((md) => monthDays.has(md)), `7 days from day ${d}`).toBe(true);
    }
  });
});
