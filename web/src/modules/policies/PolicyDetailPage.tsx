import { Alert, Button, Card, Space, Tabs, Typography } from 'antd';
import { EditOutlined, ToolOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFound } from '../../app/StatusPages';
import { useSession } from '../../session/useSession';
import { DeadlineList } from '../../shared/deadlines';
import { errorText } from '../../shared/errors';
import { localName } from '../../shared/format';
import { useLoad } from '../../shared/useLoad';
import { useNotify } from '../../shared/useNotify';
import { EditPolicyModal } from './EditPolicyModal';
import { NoticesList } from './NoticesList';
import { PartiesTable } from './PartiesTable';
import { PolicyDescriptions } from './PolicyDescriptions';
import { PolicyStateTag } from './PolicyStateTag';
import { DocumentsPanel } from '../../shared/documents/DocumentsPanel';
import { NoticesPanel } from '../../shared/notices/NoticesPanel';
import { NewServicingModal } from '../servicing/NewServicingModal';
import { PolicyServicingList } from '../servicing/PolicyServicingList';
import { ReviewsList } from './ReviewsList';
import { StatusActions } from './StatusActions';
import { VerifyPanel } from './VerifyPanel';
import { getPolicy, policyKeys, type PolicyDetail } from './policies.api';
import { useRecordVisit } from '../../shared/recent-records';
import { BackButton } from '../../shared/BackButton';

/** One policy: header, every field, parties, and the intake steps (review, verification, servicing requests — a reissue among them —, notices, deadlines). */
export function PolicyDetailPage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) return <NotFound />;
  return <PolicyDetailView key={id} id={id} />;
}

function PolicyDetailView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const loaded = useLoad(policyKeys.detail(id), () => getPolicy(id));
  const [editing, setEditing] = useState(false);
  const [servicing, setServicing] = useState(false);
  const [tab, setTab] = useState<string | undefined>(undefined);
  const policy = loaded.data;
  useRecordVisit(policy && { kind: 'policy', id, title: policy.policyNumber, detail: policy.policyholderName });

  if (loaded.error !== null && !policy) {
    return (
      <Card>
        <Alert type="error" showIcon title={errorText(loaded.error, t)} data-testid="policy-error" />
        <Link to="/policies">{t('policies.actions.back')}</Link>
      </Card>
    );
  }
  if (!policy) return <Card loading />;

  const canWrite = can('policy.write');
  const editable = canWrite && (policy.state === 'registered' || policy.state === 'on_hold');
  // The step's answer at once; its deadlines and the lists are read again by the step itself (usePolicyStep).
  const changed = (next: PolicyDetail) => loaded.setData(next);
  const stale = () => void loaded.reload();
  const activeTab = tab ?? (policy.state === 'on_hold' ? 'reviews' : policy.state === 'registered' ? 'verify' : 'reviews');
  const openDifferences = policy.differences.filter((d) => !d.resolvedAt).length;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="policy-detail">
      <Card
        title={
          <Space wrap>
            <span data-testid="policy-internal-no">{policy.internalNo}</span>
            <PolicyStateTag state={policy.state} testId="policy-detail-state" />
            <Typography.Text type="secondary" data-testid="policy-detail-number">{policy.policyNumber}</Typography.Text>
          </Space>
        }
        extra={
          <Space wrap>
            {can('servicing.write') && (
              <Button icon={<ToolOutlined />} onClick={() => setServicing(true)} data-testid="policy-new-servicing">
                {t('servicing.create')}
              </Button>
            )}
            {canWrite && <StatusActions policy={policy} onDone={changed} onStale={stale} />}
            {editable && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="policy-edit">
                {t('policies.actions.edit')}
              </Button>
            )}
            <BackButton fallback="/policies" fallbackLabel={t('policies.actions.back')} testId="policy-back" />
          </Space>
        }
      >
        <Space wrap size="middle" style={{ marginBottom: 16 }} data-testid="policy-summary">
          <Typography.Text strong data-testid="policy-insurer">{localName(policy.insurerName, policy.insurerNameEn, i18n.language)}</Typography.Text>
          {policy.insurerServicePhone && <Typography.Text type="secondary">{t('policies.detail.insurerPhone', { phone: policy.insurerServicePhone })}</Typography.Text>}
          <Typography.Text data-testid="policy-product">{localName(policy.productName, policy.productNameEn, i18n.language)}</Typography.Text>
          <Typography.Text type="secondary">{t(`policies.lines.${policy.lineOfBusiness}`)}</Typography.Text>
          <Typography.Text type="secondary">{t(`policies.termTypes.${policy.termType}`)}</Typography.Text>
          <Typography.Text type="secondary">
            {t('policies.detail.termRange', { from: policy.effectiveDate, to: policy.endDate ?? t('policies.wholeOfLife') })}
          </Typography.Text>
        </Space>
        <PolicyDescriptions policy={policy} canReveal={can('pii.reveal')} />
      </Card>

      <Card title={t('policies.detail.parties')}>
        <PartiesTable policy={policy} />
      </Card>

      <Card>
        <Tabs
          activeKey={activeTab}
          onChange={setTab}
          items={[
            {
              key: 'reviews',
              label: <span data-testid="policy-tab-reviews">{t('policies.detail.tabs.reviews')}</span>,
              children: <ReviewsList policy={policy} canWrite={canWrite} onDone={changed} onStale={stale} />,
            },
            {
              key: 'verify',
              label: (
                <span data-testid="policy-tab-verify">
                  {t('policies.detail.tabs.verify')}
                  {openDifferences > 0 && ` (${openDifferences})`}
                </span>
              ),
              children: <VerifyPanel policy={policy} canWrite={canWrite} onDone={changed} onStale={stale} />,
            },
            ...(can('servicing.read') ? [{
              key: 'servicing',
              label: <span data-testid="policy-tab-servicing">{t('servicing.title')}</span>,
              children: <PolicyServicingList policyId={policy.id} />,
            }] : []),
            {
              key: 'documents',
              label: <span data-testid="policy-tab-documents">{t('documents.title')}</span>,
              children: <DocumentsPanel recordType="policy" recordId={policy.id} />,
            },
            {
              key: 'issued-notices',
              label: <span data-testid="policy-tab-issued-notices">{t('notices.title')}</span>,
              children: <NoticesPanel recordType="policy" recordId={policy.id} />,
            },
            {
              key: 'notices',
              label: <span data-testid="policy-tab-notices">{t('policies.detail.tabs.notices')}</span>,
              children: <NoticesList notices={policy.notices} />,
            },
            {
              key: 'deadlines',
              label: <span data-testid="policy-tab-deadlines">{t('policies.detail.tabs.deadlines')}</span>,
              children: (
                <DeadlineList entityType="policy" entityId={String(policy.id)} emptyText={t('policies.detail.deadlinesEmpty')} testId="policy-deadlines" />
              ),
            },
          ]}
        />
      </Card>

      {editing && (
        <EditPolicyModal
          policy={policy}
          onClose={() => setEditing(false)}
          onStale={stale}
          onSaved={() => {
            setEditing(false);
            notify.success(t('policies.done.updated'));
          }}
        />
      )}
      {servicing && <NewServicingModal policyId={policy.id} onClose={() => setServicing(false)} />}
    </Space>
  );
}
