import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../shared/org/org-units.api';
import { ServerErrorAlert } from '../../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { RoleGrantsField } from './RoleGrantsField';
import { setUserRoles, type RoleGrant, type User } from './users.api';

const grantsOf = (user: User): RoleGrant[] => user.roles.map(({ role, orgUnitId }) => ({ role, orgUnitId }));

/** Replace the role grants you manage (the server keeps grants made outside your scope). */
export function RolesModal({
  user, tree, onSaved, onConflict, onClose,
}: {
  user: User;
  tree: OrgNode[];
  onSaved: (user: User) => void;
  onConflict: (current: User) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ roles: RoleGrant[] }>();
  const [record, setRecord] = useState(user);
  const { busy, problem, submit } = useFormSubmit<User>(form, (current) => {
    setRecord(current);
    form.setFieldsValue({ roles: grantsOf(current) });
    onConflict(current);
  });

  const onFinish = ({ roles }: { roles: RoleGrant[] }) =>
    submit(async () => onSaved(await setUserRoles(record.id, { version: record.version, roles: roles ?? [] })));

  return (
    <Modal
      open
      width={600}
      title={t('users.rolesTitle', { name: record.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'user-roles-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ roles: grantsOf(user) }}>
        <RoleGrantsField tree={tree} minOne={false} />
      </Form>
    </Modal>
  );
}
