import { Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { formatDateTime, localName } from '../../shared/format';
import { servicingKeys, type ServicingList, type ServicingRequest } from './servicing.api';
import { STATE_COLOR } from './ServicingListPage';

/** A policy's servicing requests, newest first, each linked to its page. */
export function PolicyServicingList({ policyId }: { policyId: number }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: [...servicingKeys.list(), 'policy', policyId],
    queryFn: () => api.get<ServicingList>('/servicing-requests', { policyId, pageSize: 50 }),
  });
  return (
    <Table<ServicingRequest>
      rowKey="id"
      size="small"
      loading={query.isLoading}
      dataSource={query.data?.items ?? []}
      pagination={false}
      locale={{ emptyText: t('servicing.empty') }}
      data-testid="policy-servicing"
      columns={[
        { key: 'no', title: t('servicing.columns.requestNo'), render: (_, r) => <Link to={`/servicing/${r.id}`}>{r.requestNo}</Link> },
        { key: 'type', title: t('servicing.columns.type'), render: (_, r) => localName(r.typeName, r.typeNameEn, i18n.language) },
        { key: 'state', title: t('servicing.columns.state'), render: (_, r) => <Tag color={STATE_COLOR[r.state]}>{t(`servicing.states.${r.state}`)}</Tag> },
        { key: 'received', title: t('servicing.columns.receivedAt'), render: (_, r) => formatDateTime(r.receivedAt) },
      ]}
    />
  );
}
