import { describe, expect, it } from 'vitest';
import { checkClientDraft, isArchiveComplete, type ClientDraft } from './client-rules.js';
import { birthdayWindow } from './find-birthdays.js';
import { classifySearch } from './search-clients.js';

const person = (over: Partial<ClientDraft> = {}): ClientDraft => ({
  kind: 'person', name: '王秀英', gender: null, birthDate: null, idType: null, idNumber: null, mobile: null, address: null,
  occupation: null, contactPreference: null, unifiedCreditCode: null, contactPerson: null, ...over,
});

describe('client archive rules (R-CL-1)', () => {
  it('takes birth date and gender from a valid resident ID and normalises identifiers', () => {
    const { draft, problems } = checkClientDraft(person({ idNumber: ' 11010519491231002x ', mobile: '+86 138 0013 8000' }), '2026-11-26');
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ idType: 'resident_id', idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', mobile: '13800138000' });
    // Copied from a document with its spacing, or typed in full width.
    expect(checkClientDraft(person({ idNumber: '110105 19491231 002x' }), '2026-11-26').draft.idNumber).toBe('11010519491231002X');
    expect(checkClientDraft(person({ idNumber: '１１０１０５１９４９１２３１００２Ｘ' }), '2026-11-26').draft.idNumber).toBe('11010519491231002X');
    const org = checkClientDraft(person({ kind: 'organisation', unifiedCreditCode: '9135 0100 M000 100Y43' }), '2026-11-26');
    expect(org).toMatchObject({ problems: [], draft: { unifiedCreditCode: '91350100M000100Y43' } });
  });

  it('refuses a birth date in the future, read from the ID or typed', () => {
    expect(checkClientDraft(person({ birthDate: '2027-01-01' }), '2026-11-26').problems).toEqual([{ path: 'birthDate', reason: 'birthDateInFuture' }]);
    expect(checkClientDraft(person({ birthDate: '2026-02-29' }), '2026-11-26').problems).toEqual([{ path: 'birthDate', reason: 'invalidDate' }]);
  });

  it('keeps person fields off organisations and credit codes off persons', () => {
    const org = checkClientDraft(person({ kind: 'organisation', gender: 'male', unifiedCreditCode: '91350100M000100Y43' }), '2026-11-26');
    expect(org.problems).toEqual([{ path: 'gender', reason: 'notForOrganisation' }]);
    expect(checkClientDraft(person({ unifiedCreditCode: '91350100M000100Y43' }), '2026-11-26').problems).toEqual([{ path: 'unifiedCreditCode', reason: 'notForPerson' }]);
  });

  it('calls an archive complete with identity and contact', () => {
    expect(isArchiveComplete(person({ idNumber: 'X', mobile: '1' }))).toBe(true);
    expect(isArchiveComplete(person({ idNumber: 'X' }))).toBe(false);
    expect(isArchiveComplete(person({ kind: 'organisation', unifiedCreditCode: 'C', mobile: '1' }))).toBe(false);
    expect(isArchiveComplete(person({ kind: 'organisation', unifiedCreditCode: 'C', contactPerson: '陈', mobile: '1' }))).toBe(true);
  });
});

describe('birthday window (R-CL-5)', () => {
  it('crosses a year end', () => {
    expect([...birthdayWindow('2026-12-30', 4)]).toEqual([[1230, '2026-12-30'], [1231, '2026-12-31'], [101, '2027-01-01'], [102, '2027-01-02']]);
  });

  it('keeps 29 February on 28 February in common years only', () => {
    expect(birthdayWindow('2027-02-28', 1).get(229)).toBe('2027-02-28');
    expect(birthdayWindow('2028-02-28', 1).get(229)).toBeUndefined();
    expect(birthdayWindow('2028-02-29', 1).get(229)).toBe('2028-02-29');
  });
});

describe('search term detection', () => {
  it.each([
    ['11010519491231002x', 'idNumber'],
    ['91350100m000100y43', 'unifiedCreditCode'],
    ['+86 138-0013-8000', 'mobile'],
    ['E12345678', 'idNumber'],
    ['欧阳', 'name'],
    ['Smith', 'name'],
  ] as const)('%s → %s', (q, by) => {
    expect(classifySearch(q).by).toBe(by);
  });
});
