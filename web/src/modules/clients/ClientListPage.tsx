import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { ExportButton } from '../imports/ExportButton';
import { GiftOutlined, PlusOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useUrlParams } from '../../shared/useUrlParams';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { useCursorList } from '../../shared/useCursorList';
import { useLoad } from '../../shared/useLoad';
import { ClientsTable } from './ClientsTable';
import { clientKeys, listClients, searchClients, type ClientKind } from './clients.api';

/**
 * Clients in scope, newest first, paged ("load more"); or — with a term in the one search box
 * (kept in the address as ?q=) — the server's search by ID number, mobile, credit code or name.
 */
export function ClientListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const q = params.get('q')?.trim() ?? '';
  const kind = (params.get('kind') as ClientKind | null) ?? undefined;

  const filters = useMemo(() => ({ kind }), [kind]);
  const list = useCursorList(clientKeys.list(), listClients, filters);
  const found = useLoad(clientKeys.search(q), () => searchClients(q), { enabled: !!q });
  const searching = q !== '';
  const searchItems = (found.data?.items ?? []).filter((c) => !kind || c.kind === kind);
  const error = searching ? found.error : list.error;

  return (
    <Card
      title={t('clients.title')}
      data-testid="clients-page"
      extra={
        <Space>
          <ExportButton path="/clients/export.xlsx" query={filters} fileName="clients.xlsx" />
          <Button icon={<GiftOutlined />} onClick={() => navigate('/clients/care')} data-testid="client-care-link">
            {t('clients.care.title')}
          </Button>
          {can('client.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/clients/new')} data-testid="client-create">
              {t('clients.actions.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          enterButton={t('common.search')}
          placeholder={t('clients.searchPlaceholder')}
          onSearch={(value) => setParam('q', value.trim() || undefined)}
          style={{ width: 420 }}
          maxLength={60}
          data-testid="client-search"
        />
        <Select<ClientKind | ''>
          value={kind ?? ''}
          onChange={(v) => setParam('kind', v || undefined)}
          style={{ width: 140 }}
          options={[
            { value: '', label: t('clients.allKinds') },
            { value: 'person', label: t('clients.kinds.person') },
            { value: 'organisation', label: t('clients.kinds.organisation') },
          ]}
          data-testid="client-kind-filter"
        />
      </Space>
      <div style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('clients.searchHelp')}</Typography.Text>
      </div>
      {error !== null && <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 16 }} />}
      {searching && found.data && (
        <Alert
          type="info"
          showIcon
          title={t(`clients.matchedBy.${found.data.matchedBy}`, { count: searchItems.length })}
          style={{ marginBottom: 16 }}
          data-testid="client-search-result"
        />
      )}
      <ClientsTable clients={searching ? searchItems : list.items} loading={searching ? found.loading : list.loading} />
      {!searching && (
        <Space style={{ marginTop: 16 }}>
          <Typography.Text type="secondary" data-testid="clients-count">
            {t('clients.shown', { count: list.items.length })}
          </Typography.Text>
          {list.hasMore ? (
            <Button onClick={() => void list.loadMore()} loading={list.loading} data-testid="clients-load-more">
              {t('common.loadMore')}
            </Button>
          ) : (
            list.items.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
