import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgentSelect } from '../../shared/agent-picker/AgentSelect';
import { InsurerSelect } from './InsurerSelect';
import { LINES_OF_BUSINESS, POLICY_STATES, type LineOfBusiness, type PolicyState } from './policies.api';

export const ENDING_WINDOWS = [30, 60, 90] as const;

export type ListFilterValues = {
  state?: PolicyState;
  lineOfBusiness?: LineOfBusiness;
  insurerId?: number;
  agentId?: number;
  number?: string;
  /** Ending within this many days (expiry tracking, R-PO-3). */
  endingWithin?: number;
};

/** The list's filters; every change goes to the address so a filtered list can be shared. */
export function PolicyFilters({ value, onChange }: { value: ListFilterValues; onChange: (next: ListFilterValues) => void }) {
  const { t } = useTranslation();
  const set = <K extends keyof ListFilterValues>(key: K, v: ListFilterValues[K] | undefined) => onChange({ ...value, [key]: v });
  const any = Object.values(value).some((v) => v !== undefined && v !== '');
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="policy-filters">
      <Input.Search
        key={value.number ?? ''}
        defaultValue={value.number}
        allowClear
        enterButton={t('common.search')}
        placeholder={t('policies.filters.number')}
        onSearch={(v) => set('number', v.trim() || undefined)}
        style={{ width: 340 }}
        maxLength={40}
        data-testid="policy-filter-number"
      />
      <Select<PolicyState | ''>
        value={value.state ?? ''}
        onChange={(v) => set('state', v || undefined)}
        style={{ width: 130 }}
        options={[{ value: '', label: t('policies.filters.allStates') }, ...POLICY_STATES.map((s) => ({ value: s, label: t(`policies.states.${s}`) }))]}
        data-testid="policy-filter-state"
      />
      <Select<LineOfBusiness | ''>
        value={value.lineOfBusiness ?? ''}
        onChange={(v) => set('lineOfBusiness', v || undefined)}
        style={{ width: 140 }}
        options={[{ value: '', label: t('policies.filters.allLines') }, ...LINES_OF_BUSINESS.map((l) => ({ value: l, label: t(`policies.lines.${l}`) }))]}
        data-testid="policy-filter-line"
      />
      <InsurerSelect
        value={value.insurerId}
        onChange={(v) => set('insurerId', v)}
        allowClear
        placeholder={t('policies.filters.insurer')}
        style={{ width: 220 }}
        testId="policy-filter-insurer"
      />
      <AgentSelect
        value={value.agentId}
        onChange={(v) => set('agentId', v ?? undefined)}
        placeholder={t('policies.filters.agent')}
        style={{ width: 180 }}
        testId="policy-filter-agent"
      />
      <Select<number>
        value={value.endingWithin}
        onChange={(v) => set('endingWithin', v ?? undefined)}
        allowClear
        placeholder={t('policies.filters.ending')}
        style={{ width: 150 }}
        options={ENDING_WINDOWS.map((days) => ({ value: days, label: t('policies.filters.endingWithin', { days }) }))}
        data-testid="policy-filter-ending"
      />
      {any && (
        <Button type="link" onClick={() => onChange({})} data-testid="policy-filters-clear">
          {t('policies.filters.clear')}
        </Button>
      )}
    </Space>
  );
}
