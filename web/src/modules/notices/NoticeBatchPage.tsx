import { Alert, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { errorText } from '../../shared/errors';
import { formatDateTime, localName } from '../../shared/format';
import { useNoticeBatch } from '../../shared/notices/notices.api';

/** A batch print's progress: asked again every second until the job is done. */
export function NoticeBatchPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = Number(useParams().id);
  const batch = useNoticeBatch(id);
  if (batch.error) return <Alert type="error" showIcon title={errorText(batch.error, t)} />;
  const b = batch.data;
  if (!b) return null;
  const percent = Math.floor(((b.done + b.failed) / b.total) * 100);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 900 }} data-testid="notice-batch">
      <Typography.Title level={3}>{t('notices.batches.title')} #{b.id}</Typography.Title>
      <Card>
        <Progress percent={percent} status={b.state === 'done' ? (b.failed ? 'exception' : 'success') : 'active'} data-testid="notice-batch-progress" />
        <Descriptions column={2} size="small" style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('notices.batches.template')}>{localName(b.templateName, b.templateNameEn, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('notices.batches.progress')}>
            <Tag color={b.state === 'done' ? 'green' : 'blue'} data-testid="notice-batch-state" data-state={b.state}>{t(`notices.batches.state.${b.state}`)}</Tag>
            <span data-testid="notice-batch-counts">
              {t('notices.batches.total', { total: b.total })} · {t('notices.batches.done', { done: b.done })}
              {b.failed > 0 && ` · ${t('notices.batches.failed', { failed: b.failed })}`}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('notices.batches.createdBy')}>{b.createdByName ?? '—'} · {formatDateTime(b.createdAt)}</Descriptions.Item>
          {b.firstNumber && <Descriptions.Item label={t('notices.columns.number')}>{t('notices.batches.range', { first: b.firstNumber, last: b.lastNumber })}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {b.failures.length > 0 && (
        <Card title={t('notices.batches.failures')}>
          <Table rowKey="position" size="small" pagination={false} dataSource={b.failures} columns={[
            { key: 'position', title: t('notices.batches.position'), dataIndex: 'position' },
            { key: 'recordId', title: t('notices.batches.recordId'), dataIndex: 'recordId' },
            { key: 'error', title: t('notices.batches.error'), dataIndex: 'error' },
          ]} />
        </Card>
      )}
    </Space>
  );
}
