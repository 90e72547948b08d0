import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../shared/list/ListFilters';
import type { ListState } from '../../../shared/list/useListParams';
import type { OrgNode } from '../../../shared/org/org-units.api';
import { OrgUnitSelect } from '../../../shared/org/OrgUnitSelect';

/** The user list's filters, named in the address as the server's query names them. */
export const USER_FILTERS = ['orgUnitId', 'q', 'status'] as const;
export type UserFilterKey = (typeof USER_FILTERS)[number];

export function UserFilters({ tree, list }: { tree: OrgNode[]; list: ListState<UserFilterKey> }) {
  const { t } = useTranslation();
  const f = list.filters;
  return (
    <FilterBar list={list} testId="users-filters">
      <OrgUnitSelect
        tree={tree}
        activeOnly={false}
        allowClear
        placeholder={t('users.filters.orgUnit')}
        value={f.orgUnitId && /^\d+$/.test(f.orgUnitId) ? Number(f.orgUnitId) : undefined}
        onChange={(orgUnitId) => list.setFilters({ orgUnitId })}
        style={{ width: 240 }}
        testId="users-filter-org"
      />
      <Input.Search
        key={f.q ?? ''}
        allowClear
        placeholder={t('users.filters.q')}
        defaultValue={f.q}
        onSearch={(q) => list.setFilters({ q: q.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="users-filter-q"
      />
      <Select<string>
        allowClear
        placeholder={t('users.filters.status')}
        value={f.status}
        onChange={(status) => list.setFilters({ status })}
        options={[
          { value: 'active', label: t('common.status.active') },
          { value: 'disabled', label: t('common.status.disabled') },
        ]}
        style={{ width: 140 }}
        data-testid="users-filter-status"
      />
    </FilterBar>
  );
}
