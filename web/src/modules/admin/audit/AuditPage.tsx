import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useCursorList } from '../../../shared/useCursorList';
import { auditKeys, listAudit, type AuditFilters as Filters } from './audit.api';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useCanVerifyChain } from './useCanVerifyChain';
import { VerifyChain } from './VerifyChain';

/** The append-only audit trail in your scope, newest first (R-SE-2). */
export default function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const list = useCursorList(auditKeys.list(), listAudit, filters);
  const canVerify = useCanVerifyChain();
  return (
    <Card title={t('audit.title')} data-testid="audit-page">
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      {canVerify && <VerifyChain />}
      <AuditFilters onChange={setFilters} />
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <AuditTable entries={list.items} loading={list.loading} />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('audit.shown', { count: list.items.length })}</Typography.Text>
        {list.hasMore && (
          <Button onClick={() => void list.loadMore()} loading={list.loading} data-testid="audit-load-more">
            {t('common.loadMore')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
