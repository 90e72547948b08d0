import { Alert, Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import { EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { useLoad } from '../../shared/useLoad';
import { useNotify } from '../../shared/useNotify';
import { EditClientModal } from './EditClientModal';
import { MergeClientModal } from './MergeClientModal';
import { clientDetailTabs } from './client-detail-tabs';
import { clientKeys, getClient, type Client, type ClientDetail } from './clients.api';
import { useRecordVisit } from '../../shared/recent-records';
import { BackButton } from '../../shared/BackButton';

/** One client: a header with its actions, then the tabs of clientDetailTabs (profile, household, timeline, …). */
export function ClientDetailPage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) return <NotFound />;
  return <ClientDetailView key={id} id={id} />;
}

function ClientDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const loaded = useLoad(clientKeys.detail(id), () => getClient(id));
  const [dialog, setDialog] = useState<'edit' | 'merge' | null>(null);
  const client = loaded.data;
  useRecordVisit(client && { kind: 'client', id, title: client.name, detail: client.mobile ?? '' });

  if (loaded.error !== null && !client) {
    return (
      <Card>
        <Alert type="error" showIcon title={errorText(loaded.error, t)} data-testid="client-error" />
        <Link to="/clients">{t('clients.actions.back')}</Link>
      </Card>
    );
  }
  if (!client) return <Card loading />;

  // The write's answer at once; what follows the record is read again by the write itself (useClientWrite).
  const changed = (next: ClientDetail) => loaded.setData(next);

  const replace = (c: Client) => changed({ ...c, links: client.links, revealable: client.revealable });
  const canWrite = can('client.write') && client.mergedIntoId === null;
  const tabs = clientDetailTabs.filter((tab) => !tab.anyOf || tab.anyOf.some(can));
  const active = tabs.some((tab) => tab.key === params.get('tab')) ? params.get('tab')! : tabs[0]!.key;

  return (
    <Card
      data-testid="client-detail"
      title={
        <Space>
          <span data-testid="client-detail-name">{client.name}</span>
          <Tag color={client.kind === 'person' ? 'blue' : 'purple'} data-testid="client-detail-kind">{t(`clients.kinds.${client.kind}`)}</Tag>
          <Typography.Text type="secondary">#{client.id}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {canWrite && (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="client-edit">
              {t('clients.actions.edit')}
            </Button>
          )}
          {canWrite && (
            <Button icon={<MergeCellsOutlined />} onClick={() => setDialog('merge')} data-testid="client-merge">
              {t('clients.merge.action')}
            </Button>
          )}
          <BackButton fallback="/clients" fallbackLabel={t('clients.actions.back')} testId="client-back" />
        </Space>
      }
    >
      {client.mergedIntoId !== null && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="client-merged-banner"
          title={t('clients.detail.mergedBanner')}
          action={
            <Link to={`/clients/${client.mergedIntoId}`} data-testid="client-merged-survivor">
              {t('clients.detail.merged', { id: client.mergedIntoId })}
            </Link>
          }
        />
      )}
      <Tabs
        activeKey={active}
        onChange={(key) => setParams((prev) => {
          const next = new URLSearchParams(prev);
          next.set('tab', key);
          return next;
        }, { replace: true })}
        items={tabs.map((tab) => ({
          key: tab.key,
          label: <span data-testid={`client-tab-${tab.key}`}>{tab.label(t)}</span>,
          children: tab.render({ client, onClientChanged: changed }),
        }))}
      />

      {dialog === 'edit' && (
        <EditClientModal
          client={client}
          onClose={() => setDialog(null)}
          onConflict={replace}
          onSaved={(saved) => {
            replace(saved);
            setDialog(null);
            // Completing the archive meets R-CL-2 and adds to the timeline: both read again (useClientWrite).
            notify.success(t('clients.done.updated'));
          }}
        />
      )}
      {dialog === 'merge' && (
        <MergeClientModal
          client={client}
          onClose={() => setDialog(null)}
          onConflict={replace}
          onMerged={(survivor) => {
            setDialog(null);
            notify.success(t('clients.merge.done', { id: client.id, name: survivor.name }));
            navigate(`/clients/${survivor.id}?tab=timeline`);
          }}
        />
      )}
    </Card>
  );
}
