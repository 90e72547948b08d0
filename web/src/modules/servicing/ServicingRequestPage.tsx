import { Alert, Button, Card, Descriptions, Space, Steps, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { BackButton } from '../../shared/BackButton';
import { DocumentsPanel } from '../../shared/documents/DocumentsPanel';
import { NoticesPanel } from '../../shared/notices/NoticesPanel';
import { DeadlineList } from '../../shared/deadlines/DeadlineList';
import { errorText } from '../../shared/errors';
import { formatDateTime, localName } from '../../shared/format';
import {
  getServicingRequest, IDENTITY_METHODS, isOneOf, REISSUE_REASONS, servicingKeys, type ServicingEvent, type ServicingRequest, type ServicingState,
} from './servicing.api';
import { STATE_COLOR } from './ServicingListPage';
import { StepModal } from './StepModal';
import { WorkItemBadge } from '../queues/WorkItemBadge';

const ENDED = ['completed', 'refused', 'withdrawn'];

/** 变更内容: what completing the request changes, personal data masked as the server sends it. */
function ChangeSummary({ change }: { change: NonNullable<ServicingRequest['change']> }) {
  const { t } = useTranslation();
  const plain = (['mobile', 'address', 'bankAccount', 'birthDate', 'premium', 'premiumDifference'] as const).filter((k) => change[k] !== undefined);
  return (
    <Descriptions size="small" title={t('servicing.change.title')} column={{ xs: 1, md: 3 }} style={{ marginTop: 8 }} data-testid="servicing-change">
      {plain.map((k) => <Descriptions.Item key={k} label={t(`servicing.change.${k}`)}>{change[k]}</Descriptions.Item>)}
      {change.gender && <Descriptions.Item label={t('servicing.change.gender')}>{t(`servicing.change.genders.${change.gender as 'male' | 'female'}`)}</Descriptions.Item>}
      {change.beneficiaryDesignation && (
        <Descriptions.Item label={t('servicing.change.designation')} span={3}>
          {change.beneficiaryDesignation === 'legal'
            ? t('servicing.change.designations.legal')
            : (change.beneficiaries ?? []).map((b) => `${b.name}（${t(`servicing.change.relations.${b.relation as 'spouse'}`)}，${t('servicing.change.rank')} ${b.rank}，${b.share}%${b.idNumber ? `，${b.idNumber}` : ''}）`).join('；')}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** The lifecycle bar: where the request stands on its way (R-SV-4: a status history). */
function LifecycleBar({ request }: { request: ServicingRequest }) {
  const { t } = useTranslation();
  const path: ServicingState[] = ['received', 'processing', ...(request.endorsement ? ['awaiting_signature' as const] : []), 'completed'];
  const ended = ENDED.includes(request.state) && request.state !== 'completed';
  const steps: ServicingState[] = ended ? [...path.slice(0, -1), request.state] : path;
  const current = Math.max(0, steps.indexOf(request.state));
  return (
    <Steps
      size="small"
      current={current}
      status={ended ? 'error' : request.state === 'completed' ? 'finish' : 'process'}
      items={steps.map((s) => ({ title: t(`servicing.states.${s}`) }))}
      data-testid="servicing-lifecycle"
    />
  );
}

/** 保全申请: its lifecycle, the steps it allows now, its documents checklist and uploads, its deadlines with their basis. */
export function ServicingRequestPage() {
  const { t, i18n } = useTranslation();
  const { id: raw } = useParams();
  const id = Number(raw);
  const { can } = useSession();
  const [event, setEvent] = useState<ServicingEvent | null>(null);
  const query = useQuery({ queryKey: servicingKeys.one(id), queryFn: () => getServicingRequest(id), enabled: Number.isInteger(id) && id > 0 });
  if (query.error) return <Alert type="error" showIcon title={errorText(query.error, t)} />;
  const r = query.data;
  if (!r) return <Card loading />;
  const details = r.details as Record<string, unknown>;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="servicing-detail">
      <Card
        title={
          <Space wrap>
            <span data-testid="servicing-request-no">{r.requestNo}</span>
            <span>{localName(r.typeName, r.typeNameEn, i18n.language)}</span>
            <Tag color={STATE_COLOR[r.state]} data-testid="servicing-detail-state">{t(`servicing.states.${r.state}`)}</Tag>
            {r.approval === 'supervisor' && <Tag color="gold">{t('servicing.approvalBySupervisor')}</Tag>}
          </Space>
        }
        extra={<BackButton fallback="/servicing" fallbackLabel={t('servicing.title')} testId="servicing-back" />}
      >
        <LifecycleBar request={r} />
        <WorkItemBadge recordType="servicing" recordId={r.id} version={r.version} onChange={() => void query.refetch()} />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('servicing.detail.policy')}><Space size={8}><Link to={`/policies/${r.policyId}`}>{r.policyInternalNo}</Link><Typography.Text type="secondary">{r.policyNumber}</Typography.Text></Space></Descriptions.Item>
          <Descriptions.Item label={t('servicing.detail.applicant')}><Link to={`/clients/${r.applicantClientId}`}>{r.applicantName}</Link></Descriptions.Item>
          <Descriptions.Item label={t('servicing.detail.channel')}>{t(`servicing.channels.${r.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('servicing.detail.receivedAt')}>{formatDateTime(r.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('servicing.detail.owner')}>{r.ownerName ?? '—'}</Descriptions.Item>
          {r.completedAt && <Descriptions.Item label={t('servicing.detail.completedAt')}>{formatDateTime(r.completedAt)}</Descriptions.Item>}
          {r.outcome && <Descriptions.Item label={t('servicing.detail.outcome')}>{r.outcome}</Descriptions.Item>}
          {r.stateReason && <Descriptions.Item label={t('servicing.detail.reason')}>{r.stateReason}</Descriptions.Item>}
          {typeof details.note === 'string' && <Descriptions.Item label={t('servicing.form.note')}>{details.note}</Descriptions.Item>}
          {(['cashValue', 'fees', 'outstandingLoan', 'refund'] as const).filter((k) => typeof details[k] === 'string').map((k) => (
            <Descriptions.Item key={k} label={t(`servicing.form.${k}`)}><span data-testid={`servicing-figure-${k}`}>{details[k] as string}</span></Descriptions.Item>
          ))}
          {typeof details.receiptSignedOn === 'string' && <Descriptions.Item label={t('servicing.form.receiptSignedOn')}>{details.receiptSignedOn}</Descriptions.Item>}
          {isOneOf(details.reissueReason, REISSUE_REASONS) && (
            <Descriptions.Item label={t('servicing.form.reissueReason')}><span data-testid="servicing-reissue-reason">{t(`servicing.form.reissueReasons.${details.reissueReason}`)}</span></Descriptions.Item>
          )}
          {isOneOf(details.identityMethod, IDENTITY_METHODS) && (
            <Descriptions.Item label={t('servicing.form.identityMethod')}>
              {t(`servicing.form.identityMethods.${details.identityMethod}`)}{typeof details.identityNote === 'string' && `（${details.identityNote}）`}
            </Descriptions.Item>
          )}
          {typeof details.submittedAt === 'string' && (
            <Descriptions.Item label={t('servicing.form.submittedAt')}><span data-testid="servicing-submitted-at">{formatDateTime(details.submittedAt)}</span></Descriptions.Item>
          )}
        </Descriptions>
        {r.change && <ChangeSummary change={r.change} />}
        {can('servicing.write') && r.allowedEvents.length > 0 && (
          <Space wrap data-testid="servicing-actions">
            {r.allowedEvents.map((e) => (
              <Button key={e} type={e === 'complete' ? 'primary' : 'default'} danger={e === 'refuse'} onClick={() => setEvent(e as ServicingEvent)} data-testid={`servicing-step-${e}`}>
                {t(`servicing.events.${e as ServicingEvent}`)}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'documents', label: <span data-testid="servicing-tab-documents">{t('servicing.detail.documents')}</span>, children: <DocumentsPanel recordType="servicing" recordId={r.id} /> },
            { key: 'notices', label: <span data-testid="servicing-tab-notices">{t('notices.title')}</span>, children: <NoticesPanel recordType="servicing" recordId={r.id} version={r.version} /> },
            {
              key: 'deadlines', label: <span data-testid="servicing-tab-deadlines">{t('servicing.detail.deadlines')}</span>,
              children: <DeadlineList entityType="servicing" entityId={String(r.id)} testId="servicing-deadlines" />,
            },
          ]}
        />
      </Card>
      {event && <StepModal request={r} event={event} onClose={() => setEvent(null)} />}
    </Space>
  );
}
