import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgentSelect } from '../../shared/agent-picker/AgentSelect';
import { DateRangeFilter, FilterBar } from '../../shared/list/ListFilters';
import type { ListState } from '../../shared/list/useListParams';
import { OrgUnitSelect } from '../../shared/org/OrgUnitSelect';
import { useOrgUnits } from '../../shared/org/useOrgUnits';
import { useSession } from '../../session/useSession';
import { InsurerSelect } from './InsurerSelect';
import { LINES_OF_BUSINESS, POLICY_STATES, type LineOfBusiness, type PolicyState } from './policies.api';

export const ENDING_WINDOWS = [30, 60, 90] as const;

/** The policy list's filters, named in the address as the server's query names them. */
export const POLICY_FILTERS = [
  'number', 'state', 'lineOfBusiness', 'insurerId', 'agentId', 'orgUnitId', 'endingWithinDays',
  'effectiveFrom', 'effectiveTo', 'endFrom', 'endTo',
] as const;
export type PolicyFilterKey = (typeof POLICY_FILTERS)[number];

const id = (raw: string | undefined) => (raw && /^\d+$/.test(raw) ? Number(raw) : undefined);

/** The list's filter bar; every change goes to the address so a filtered list can be shared. */
export function PolicyFilters({ list }: { list: ListState<PolicyFilterKey> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const orgUnits = useOrgUnits(can('org.read'));
  const f = list.filters;
  return (
    <FilterBar list={list} testId="policy-filters">
      <Input.Search
        key={f.number ?? ''}
        defaultValue={f.number}
        allowClear
        enterButton={t('common.search')}
        placeholder={t('policies.filters.number')}
        onSearch={(v) => list.setFilters({ number: v.trim() || undefined })}
        style={{ width: 340 }}
        maxLength={40}
        data-testid="policy-filter-number"
      />
      <Select<PolicyState | ''>
        value={(f.state as PolicyState | undefined) ?? ''}
        onChange={(v) => list.setFilters({ state: v || undefined })}
        style={{ width: 130 }}
        options={[{ value: '', label: t('policies.filters.allStates') }, ...POLICY_STATES.map((s) => ({ value: s, label: t(`policies.states.${s}`) }))]}
        data-testid="policy-filter-state"
      />
      <Select<LineOfBusiness | ''>
        value={(f.lineOfBusiness as LineOfBusiness | undefined) ?? ''}
        onChange={(v) => list.setFilters({ lineOfBusiness: v || undefined })}
        style={{ width: 140 }}
        options={[{ value: '', label: t('policies.filters.allLines') }, ...LINES_OF_BUSINESS.map((l) => ({ value: l, label: t(`policies.lines.${l}`) }))]}
        data-testid="policy-filter-line"
      />
      <InsurerSelect
        value={id(f.insurerId)}
        onChange={(v) => list.setFilters({ insurerId: v })}
        allowClear
        placeholder={t('policies.filters.insurer')}
        style={{ width: 220 }}
        testId="policy-filter-insurer"
      />
      <AgentSelect
        value={id(f.agentId)}
        onChange={(v) => list.setFilters({ agentId: v ?? undefined })}
        placeholder={t('policies.filters.agent')}
        style={{ width: 180 }}
        testId="policy-filter-agent"
      />
      {orgUnits.tree.length > 0 && (
        <OrgUnitSelect
          tree={orgUnits.tree}
          activeOnly={false}
          allowClear
          value={id(f.orgUnitId)}
          onChange={(v) => list.setFilters({ orgUnitId: v })}
          placeholder={t('policies.detail.orgUnit')}
          style={{ width: 200 }}
          testId="policy-filter-org-unit"
        />
      )}
      <Select<number>
        value={id(f.endingWithinDays)}
        onChange={(v) => list.setFilters({ endingWithinDays: v ?? undefined })}
        allowClear
        placeholder={t('policies.filters.ending')}
        style={{ width: 150 }}
        options={ENDING_WINDOWS.map((days) => ({ value: days, label: t('policies.filters.endingWithin', { days }) }))}
        data-testid="policy-filter-ending"
      />
      <DateRangeFilter list={list} label={t('policies.detail.effectiveDate')} from="effectiveFrom" to="effectiveTo" testId="policy-filter-effective" />
      <DateRangeFilter list={list} label={t('policies.detail.endDate')} from="endFrom" to="endTo" testId="policy-filter-end" />
    </FilterBar>
  );
}
