import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../shared/org/org-units.api';
import { OrgUnitSelect } from '../../../shared/org/OrgUnitSelect';
import { ServerErrorAlert } from '../../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { RoleGrantsField } from './RoleGrantsField';
import { createUser, useUserWrite, type RoleGrant, type User } from './users.api';

type Values = {
  username: string;
  displayName: string;
  orgUnitId: number;
  mobile?: string;
  email?: string;
  password?: string;
  roles: Partial<RoleGrant>[];
};

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function CreateUserModal({
  tree, onCreated, onClose,
}: {
  tree: OrgNode[];
  onCreated: (user: User, temporaryPassword: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form);
  const creating = useUserWrite<Awaited<ReturnType<typeof createUser>>>();

  const onFinish = (values: Values) =>
    submit(async () => {
      const { user, temporaryPassword } = await creating.mutateAsync(() =>
        createUser({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          orgUnitId: values.orgUnitId,
          mobile: blankToUndefined(values.mobile),
          email: blankToUndefined(values.email),
          password: values.password || undefined,
          roles: values.roles as RoleGrant[],
        }),
      );
      onCreated(user, temporaryPassword);
    });

  // A new user's first role usually applies in their own unit: prefill it.
  const onValuesChange = (changed: Partial<Values>) => {
    if (changed.orgUnitId === undefined) return;
    const roles = form.getFieldValue('roles') as Partial<RoleGrant>[];
    form.setFieldValue('roles', roles.map((r) => (r.orgUnitId ? r : { ...r, orgUnitId: changed.orgUnitId })));
  };

  const required = { required: true, message: t('users.form.required') };
  return (
    <Modal
      open
      width={640}
      title={t('users.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'user-form-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        initialValues={{ roles: [{}] }}
        requiredMark="optional"
        data-testid="user-form"
      >
        <Form.Item name="username" label={t('users.form.username')} extra={t('users.form.usernameHelp')} rules={[required]}>
          <Input maxLength={40} autoComplete="off" data-testid="user-form-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.form.displayName')} rules={[required]}>
          <Input maxLength={60} data-testid="user-form-display-name" />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('users.form.orgUnit')} rules={[required]}>
          <OrgUnitSelect tree={tree} testId="user-form-org" />
        </Form.Item>
        <Form.Item name="mobile" label={t('users.form.mobile')}>
          <Input maxLength={20} data-testid="user-form-mobile" />
        </Form.Item>
        <Form.Item name="email" label={t('users.form.email')}>
          <Input maxLength={200} data-testid="user-form-email" />
        </Form.Item>
        <Form.Item name="password" label={t('users.form.password')} extra={t('users.form.passwordHelp')}>
          <Input.Password autoComplete="new-password" data-testid="user-form-password" />
        </Form.Item>
        <RoleGrantsField tree={tree} minOne />
      </Form>
    </Modal>
  );
}
