import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../shared/org/org-units.api';
import { OrgUnitSelect } from '../../../shared/org/OrgUnitSelect';
import type { UserFilters as Filters } from './users.api';

export function UserFilters({ tree, value, onChange }: { tree: OrgNode[]; value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <OrgUnitSelect
        tree={tree}
        activeOnly={false}
        allowClear
        placeholder={t('users.filters.orgUnit')}
        value={value.orgUnitId}
        onChange={(orgUnitId) => onChange({ ...value, orgUnitId })}
        style={{ width: 240 }}
        testId="users-filter-org"
      />
      <Input.Search
        allowClear
        placeholder={t('users.filters.q')}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="users-filter-q"
      />
      <Select<Filters['status']>
        allowClear
        placeholder={t('users.filters.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={[
          { value: 'active', label: t('common.status.active') },
          { value: 'disabled', label: t('common.status.disabled') },
        ]}
        style={{ width: 140 }}
        data-testid="users-filter-status"
      />
    </Space>
  );
}
