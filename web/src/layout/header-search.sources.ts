import type { TFunction } from 'i18next';
import type { Permission } from '../session/types';
import { findClients } from '../modules/clients/clients.api';
import { listPolicies } from '../modules/policies/policies.api';

/** One result of the header search box: where Enter or a click goes, and what it shows. */
export type SearchHit = { key: string; path: string; title: string; detail: string };

/** One group of results (客户, 保单, …), each asking its own endpoint. */
export type SearchSource = {
  key: string;
  /** Searched only for users holding one of these. */
  anyOf: Permission[];
  title: (t: TFunction) => string;
  search: (term: string) => Promise<SearchHit[]>;
};

export type SearchGroup = { key: string; title: string; items: SearchHit[]; failed: boolean };

/**
 * What the header box searches, group by group, in display order. Another module adds its
 * group with one entry here.
 */
export const SEARCH_SOURCES: SearchSource[] = [
  {
    key: 'clients',
    anyOf: ['client.read'],
    title: (t) => t('headerSearch.groups.clients'),
    // The server's one search box: exact mobile, ID number or credit code, a mobile's last 4 digits (尾号),
    // else name prefix or its pinyin / initials; mobiles come masked.
    search: async (term) =>
      (await findClients(term, 8)).map((c) => ({
        key: `client-${c.id}`,
        path: `/clients/${c.id}`,
        title: c.name,
        detail: [c.mobile, c.orgUnitName].filter(Boolean).join(' · '),
      })),
  },
  {
    key: 'policies',
    anyOf: ['policy.read'],
    title: (t) => t('headerSearch.groups.policies'),
    // Policy number or internal number prefix (R-PO-3): only for what can start one — letters,
    // digits and dashes, three or more — not for a name.
    search: async (term) =>
      !looksLikePolicyNumber(term) ? [] : (await listPolicies({ number: term.normalize('NFKC').trim() }, undefined, 8)).items.map((p) => ({
        key: `policy-${p.id}`,
        path: `/policies/${p.id}`,
        title: p.policyNumber,
        detail: [p.policyholderName, p.insurerName].join(' · '),
      })),
  },
];

/** 保单号 PA2026…, 内部编号 GZ01-2026-000042: ASCII letters, digits, dashes and slashes, in full or half width. */
export const looksLikePolicyNumber = (term: string) => /^[A-Za-z0-9][A-Za-z0-9\-/]{2,}$/.test(term.normalize('NFKC').trim());

/** Every permitted source at once; one failing source leaves the others' results standing. */
export function searchAll(sources: SearchSource[], term: string, t: TFunction): Promise<SearchGroup[]> {
  return Promise.all(
    sources.map((s) =>
      s.search(term).then(
        (items) => ({ key: s.key, title: s.title(t), items, failed: false }),
        () => ({ key: s.key, title: s.title(t), items: [], failed: true }),
      ),
    ),
  );
}
