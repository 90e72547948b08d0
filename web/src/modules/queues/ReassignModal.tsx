import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorTextWithFields } from '../../shared/errors';
import { localName } from '../../shared/format';
import { useNotify } from '../../shared/useNotify';
import { useRemoteSearch } from '../../shared/useRemoteSearch';
import { findAssignees, queueKeys, reassignWorkItems, type Assignee } from './queues.api';

type Values = { ownerId: number; reason: string };

/**
 * 改派: the selected items to one person with one reason — all of them or none; a refusal lists each
 * item that cannot go and why (the server names them ids.0, ids.1 …, shown here as they come).
 */
export function ReassignModal({ ids, onClose, onDone }: { ids: number[]; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [term, setTerm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const found = useRemoteSearch(queueKeys.assignees(''), findAssignees, term);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const { items } = await reassignWorkItems({ ids, ownerId: values.ownerId, reason: values.reason.trim() });
      notify.success(t('queues.reassigned', { count: items.length }));
      await queryClient.invalidateQueries({ queryKey: queueKeys.all });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('queues.reassignTitle', { count: ids.length })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('queues.reassign')}
      okButtonProps={{ 'data-testid': 'queue-reassign-submit' } as never}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('queues.allOrNothing')}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon title={errorTextWithFields(error, t)} style={{ marginBottom: 12 }} data-testid="queue-reassign-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="queue-reassign-form">
        <Form.Item name="ownerId" label={t('queues.reassignTo')} rules={[{ required: true, message: t('queues.reassignToPlaceholder') }]}>
          <Select<number>
            showSearch={{ filterOption: false, onSearch: setTerm, searchValue: term }}
            placeholder={t('queues.reassignToPlaceholder')}
            loading={found.loading}
            options={found.items.map((a: Assignee) => ({ value: a.id, label: a.displayName, unit: localName(a.orgUnitName, a.orgUnitNameEn, i18n.language) }))}
            optionRender={(option) => (
              <>
                <span>{option.data.label}</span> <Typography.Text type="secondary">{option.data.unit}</Typography.Text>
              </>
            )}
            data-testid="queue-reassign-owner"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('queues.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('queues.reasonPlaceholder') }]}>
          <Input.TextArea rows={3} maxLength={300} placeholder={t('queues.reasonPlaceholder')} data-testid="queue-reassign-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
