import { Alert, Button, Card, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { errorText } from '../../../shared/errors';
import { useOrgUnits } from '../../../shared/org/useOrgUnits';
import { useCursorList } from '../../../shared/useCursorList';
import { useNotify } from '../../../shared/useNotify';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { RolesModal } from './RolesModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { UserFilters } from './UserFilters';
import { UserRowActions } from './UserRowActions';
import { UsersTable } from './UsersTable';
import { listUsers, userKeys, type User, type UserFilters as Filters } from './users.api';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'roles'; user: User }
  | { kind: 'password'; name: string; password: string };

/** Users in your scope: filter, page through, and (with user.manage) create and administer them. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const canManage = can('user.manage');
  const org = useOrgUnits(can('org.read'));
  const [filters, setFilters] = useState<Filters>({});
  const list = useCursorList(userKeys.list(), listUsers, filters);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const replace = (user: User) => list.setItems((items) => items.map((u) => (u.id === user.id ? user : u)));
  const closeAnd = (user: User, text: string) => {
    replace(user);
    setDialog(null);
    notify.success(text);
  };

  return (
    <Card
      title={t('users.title')}
      data-testid="users-page"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">
            {t('users.actions.create')}
          </Button>
        )
      }
    >
      <UserFilters tree={org.tree} value={filters} onChange={setFilters} />
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <UsersTable
        users={list.items}
        loading={list.loading}
        orgById={org.byId}
        renderActions={
          canManage
            ? (user) => (
                <UserRowActions
                  user={user}
                  onEdit={() => setDialog({ kind: 'edit', user })}
                  onRoles={() => setDialog({ kind: 'roles', user })}
                  onChanged={replace}
                  onTemporaryPassword={(password) => setDialog({ kind: 'password', name: user.displayName, password })}
                />
              )
            : undefined
        }
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" data-testid="users-count">
          {t('users.shown', { count: list.items.length })}
        </Typography.Text>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} loading={list.loading} data-testid="users-load-more">
            {t('common.loadMore')}
          </Button>
        ) : (
          list.items.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
        )}
      </Space>

      {dialog?.kind === 'create' && (
        <CreateUserModal
          tree={org.tree}
          onClose={() => setDialog(null)}
          onCreated={(user, password) => {
            list.setItems((items) => [user, ...items]);
            notify.success(t('users.done.created', { name: user.displayName }));
            setDialog(password ? { kind: 'password', name: user.displayName, password } : null);
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserModal
          user={dialog.user}
          tree={org.tree}
          onClose={() => setDialog(null)}
          onConflict={replace}
          onSaved={(user) => closeAnd(user, t('users.done.updated'))}
        />
      )}
      {dialog?.kind === 'roles' && (
        <RolesModal
          user={dialog.user}
          tree={org.tree}
          orgById={org.byId}
          onClose={() => setDialog(null)}
          onConflict={replace}
          onSaved={(user) => closeAnd(user, t('users.done.rolesSaved'))}
        />
      )}
      {dialog?.kind === 'password' && (
        <TemporaryPasswordModal name={dialog.name} password={dialog.password} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
