import { Alert, Button, Input, Select, Typography } from 'antd';
import { GiftOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { QueryOf, ResponseOf } from '../../api/types';
import { useSession } from '../../session/useSession';
import { AgentSelect } from '../../shared/agent-picker/AgentSelect';
import { ListPage } from '../../shared/list/ListPage';
import { DateRangeFilter, FilterBar } from '../../shared/list/ListFilters';
import { useListParams, type ListSpec, type ListState } from '../../shared/list/useListParams';
import { OrgUnitSelect } from '../../shared/org/OrgUnitSelect';
import { useOrgUnits } from '../../shared/org/useOrgUnits';
import { useLoad } from '../../shared/useLoad';
import { useUrlParams } from '../../shared/useUrlParams';
import { useClientColumns } from './ClientsTable';
import { clientKeys, searchClients, type Client, type ClientKind } from './clients.api';

const CLIENT_FILTERS = ['kind', 'archive', 'agentId', 'orgUnitId', 'createdFrom', 'createdTo', 'firstContactFrom', 'firstContactTo'] as const;
type ClientFilterKey = (typeof CLIENT_FILTERS)[number];
const SPEC: ListSpec<ClientFilterKey, 'name' | 'createdAt' | 'orgUnit'> = { filters: CLIENT_FILTERS, sorts: ['name', 'createdAt', 'orgUnit'], defaultSort: '-createdAt' };

const fetchClients = (query: Record<string, string | number>) => api.get<ResponseOf<'/clients'>>('/clients', query as QueryOf<'/clients'>);
const id = (raw: string | undefined) => (raw && /^\d+$/.test(raw) ? Number(raw) : undefined);

/**
 * 客户档案: clients in scope, filtered, sorted and paged (all in the address); or — with a term in
 * the one search box (?q=) — the server's search by ID number, mobile, credit code or name.
 */
export function ClientListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useListParams(SPEC);
  const [params, setParam] = useUrlParams();
  const q = params.get('q')?.trim() ?? '';
  const kind = list.filters.kind as ClientKind | undefined;
  const columns = useClientColumns();

  const found = useLoad(clientKeys.search(q), () => searchClients(q), { enabled: !!q });
  const searching = q !== '';
  const searchItems = (found.data?.items ?? []).filter((c) => !kind || c.kind === kind);

  return (
    <ListPage<Client>
      testId="clients"
      rowTestId="client-row"
      title={t('clients.title')}
      breadcrumbs={[{ title: t('list.home'), path: '/' }, { title: t('clients.title') }]}
      actions={
        <>
          <Button icon={<GiftOutlined />} onClick={() => navigate('/clients/care')} data-testid="client-care-link">
            {t('clients.care.title')}
          </Button>
          {can('client.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/clients/new')} data-testid="client-create">
              {t('clients.actions.create')}
            </Button>
          )}
        </>
      }
      filterBar={
        <>
          <ClientFilters list={list} q={q} onSearch={(value) => setParam('q', value.trim() || undefined)} />
          <div style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('clients.searchHelp')}</Typography.Text>
          </div>
          {searching && found.data && (
            <Alert
              type="info"
              showIcon
              title={t(`clients.matchedBy.${found.data.matchedBy}`, { count: searchItems.length })}
              style={{ marginBottom: 16 }}
              data-testid="client-search-result"
            />
          )}
        </>
      }
      list={list}
      columns={columns}
      queryKey={[...clientKeys.list(), 'page']}
      fetchPage={fetchClients}
      exportPath="/clients/export.xlsx"
      exportFileName="clients.xlsx"
      emptyText={t('clients.empty')}
      override={searching ? { items: searchItems, loading: found.loading, error: found.error } : undefined}
    />
  );
}

function ClientFilters({ list, q, onSearch }: { list: ListState<ClientFilterKey>; q: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const orgUnits = useOrgUnits(can('org.read'));
  const f = list.filters;
  return (
    <FilterBar list={list} testId="client-filters">
      <Input.Search
        key={q}
        defaultValue={q}
        allowClear
        enterButton={t('common.search')}
        placeholder={t('clients.searchPlaceholder')}
        onSearch={onSearch}
        style={{ width: 420 }}
        maxLength={60}
        data-testid="client-search"
      />
      <Select<ClientKind | ''>
        value={(f.kind as ClientKind | undefined) ?? ''}
        onChange={(v) => list.setFilters({ kind: v || undefined })}
        style={{ width: 140 }}
        options={[
          { value: '', label: t('clients.allKinds') },
          { value: 'person', label: t('clients.kinds.person') },
          { value: 'organisation', label: t('clients.kinds.organisation') },
        ]}
        data-testid="client-kind-filter"
      />
      <Select<string>
        value={f.archive ?? ''}
        onChange={(v) => list.setFilters({ archive: v || undefined })}
        style={{ width: 150 }}
        options={[
          { value: '', label: t('list.anyArchive') },
          { value: 'complete', label: t('clients.archived') },
          { value: 'incomplete', label: t('clients.incomplete') },
        ]}
        data-testid="client-archive-filter"
      />
      <AgentSelect value={id(f.agentId)} onChange={(v) => list.setFilters({ agentId: v ?? undefined })} placeholder={t('clients.columns.agent')} style={{ width: 180 }} testId="client-agent-filter" />
      {orgUnits.tree.length > 0 && (
        <OrgUnitSelect
          tree={orgUnits.tree}
          activeOnly={false}
          allowClear
          value={id(f.orgUnitId)}
          onChange={(v) => list.setFilters({ orgUnitId: v })}
          placeholder={t('clients.columns.orgUnit')}
          style={{ width: 200 }}
          testId="client-org-unit-filter"
        />
      )}
      <DateRangeFilter list={list} label={t('list.createdOn')} from="createdFrom" to="createdTo" testId="client-filter-created" />
      <DateRangeFilter list={list} label={t('clients.detail.firstContactAt')} from="firstContactFrom" to="firstContactTo" testId="client-filter-first-contact" />
    </FilterBar>
  );
}
