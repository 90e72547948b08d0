import { Alert, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { localName } from '../../shared/format';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { ActiveToggle } from './ActiveToggle';
import { createDocumentType, documentTypeKeys, updateDocumentType, useAdminDocumentTypes, type CreateDocumentTypeInput, type DocumentTypeEntry, type DocumentTypes } from './document-types.api';

type Values = { code: string; name: string; nameEn: string; sensitive: boolean; retentionClass: CreateDocumentTypeInput['retentionClass'] };

/** Add a type, or change one (its code stays: documents and checklists name it). */
function DocumentTypeModal({ entry, retentionClasses, onClose }: { entry?: DocumentTypeEntry; retentionClasses: DocumentTypes['retentionClasses']; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const { busy, problem, submit } = useFormSubmit(form);
  const onFinish = (v: Values) =>
    submit(async () => {
      const fields = { name: v.name.trim(), nameEn: v.nameEn.trim(), sensitive: v.sensitive, retentionClass: v.retentionClass };
      if (entry) await updateDocumentType(entry.code, fields);
      else await createDocumentType({ ...fields, code: v.code.trim() });
      await client.invalidateQueries({ queryKey: documentTypeKeys.all });
      onClose();
    });
  return (
    <Modal
      open
      title={entry ? t('catalogue.documentTypes.edit') : t('catalogue.documentTypes.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'document-type-submit' } as never}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={entry ?? { sensitive: false, retentionClass: 'contract_plus_5y' }}
        onFinish={(v) => void onFinish(v)}
        data-testid="document-type-form"
      >
        <Form.Item name="code" label={t('catalogue.documentTypes.code')} extra={t('catalogue.documentTypes.codeHint')} rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t('catalogue.documentTypes.codeHint') }]}>
          <Input disabled={!!entry} data-testid="document-type-code" />
        </Form.Item>
        <Form.Item name="name" label={t('catalogue.documentTypes.name')} rules={[{ required: true, whitespace: true, message: t('catalogue.documentTypes.name') }]}>
          <Input maxLength={60} data-testid="document-type-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('catalogue.documentTypes.nameEn')} rules={[{ required: true, whitespace: true, message: t('catalogue.documentTypes.nameEn') }]}>
          <Input maxLength={60} data-testid="document-type-name-en" />
        </Form.Item>
        <Form.Item name="sensitive" label={t('catalogue.documentTypes.sensitive')} valuePropName="checked" extra={t('catalogue.documentTypes.sensitiveHint')}>
          <Switch data-testid="document-type-sensitive" />
        </Form.Item>
        <Form.Item name="retentionClass" label={t('catalogue.documentTypes.retention')}>
          <Select options={retentionClasses.map((c) => ({ value: c.code, label: `${localName(c.name, c.nameEn, i18n.language)}（${c.basis}）` }))} data-testid="document-type-retention" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 资料类型: the catalogue every checklist and upload uses; head office adds, renames and stops offering types. */
export function DocumentTypesTab({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const query = useAdminDocumentTypes();
  const [dialog, setDialog] = useState<{ entry?: DocumentTypeEntry } | null>(null);
  const retention = new Map((query.data?.retentionClasses ?? []).map((c) => [c.code, localName(c.name, c.nameEn, i18n.language)]));
  const columns: TableColumnsType<DocumentTypeEntry> = [
    { key: 'code', title: t('catalogue.documentTypes.code'), dataIndex: 'code', width: 200 },
    { key: 'name', title: t('catalogue.documentTypes.name'), render: (_, d) => <span data-testid="document-type-row-name">{localName(d.name, d.nameEn, i18n.language)}</span> },
    { key: 'sensitive', title: t('catalogue.documentTypes.sensitive'), render: (_, d) => (d.sensitive ? <Tag color="red">{t('catalogue.documentTypes.sensitiveTag')}</Tag> : '—') },
    { key: 'retention', title: t('catalogue.documentTypes.retention'), render: (_, d) => retention.get(d.retentionClass) ?? d.retentionClass },
    { key: 'state', title: t('catalogue.state.column'), render: (_, d) => <Tag color={d.active ? 'green' : 'default'}>{d.active ? t('catalogue.state.active') : t('catalogue.state.inactive')}</Tag> },
    ...(canEdit
      ? [{
          key: 'actions', title: t('catalogue.documentTypes.actions'),
          render: (_: unknown, d: DocumentTypeEntry) => (
            <Space>
              <Button size="small" onClick={() => setDialog({ entry: d })} data-testid={`document-type-edit-${d.code}`}>{t('catalogue.actions.edit')}</Button>
              <ActiveToggle
                name={localName(d.name, d.nameEn, i18n.language)}
                active={d.active}
                testId={`document-type-toggle-${d.code}`}
                onToggle={async (active) => {
                  await updateDocumentType(d.code, { active });
                  await client.invalidateQueries({ queryKey: documentTypeKeys.all });
                }}
              />
            </Space>
          ),
        }]
      : []),
  ];
  return (
    <div data-testid="document-types-tab">
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})} style={{ marginBottom: 16 }} data-testid="document-type-create">
          {t('catalogue.documentTypes.create')}
        </Button>
      )}
      {query.error !== null && <Alert type="error" showIcon title={errorText(query.error, t)} style={{ marginBottom: 16 }} />}
      <Table rowKey="code" size="small" loading={query.isLoading} columns={columns} dataSource={query.data?.items ?? []} pagination={false} data-testid="document-types-table" />
      {dialog && <DocumentTypeModal entry={dialog.entry} retentionClasses={query.data?.retentionClasses ?? []} onClose={() => setDialog(null)} />}
    </div>
  );
}
