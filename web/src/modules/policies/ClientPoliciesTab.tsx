import { Alert, Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { useCursorList } from '../../shared/useCursorList';
import { PoliciesTable } from './PoliciesTable';
import { listPolicies, policyKeys } from './policies.api';

/**
 * A client's policies (as policyholder or insured), for the client's page; "登记保单" opens the
 * intake with this client as the policyholder.
 */
export function ClientPoliciesTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const filters = useMemo(() => ({ clientId }), [clientId]);
  const list = useCursorList(policyKeys.list(), listPolicies, filters, { enabled: can('policy.read') });
  if (!can('policy.read')) return null;
  return (
    <div data-testid="client-policies">
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type="secondary">{t('policies.clientTab.hint')}</Typography.Text>
        {can('policy.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/policies/new?policyholderId=${clientId}`)} data-testid="client-policy-create">
            {t('policies.actions.create')}
          </Button>
        )}
      </Space>
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 12 }} />}
      <PoliciesTable policies={list.items} loading={list.loading} testId="client-policies-table" />
      {list.hasMore && (
        <Button onClick={() => void list.loadMore()} loading={list.loading} style={{ marginTop: 12 }} data-testid="client-policies-more">
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
