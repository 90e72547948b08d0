import { Alert, Button, Card, Col, Descriptions, Empty, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { useSession } from '../../session/useSession';
import { announceDeadlinesChanged, DeadlineList } from '../../shared/deadlines';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCursorList } from '../../shared/useCursorList';
import { useLoad } from '../../shared/useLoad';
import { useNotify } from '../../shared/useNotify';
import { EditClientModal } from './EditClientModal';
import { RevealClientField } from './RevealClientField';
import { getClient, listTimeline, type Client, type ClientDetail } from './clients.api';

/** One client: profile (masked, with audited reveal), deadlines (R-CL-2 …), links and timeline. */
export function ClientDetailPage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) return <NotFound />;
  return <ClientDetailView key={id} id={id} />;
}

function ClientDetailView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { can } = useSession();
  const notify = useNotify();
  const loaded = useLoad(() => getClient(id), [id]);
  const [editing, setEditing] = useState(false);
  const [deadlinesKey, setDeadlinesKey] = useState(0);
  const timelineFilters = useMemo(() => ({ id, deadlinesKey }), [id, deadlinesKey]);
  const timeline = useCursorList((f: { id: number }, cursor) => listTimeline(f.id, cursor), timelineFilters);
  const client = loaded.data;

  if (loaded.error !== null && !client) {
    return (
      <Card>
        <Alert type="error" showIcon title={errorText(loaded.error, t)} data-testid="client-error" />
        <Link to="/clients">{t('clients.actions.back')}</Link>
      </Card>
    );
  }
  if (!client) return <Card loading />;

  const replace = (c: Client) => loaded.setData((prev) => ({ ...c, links: prev?.links ?? [] }) as ClientDetail);
  const canReveal = can('pii.reveal');
  const consent = (given: boolean, at: string | null) =>
    given ? <Tag color="green">{t('clients.detail.consentAt', { at: formatDateTime(at, lang) })}</Tag> : <Tag>{t('clients.detail.consentNo')}</Tag>;
  const text = (v: string | null | undefined) => v || '—';

  const items =
    client.kind === 'person'
      ? [
          { key: 'gender', label: t('clients.form.gender'), children: client.gender ? t(`clients.genders.${client.gender}`) : '—' },
          { key: 'birthDate', label: t('clients.form.birthDate'), children: text(client.birthDate) },
          { key: 'idType', label: t('clients.form.idType'), children: client.idType ? t(`clients.idTypes.${client.idType}`) : '—' },
          { key: 'idNumber', label: t('clients.form.idNumber'), children: <RevealClientField client={client} field="idNumber" canReveal={canReveal} /> },
          { key: 'mobile', label: t('clients.form.mobile'), children: <RevealClientField client={client} field="mobile" canReveal={canReveal} /> },
          { key: 'address', label: t('clients.form.address'), children: <RevealClientField client={client} field="address" canReveal={canReveal} /> },
          { key: 'occupation', label: t('clients.form.occupation'), children: text(client.occupation) },
          {
            key: 'preference', label: t('clients.form.contactPreference'),
            children: client.contactPreference ? t(`clients.contactPreferences.${client.contactPreference}`) : '—',
          },
          { key: 'consentMarketing', label: t('clients.form.consentMarketing'), children: consent(client.consentMarketing, client.consentMarketingAt) },
          { key: 'consentSensitive', label: t('clients.form.consentSensitive'), children: consent(client.consentSensitive, client.consentSensitiveAt) },
        ]
      : [
          { key: 'credit', label: t('clients.form.unifiedCreditCode'), children: <span data-testid="client-credit-code">{text(client.unifiedCreditCode)}</span> },
          { key: 'contactPerson', label: t('clients.form.contactPerson'), children: text(client.contactPerson) },
          { key: 'mobile', label: t('clients.form.mobile'), children: <RevealClientField client={client} field="mobile" canReveal={canReveal} /> },
          { key: 'address', label: t('clients.form.address'), children: <RevealClientField client={client} field="address" canReveal={canReveal} /> },
          {
            key: 'preference', label: t('clients.form.contactPreference'),
            children: client.contactPreference ? t(`clients.contactPreferences.${client.contactPreference}`) : '—',
          },
          { key: 'consentMarketing', label: t('clients.form.consentMarketing'), children: consent(client.consentMarketing, client.consentMarketingAt) },
        ];
  const common = [
    { key: 'orgUnit', label: t('clients.columns.orgUnit'), children: client.orgUnitName },
    { key: 'agent', label: t('clients.columns.agent'), children: client.agentName ?? t('clients.noAgent') },
    { key: 'firstContactAt', label: t('clients.detail.firstContactAt'), children: formatDateTime(client.firstContactAt, lang) },
    {
      key: 'archivedAt', label: t('clients.detail.archivedAt'),
      children: client.archivedAt ? (
        <span data-testid="client-archived-at">{formatDateTime(client.archivedAt, lang)}</span>
      ) : (
        <Tag color="orange" data-testid="client-not-archived">{t('clients.detail.notArchived')}</Tag>
      ),
    },
    { key: 'updatedAt', label: t('clients.detail.updatedAt'), children: formatDateTime(client.updatedAt, lang) },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="client-detail">
      <Card
        title={
          <Space>
            <span data-testid="client-detail-name">{client.name}</span>
            <Tag color={client.kind === 'person' ? 'blue' : 'purple'} data-testid="client-detail-kind">{t(`clients.kinds.${client.kind}`)}</Tag>
            <Typography.Text type="secondary">#{client.id}</Typography.Text>
          </Space>
        }
        extra={
          <Space>
            {can('client.write') && client.mergedIntoId === null && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="client-edit">
                {t('clients.actions.edit')}
              </Button>
            )}
            <Link to="/clients" data-testid="client-back">
              <ArrowLeftOutlined /> {t('clients.actions.back')}
            </Link>
          </Space>
        }
      >
        {client.mergedIntoId !== null && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={<Link to={`/clients/${client.mergedIntoId}`}>{t('clients.detail.merged', { id: client.mergedIntoId })}</Link>}
          />
        )}
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[...items, ...common]}
          title={t('clients.detail.profile')}
          data-testid="client-profile"
        />
      </Card>

      <Card title={t('clients.detail.deadlines')} data-testid="client-deadlines">
        <DeadlineList key={deadlinesKey} entityType="client" entityId={String(client.id)} emptyText={t('clients.detail.deadlinesEmpty')} />
      </Card>

      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={t('clients.detail.links')} data-testid="client-links">
            {client.links.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clients.detail.linksEmpty')} />
            ) : (
              <List
                size="small"
                dataSource={client.links}
                renderItem={(l) => (
                  <List.Item data-testid={`client-link-${l.id}`}>
                    <Link to={`/clients/${l.clientId}`}>{l.name}</Link>
                    <Tag>{t(`clients.relations.${l.relation}`)}</Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('clients.detail.timeline')} data-testid="client-timeline">
            {timeline.error !== null && <Alert type="error" showIcon title={errorText(timeline.error, t)} style={{ marginBottom: 12 }} />}
            {timeline.items.length === 0 && !timeline.loading ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clients.detail.timelineEmpty')} />
            ) : (
              <Timeline
                items={timeline.items.map((e) => ({
                  key: e.id,
                  content: (
                    <div data-testid={`timeline-${e.kind}`}>
                      <div>{e.summary}</div>
                      <Typography.Text type="secondary">
                        {formatDateTime(e.at, lang)}
                        {e.actorName ? ` · ${e.actorName}` : ''}
                      </Typography.Text>
                    </div>
                  ),
                }))}
              />
            )}
            {timeline.hasMore && (
              <Button onClick={() => void timeline.loadMore()} loading={timeline.loading} data-testid="client-timeline-more">
                {t('common.loadMore')}
              </Button>
            )}
          </Card>
        </Col>
      </Row>

      {editing && (
        <EditClientModal
          client={client}
          onClose={() => setEditing(false)}
          onConflict={replace}
          onSaved={(saved) => {
            replace(saved);
            setEditing(false);
            // Completing the archive meets R-CL-2 and adds to the timeline: show both anew.
            setDeadlinesKey((k) => k + 1);
            announceDeadlinesChanged();
            notify.success(t('clients.done.updated'));
          }}
        />
      )}
    </Space>
  );
}
