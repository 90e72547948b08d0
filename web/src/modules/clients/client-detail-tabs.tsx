import { DocumentsPanel } from '../../shared/documents/DocumentsPanel';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Permission } from '../../session/types';
import { ClientHouseholdTab } from './ClientHouseholdTab';
import { ClientProfileTab } from './ClientProfileTab';
import { ClientTimelineTab } from './ClientTimelineTab';
import type { ClientDetail } from './clients.api';
import { ClientPoliciesTab } from '../policies/ClientPoliciesTab';
import { CoveragePanel } from '../coverage';

/** What every tab of the client page gets. */
export type ClientTabProps = {
  client: ClientDetail;
  /** The record as the server now has it, after a change made in a tab. */
  onClientChanged: (client: ClientDetail) => void;
};

export type ClientTab = {
  /** Also the `?tab=` value in the address. */
  key: string;
  label: (t: TFunction) => string;
  render: (props: ClientTabProps) => ReactNode;
  /** Shown only to users holding one of these permissions (absent: everyone who reads the client). */
  anyOf?: Permission[];
};

/**
 * The tabs of the client page, in order. Another module adds its view of a client with one
 * entry here (its component receives ClientTabProps).
 */
export const clientDetailTabs: ClientTab[] = [
  { key: 'profile', label: (t) => t('clients.tabs.profile'), render: (p) => <ClientProfileTab {...p} /> },
  { key: 'household', label: (t) => t('clients.tabs.household'), render: (p) => <ClientHouseholdTab {...p} /> },
  { key: 'policies', label: (t) => t('policies.clientTab.title'), render: (p) => <ClientPoliciesTab clientId={p.client.id} />, anyOf: ['policy.read'] },
  // R-PO-5: the household's coverage, gaps and overlaps.
  { key: 'coverage', label: (t) => t('coverage.title'), render: (p) => <CoveragePanel clientId={p.client.id} />, anyOf: ['policy.read'] },
  { key: 'documents', label: (t) => t('documents.title'), render: (p) => <DocumentsPanel recordType="client" recordId={p.client.id} /> },
  { key: 'timeline', label: (t) => t('clients.tabs.timeline'), render: (p) => <ClientTimelineTab {...p} /> },
];
