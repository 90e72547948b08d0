import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateRangeFilter, FilterBar } from '../../../shared/list/ListFilters';
import type { ListState } from '../../../shared/list/useListParams';
import type { OrgNode } from '../../../shared/org/org-units.api';
import { OrgUnitSelect } from '../../../shared/org/OrgUnitSelect';
import { KNOWN_ACTIONS, KNOWN_ENTITY_TYPES, actionLabel, entityTypeLabel } from './labels';

/** The audit list's filters, named in the address as the server's query names them. */
export const AUDIT_FILTERS = ['actorId', 'action', 'entityType', 'entityId', 'orgUnitId', 'dateFrom', 'dateTo'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTERS)[number];

const digits = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

export function AuditFilters({ tree, list }: { tree: OrgNode[]; list: ListState<AuditFilterKey> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const f = list.filters;
  return (
    <FilterBar list={list} testId="audit-filters">
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('audit.filters.action')}
        value={f.action}
        onChange={(action) => list.setFilters({ action })}
        style={{ width: 240 }}
        options={KNOWN_ACTIONS.map((a) => ({ value: a, label: `${actionLabel(a, lang)} (${a})` }))}
        data-testid="audit-filter-action"
      />
      <Select<string>
        allowClear
        placeholder={t('audit.filters.entityType')}
        value={f.entityType}
        onChange={(entityType) => list.setFilters({ entityType })}
        style={{ width: 150 }}
        options={KNOWN_ENTITY_TYPES.map((e) => ({ value: e, label: entityTypeLabel(e, lang) }))}
        data-testid="audit-filter-entity-type"
      />
      <Input.Search
        key={`entity-${f.entityId ?? ''}`}
        allowClear
        placeholder={t('audit.filters.entityId')}
        defaultValue={f.entityId}
        onSearch={(v) => list.setFilters({ entityId: v.trim() || undefined })}
        style={{ width: 150 }}
        data-testid="audit-filter-entity-id"
      />
      <Input.Search
        key={`actor-${f.actorId ?? ''}`}
        allowClear
        inputMode="numeric"
        placeholder={t('audit.filters.actorId')}
        defaultValue={f.actorId}
        onSearch={(v) => list.setFilters({ actorId: digits(v.trim()) })}
        style={{ width: 150 }}
        data-testid="audit-filter-actor"
      />
      <OrgUnitSelect
        tree={tree}
        activeOnly={false}
        allowClear
        placeholder={t('audit.filters.orgUnit')}
        value={digits(f.orgUnitId)}
        onChange={(orgUnitId) => list.setFilters({ orgUnitId })}
        style={{ width: 240 }}
        testId="audit-filter-org"
      />
      <DateRangeFilter list={list} label={t('audit.filters.date')} from="dateFrom" to="dateTo" testId="audit-filter-date" />
    </FilterBar>
  );
}
