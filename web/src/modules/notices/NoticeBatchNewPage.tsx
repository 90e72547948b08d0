import { Alert, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorTextWithFields } from '../../shared/errors';
import { localName } from '../../shared/format';
import { createNoticeBatch, useNoticeTemplates } from '../../shared/notices/notices.api';

/** 批量打印: one notice for many records; the ids may come in the address (?type=servicing&ids=1,2,3) from a list. */
export function NoticeBatchNewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const templates = useNoticeTemplates();
  const [templateCode, setTemplateCode] = useState<string | undefined>(params.get('template') ?? undefined);
  const [recordType, setRecordType] = useState<string | undefined>(params.get('type') ?? undefined);
  const [ids, setIds] = useState(params.get('ids')?.split(',').join('\n') ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const template = templates.data?.items.find((x) => x.code === templateCode);
  const recordIds = [...new Set(ids.split(/[\s,，]+/).filter((s) => /^\d+$/.test(s)).map(Number))];

  async function submit() {
    if (!templateCode || !recordType || recordIds.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const batch = await createNoticeBatch({ templateCode, recordType, recordIds });
      navigate(`/notices/batches/${batch.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={3}>{t('notices.batches.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('notices.batches.intro')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon title={errorTextWithFields(error, t)} data-testid="notice-batch-error" />}
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={t('notices.batches.template')} required>
          <Select
            value={templateCode}
            onChange={(code: string) => {
              setTemplateCode(code);
              setRecordType(templates.data?.items.find((x) => x.code === code)?.recordTypes[0]);
            }}
            loading={templates.isLoading}
            options={templates.data?.items.map((x) => ({ value: x.code, label: localName(x.name, x.nameEn, lang) }))}
            data-testid="notice-batch-template"
          />
        </Form.Item>
        <Form.Item label={t('notices.batches.recordType')} required>
          <Select value={recordType} onChange={setRecordType} options={(template?.recordTypes ?? []).map((r) => ({ value: r, label: r }))} data-testid="notice-batch-record-type" />
        </Form.Item>
        <Form.Item label={t('notices.batches.recordIds')} required extra={recordIds.length > 0 ? t('notices.batches.total', { total: recordIds.length }) : undefined}>
          <Input.TextArea rows={6} value={ids} onChange={(e) => setIds(e.target.value)} data-testid="notice-batch-ids" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!templateCode || !recordType || recordIds.length === 0} data-testid="notice-batch-submit">
          {t('notices.batches.submit')}
        </Button>
      </Form>
    </Space>
  );
}
