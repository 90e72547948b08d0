import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useSession } from '../../../session/useSession';
import { localName } from '../../../shared/format';
import type { OrgNode, OrgUnit } from '../../../shared/org/org-units.api';
import { ServerErrorAlert } from '../../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { RoleGrantsField } from './RoleGrantsField';
import { grantsLost } from './self-demotion';
import { setUserRoles, useUserWrite, type RoleGrant, type RoleName, type User } from './users.api';

// The answer types a held role as a string; it is one of the role names a write accepts.
const grantsOf = (user: User): RoleGrant[] => user.roles.map(({ role, orgUnitId }) => ({ role: role as RoleName, orgUnitId }));

/**
 * Replace the role grants you manage (the server keeps grants made outside your scope). Saving
 * your own roles so as to lose one is confirmed in a dialog first; the server insists on it too.
 */
export function RolesModal({
  user, tree, orgById, onSaved, onConflict, onClose,
}: {
  user: User;
  tree: OrgNode[];
  orgById: Map<number, OrgUnit>;
  onSaved: (user: User) => void;
  onConflict: (current: User) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const { me, roleName, refresh } = useSession();
  const [form] = Form.useForm<{ roles: RoleGrant[] }>();
  const [record, setRecord] = useState(user);
  const { busy, problem, submit } = useFormSubmit<User>(form, (current) => {
    setRecord(current);
    form.setFieldsValue({ roles: grantsOf(current) });
    onConflict(current);
  });
  const self = record.id === me?.user.id;

  const grantName = (g: User['roles'][number]) => {
    const unit = orgById.get(g.orgUnitId);
    return t('users.selfDemotion.grant', { role: roleName(g.role), orgUnit: unit ? localName(unit, i18n.language) : g.orgUnitName });
  };

  const askToConfirm = (grants: string, roles: RoleGrant[]) =>
    modal.confirm({
      title: t('users.selfDemotion.title'),
      content: <span data-testid="self-demotion-text">{t('users.selfDemotion.body', { grants })}</span>,
      okText: t('users.selfDemotion.ok'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-ok' },
      cancelText: t('common.cancel'),
      onOk: () => save(roles, true),
    });

  const saving = useUserWrite<User>();
  const save = (roles: RoleGrant[], confirmSelfDemotion: boolean) =>
    submit(async () => {
      try {
        const saved = await saving.mutateAsync(() => setUserRoles(record.id, { version: record.version, roles, ...(confirmSelfDemotion && { confirmSelfDemotion }) }));
        if (self) void refresh();
        onSaved(saved);
      } catch (err) {
        // The server found a loss the form did not (a unit outside the loaded tree): ask now.
        if (err instanceof ApiError && err.code === 'SELF_DEMOTION_UNCONFIRMED' && !confirmSelfDemotion) {
          const lost = (err.details.lost as User['roles'] | undefined) ?? [];
          askToConfirm(lost.map(grantName).join(t('common.separators.list')), roles);
          return;
        }
        throw err;
      }
    });

  const onFinish = ({ roles }: { roles?: RoleGrant[] }) => {
    const next = roles ?? [];
    const lost = self ? grantsLost(record.roles, next, orgById) : [];
    if (lost.length) askToConfirm(lost.map(grantName).join(t('common.separators.list')), next);
    else void save(next, false);
  };

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
