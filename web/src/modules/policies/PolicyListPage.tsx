import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { QueryOf, ResponseOf } from '../../api/types';
import { useSession } from '../../session/useSession';
import { ListPage } from '../../shared/list/ListPage';
import { useListParams, type ListSpec } from '../../shared/list/useListParams';
import { POLICY_FILTERS, PolicyFilters, type PolicyFilterKey } from './PolicyFilters';
import { usePolicyColumns } from './PoliciesTable';
import { policyKeys, type PolicyListItem } from './policies.api';

type PolicySort = NonNullable<QueryOf<'/policies'>['sort']> extends infer S ? (S extends `-${string}` ? never : S) : never;

const SPEC: ListSpec<PolicyFilterKey, PolicySort & string> = {
  filters: POLICY_FILTERS,
  sorts: ['effectiveDate', 'endDate', 'receivedAt', 'premium', 'policyNumber'],
  defaultSort: '-effectiveDate',
};

const fetchPolicies = (query: Record<string, string | number>) => api.get<ResponseOf<'/policies'>>('/policies', query as QueryOf<'/policies'>);

/** 保单登记: policies in scope; filters, sort and page in the address; export of what is shown or selected. */
export function PolicyListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useListParams(SPEC);
  const columns = usePolicyColumns();
  return (
    <ListPage<PolicyListItem>
      testId="policies"
      rowTestId="policy-row"
      title={t('policies.title')}
      breadcrumbs={[{ title: t('list.home'), path: '/' }, { title: t('policies.title') }]}
      actions={
        can('policy.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/policies/new')} data-testid="policy-create">
            {t('policies.actions.create')}
          </Button>
        )
      }
      filterBar={<PolicyFilters list={list} />}
      list={list}
      columns={columns}
      queryKey={[...policyKeys.list(), 'page']}
      fetchPage={fetchPolicies}
      exportPath="/policies/export.xlsx"
      exportFileName="policies.xlsx"
      emptyText={t('policies.empty')}
      onRowClick={(p) => navigate(`/policies/${p.id}`)}
    />
  );
}
