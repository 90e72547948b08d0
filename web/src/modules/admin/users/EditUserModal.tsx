import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../shared/org/org-units.api';
import { OrgUnitSelect } from '../../../shared/org/OrgUnitSelect';
import { ServerErrorAlert } from '../../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { updateUser, useUserWrite, type User } from './users.api';

type Values = { displayName: string; orgUnitId: number; mobile?: string; email?: string };

const valuesOf = (user: User): Values => ({
  displayName: user.displayName, orgUnitId: user.orgUnitId, mobile: '', email: user.email ?? '',
});

/** Name, org unit and contact details. The mobile number is masked, so it is replaced, not edited. */
export function EditUserModal({
  user, tree, onSaved, onConflict, onClose,
}: {
  user: User;
  tree: OrgNode[];
  onSaved: (user: User) => void;
  onConflict: (current: User) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [record, setRecord] = useState(user);
  const { busy, problem, submit } = useFormSubmit<User>(form, (current) => {
    setRecord(current);
    form.setFieldsValue(valuesOf(current));
    onConflict(current);
  });

  const saving = useUserWrite<User>();
  const onFinish = (values: Values) =>
    submit(async () => {
      const mobile = values.mobile?.trim();
      onSaved(
        await saving.mutateAsync(() =>
          updateUser(record.id, {
            version: record.version,
            displayName: values.displayName.trim(),
            orgUnitId: values.orgUnitId,
            email: values.email?.trim() || null,
            ...(mobile ? { mobile } : {}),
          }),
        ),
      );
    });

  const required = { required: true, message: t('users.form.required') };
  return (
    <Modal
      open
      title={t('users.editTitle', { name: record.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'user-edit-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={valuesOf(user)} requiredMark="optional">
        <Form.Item label={t('users.form.username')}>
          <Input value={record.username} disabled />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.form.displayName')} rules={[required]}>
          <Input maxLength={60} data-testid="user-edit-display-name" />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('users.form.orgUnit')} rules={[required]}>
          <OrgUnitSelect tree={tree} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('users.form.mobile')}
          extra={record.mobile ? t('users.form.mobileKeep', { masked: record.mobile }) : undefined}
        >
          <Input maxLength={20} placeholder={record.mobile ?? ''} />
        </Form.Item>
        <Form.Item name="email" label={t('users.form.email')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
