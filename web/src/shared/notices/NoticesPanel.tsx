import { Alert, Button, Empty, Select, Space, Table, Tooltip, Typography } from 'antd';
import { FilePdfOutlined, LockOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorText } from '../errors';
import { formatDateTime, localName } from '../format';
import { useNotify } from '../useNotify';
import { issueNotice, noticeCopyUrl, noticePreviewUrl, noticeUrl, useInvalidateNotices, useRecordNotices, type NoticeItem } from './notices.api';

/**
 * A record's notices (通知书): number, template, who issued it and when, the original and a reprint
 * marked as a copy; and a new one from the templates that apply to the record now.
 * Any module's record page shows it: `<NoticesPanel recordType="servicing" recordId={id} />`.
 */
export function NoticesPanel({ recordType, recordId, version }: { recordType: string; recordId: number; version?: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const notices = useRecordNotices(recordType, recordId, version);
  const invalidate = useInvalidateNotices();
  const [templateCode, setTemplateCode] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (notices.error) return <Alert type="error" showIcon title={errorText(notices.error, t)} />;
  const data = notices.data;

  async function issue() {
    if (!templateCode) return;
    setBusy(true);
    try {
      const issued = await issueNotice(recordType, recordId, templateCode);
      const template = data?.templates.find((x) => x.code === templateCode);
      notify.success(t('notices.issued', { name: template ? localName(template.name, template.nameEn, lang) : templateCode, number: issued.number }));
      setTemplateCode(undefined);
      await invalidate(recordType, recordId);
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="notices-panel">
      {data && (data.canIssue ? (
        data.templates.length > 0 ? (
          <Space wrap>
            <Select
              style={{ minWidth: 220 }}
              placeholder={t('notices.chooseTemplate')}
              value={templateCode}
              onChange={setTemplateCode}
              options={data.templates.map((x) => ({ value: x.code, label: localName(x.name, x.nameEn, lang) }))}
              data-testid="notices-template"
            />
            {/* 预览: what the notice would say, marked 样张 — nothing issued, no number taken. */}
            <Button href={templateCode ? noticePreviewUrl(recordType, recordId, templateCode) : undefined} target="_blank" disabled={!templateCode} data-testid="notices-preview">
              {t('notices.preview')}
            </Button>
            <Button type="primary" icon={<FilePdfOutlined />} onClick={() => void issue()} loading={busy} disabled={!templateCode} data-testid="notices-issue">
              {t('notices.issue')}
            </Button>
          </Space>
        ) : <Typography.Text type="secondary">{t('notices.noTemplates')}</Typography.Text>
      ) : <Typography.Text type="secondary"><LockOutlined /> {t('notices.noIssueRight')}</Typography.Text>)}

      <Table<NoticeItem>
        rowKey="id"
        size="small"
        loading={notices.isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('notices.empty')} /> }}
        data-testid="notices-table"
        columns={[
          { key: 'number', title: t('notices.columns.number'), render: (_, n) => <span data-testid={`notice-number-${n.id}`}>{n.number}</span> },
          {
            key: 'template', title: t('notices.columns.template'),
            render: (_, n) => (
              <Space>
                {localName(n.templateName, n.templateNameEn, lang)}
                {n.sensitive && <Tooltip title={t('notices.sensitive')}><LockOutlined /></Tooltip>}
                {n.batchId !== null && <Link to={`/notices/batches/${n.batchId}`}>{t('notices.batch', { id: n.batchId })}</Link>}
              </Space>
            ),
          },
          { key: 'code', title: t('notices.columns.code'), render: (_, n) => <Typography.Text code copyable>{n.verificationCode}</Typography.Text> },
          { key: 'by', title: t('notices.columns.issuedBy'), render: (_, n) => n.issuedByName ?? '—' },
          { key: 'at', title: t('notices.columns.issuedAt'), render: (_, n) => formatDateTime(n.issuedAt) },
          {
            key: 'actions', title: t('notices.columns.actions'),
            render: (_, n) => (
              <Space>
                <Button size="small" type="link" href={noticeUrl(n.id)} target="_blank" data-testid={`notice-view-${n.id}`}>{t('notices.view')}</Button>
                <Button size="small" type="link" href={noticeUrl(n.id, true)} data-testid={`notice-download-${n.id}`}>{t('notices.download')}</Button>
                <Button size="small" type="link" href={noticeCopyUrl(n.id)} target="_blank" data-testid={`notice-copy-${n.id}`}>{t('notices.reprint')}</Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
