import { Checkbox, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { QueryOf } from '../../api/types';
import { formatDateTime, localName } from '../../shared/format';
import { ListPage, type ListColumn } from '../../shared/list/ListPage';
import { useListParams, type ListSpec } from '../../shared/list/useListParams';
import { SERVICING_STATES, servicingKeys, type ServicingList, type ServicingRequest } from './servicing.api';

const SPEC: ListSpec<'state' | 'type' | 'open' | 'policyId', 'receivedAt'> = { filters: ['state', 'type', 'open', 'policyId'], sorts: ['receivedAt'], defaultSort: '-receivedAt' };

const fetchRequests = (query: Record<string, string | number>) => api.get<ServicingList>('/servicing-requests', query as QueryOf<'/servicing-requests'>);

export const STATE_COLOR: Record<string, string> = { received: 'blue', processing: 'processing', awaiting_signature: 'gold', completed: 'green', refused: 'red', withdrawn: 'default' };

/** 保全: every request in scope, newest first — the supervisor's view of what is open (R-SV-4). */
export function ServicingListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useListParams(SPEC);
  const columns: ListColumn<ServicingRequest>[] = [
    { key: 'requestNo', title: t('servicing.columns.requestNo'), render: (_, r) => <Link to={`/servicing/${r.id}`} data-testid={`servicing-open-${r.id}`}>{r.requestNo}</Link> },
    { key: 'type', title: t('servicing.columns.type'), render: (_, r) => localName(r.typeName, r.typeNameEn, i18n.language) },
    { key: 'state', title: t('servicing.columns.state'), render: (_, r) => <Tag color={STATE_COLOR[r.state]} data-testid="servicing-state">{t(`servicing.states.${r.state}`)}</Tag> },
    { key: 'policy', title: t('servicing.columns.policy'), render: (_, r) => <Link to={`/policies/${r.policyId}`} onClick={(e) => e.stopPropagation()}>{r.policyInternalNo}</Link> },
    { key: 'policyholder', title: t('servicing.columns.policyholder'), dataIndex: 'policyholderName' },
    { key: 'orgUnit', title: t('servicing.columns.orgUnit'), render: (_, r) => localName(r.orgUnitName, r.orgUnitNameEn, i18n.language) },
    { key: 'owner', title: t('servicing.columns.owner'), render: (_, r) => r.ownerName ?? '—' },
    { key: 'receivedAt', sortKey: 'receivedAt', title: t('servicing.columns.receivedAt'), render: (_, r) => formatDateTime(r.receivedAt) },
  ];
  return (
    <ListPage<ServicingRequest>
      testId="servicing"
      rowTestId="servicing-row"
      title={t('servicing.title')}
      breadcrumbs={[{ title: t('list.home'), path: '/' }, { title: t('servicing.title') }]}
      actions={<Link to="/servicing/types" data-testid="servicing-types-link">{t('servicing.types.link')}</Link>}
      filterBar={
        <Space wrap>
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('servicing.filters.state')}
            value={list.filters.state}
            onChange={(state) => list.setFilters({ state })}
            options={SERVICING_STATES.map((s) => ({ value: s, label: t(`servicing.states.${s}`) }))}
            data-testid="servicing-filter-state"
          />
          <Checkbox checked={list.filters.open === 'true'} onChange={(e) => list.setFilters({ open: e.target.checked ? 'true' : undefined })} data-testid="servicing-filter-open">
            {t('servicing.filters.open')}
          </Checkbox>
        </Space>
      }
      list={list}
      columns={columns}
      queryKey={[...servicingKeys.list(), 'page']}
      fetchPage={fetchRequests}
      emptyText={t('servicing.empty')}
      onRowClick={(r) => navigate(`/servicing/${r.id}`)}
    />
  );
}
