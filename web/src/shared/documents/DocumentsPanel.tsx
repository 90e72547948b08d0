import { Alert, Button, Empty, Modal, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { LockOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors';
import { formatDateTime, localName } from '../format';
import { useNotify } from '../useNotify';
import { ApiError } from '../../api/client';
import { documentUrl, uploadDocuments, useDocumentTypes, useInvalidateDocuments, useRecordDocuments, type DocumentItem } from './documents.api';

const STATE_COLOR = { received: 'green', missing: 'red', optional: 'default' } as const;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * A record's documents (资料): its checklist (required / optional, received / missing), the files
 * with preview and download, and an upload of several files at once under one document type.
 * Any module's record page shows it: `<DocumentsPanel recordType="policy" recordId={id} />`.
 */
export function DocumentsPanel({ recordType, recordId }: { recordType: string; recordId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notify = useNotify();
  const docs = useRecordDocuments(recordType, recordId);
  const types = useDocumentTypes();
  const invalidate = useInvalidateDocuments();
  const [typeCode, setTypeCode] = useState<string | undefined>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<DocumentItem | null>(null);

  if (docs.error) return <Alert type="error" showIcon title={errorText(docs.error, t)} />;
  const data = docs.data;

  async function upload() {
    if (!typeCode || files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const { ids } = await uploadDocuments(recordType, recordId, files.map((f) => ({ typeCode, file: f.originFileObj as File })));
      notify.success(t('documents.uploaded', { count: ids.length }));
      setFiles([]);
      await invalidate(recordType, recordId);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="documents-panel">
      <div data-testid="documents-checklist">
        <Typography.Text strong>{t('documents.checklist')}</Typography.Text>{' '}
        {data && data.checklist.length === 0 && <Typography.Text type="secondary">{t('documents.checklistEmpty')}</Typography.Text>}
        <Space wrap style={{ marginTop: 8 }}>
          {data?.checklist.map((line) => (
            <Tag key={line.typeCode} color={STATE_COLOR[line.state]} data-testid={`checklist-${line.typeCode}`} data-state={line.state}>
              {localName(line.typeName, line.typeNameEn, lang)}
              {line.required && ` · ${t('documents.required')}`} · {t(`documents.states.${line.state}`)}
              {line.received > 1 && ` ×${line.received}`}
            </Tag>
          ))}
        </Space>
      </div>

      {data?.canUpload ? (
        <div data-testid="documents-upload">
          {error !== null && <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 8 }} data-testid="documents-upload-error"
            description={error instanceof ApiError ? error.fields.map((f) => {
              const index = Number(f.path.split('.')[1]);
              return `${files[index]?.name ?? f.path}${t('common.separators.colon')}${f.message}`;
            }).join(t('common.separators.clause')) : undefined} />}
          <Space wrap align="start">
            <Select
              style={{ minWidth: 200 }}
              placeholder={t('documents.chooseType')}
              value={typeCode}
              onChange={setTypeCode}
              loading={types.isLoading}
              options={types.data?.items.map((dt) => ({ value: dt.code, label: localName(dt.name, dt.nameEn, lang) }))}
              data-testid="documents-type"
            />
            <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)} data-testid="documents-files">
              <Button icon={<UploadOutlined />}>{t('documents.chooseFiles')}</Button>
            </Upload>
            <Button type="primary" onClick={() => void upload()} loading={busy} disabled={!typeCode || files.length === 0} data-testid="documents-submit">
              {t('documents.upload')}
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('documents.uploadHint', { limit: Math.round(data.maxBytes / 1024 / 1024) })}
          </Typography.Paragraph>
        </div>
      ) : (
        data && <Typography.Text type="secondary"><LockOutlined /> {t('documents.noUploadRight')}</Typography.Text>
      )}

      <Table<DocumentItem>
        rowKey="id"
        size="small"
        loading={docs.isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('documents.empty')} /> }}
        data-testid="documents-table"
        columns={[
          { key: 'type', title: t('documents.columns.type'), render: (_, d) => localName(d.typeName, d.typeNameEn, lang) },
          {
            key: 'name', title: t('documents.columns.name'),
            render: (_, d) => (
              <Space>
                <span data-testid={`document-name-${d.id}`}>{d.fileName}</span>
                {d.sensitive && <Tooltip title={t('documents.sensitive')}><LockOutlined /></Tooltip>}
              </Space>
            ),
          },
          { key: 'size', title: t('documents.columns.size'), align: 'right', render: (_, d) => size(d.sizeBytes) },
          { key: 'by', title: t('documents.columns.uploadedBy'), render: (_, d) => d.uploadedByName ?? '—' },
          { key: 'at', title: t('documents.columns.uploadedAt'), render: (_, d) => formatDateTime(d.uploadedAt) },
          {
            key: 'actions', title: t('documents.columns.actions'),
            render: (_, d) => (
              <Space>
                {d.preview && <Button size="small" type="link" onClick={() => setPreview(d)} data-testid={`document-preview-${d.id}`}>{t('documents.preview')}</Button>}
                <Button size="small" type="link" href={documentUrl(d.id, true)} data-testid={`document-download-${d.id}`}>{t('documents.download')}</Button>
              </Space>
            ),
          },
        ]}
      />

      <Modal open={preview !== null} title={preview?.fileName} footer={null} width={900} onCancel={() => setPreview(null)} destroyOnHidden>
        {preview && (preview.mediaType === 'application/pdf'
          ? <iframe title={preview.fileName} src={documentUrl(preview.id)} style={{ width: '100%', height: '75vh', border: 0 }} data-testid="document-preview-frame" />
          : <img alt={preview.fileName} src={documentUrl(preview.id)} style={{ maxWidth: '100%' }} data-testid="document-preview-image" />)}
      </Modal>
    </Space>
  );
}
