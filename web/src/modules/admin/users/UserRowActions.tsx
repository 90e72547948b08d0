import { App, Button, Dropdown, Space } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { useNotify } from '../../../shared/useNotify';
import { getUser, resetPassword, unlockUser, updateUser, useUserWrite, type User } from './users.api';

/** Edit and roles in view; status, password reset and unlock behind "more", each confirmed first. */
export function UserRowActions({
  user, onEdit, onRoles, onChanged, onTemporaryPassword,
}: {
  user: User;
  onEdit: () => void;
  onRoles: () => void;
  onChanged: (user: User) => void;
  onTemporaryPassword: (password: string) => void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { me } = useSession();
  const notify = useNotify();
  const name = user.displayName;

  const setting = useUserWrite<User>();
  const resetting = useUserWrite<Awaited<ReturnType<typeof resetPassword>>>();
  const unlocking = useUserWrite<void>();
  const confirm = (content: string, action: () => Promise<void>) =>
    modal.confirm({
      content,
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'confirm-ok' },
      onOk: async () => {
        try {
          await action();
        } catch (err) {
          notify.error(err);
          // A conflict or any other refusal: show the record as it now is.
          onChanged(await getUser(user.id).catch(() => user));
        }
      },
    });

  const items = [
    user.status === 'active'
      ? {
          key: 'disable', danger: true, disabled: user.id === me?.user.id,
          label: <span data-testid="user-disable">{t('users.actions.disable')}</span>,
        }
      : { key: 'enable', label: <span data-testid="user-enable">{t('users.actions.enable')}</span> },
    { key: 'reset', label: <span data-testid="user-reset-password">{t('users.actions.resetPassword')}</span> },
    ...(user.lockedUntil ? [{ key: 'unlock', label: <span data-testid="user-unlock">{t('users.actions.unlock')}</span> }] : []),
  ];

  const onMenu = (key: string) => {
    if (key === 'disable' || key === 'enable') {
      const status = key === 'disable' ? 'disabled' : 'active';
      confirm(t(`users.confirm.${key}`, { name }), async () => {
        onChanged(await setting.mutateAsync(() => updateUser(user.id, { version: user.version, status })));
        notify.success(t(key === 'disable' ? 'users.done.disabled' : 'users.done.enabled'));
      });
    } else if (key === 'reset') {
      confirm(t('users.confirm.resetPassword', { name }), async () => {
        const { temporaryPassword } = await resetting.mutateAsync(() => resetPassword(user.id));
        onChanged(await getUser(user.id));
        if (temporaryPassword) onTemporaryPassword(temporaryPassword);
      });
    } else if (key === 'unlock') {
      confirm(t('users.confirm.unlock', { name }), async () => {
        await unlocking.mutateAsync(() => unlockUser(user.id));
        onChanged(await getUser(user.id));
        notify.success(t('users.done.unlocked'));
      });
    }
  };

  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit} data-testid={`user-edit-${user.username}`}>
        {t('users.actions.edit')}
      </Button>
      <Button type="link" size="small" onClick={onRoles} data-testid={`user-roles-${user.username}`}>
        {t('users.actions.setRoles')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onMenu(key) }}>
        <Button type="link" size="small" data-testid={`user-more-${user.username}`}>
          {t('users.actions.more')} <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </Space>
  );
}
