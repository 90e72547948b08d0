import { Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { api } from '../../../api/client';
import type { QueryOf, ResponseOf } from '../../../api/types';
import { ListPage } from '../../../shared/list/ListPage';
import { useListParams, type ListSpec } from '../../../shared/list/useListParams';
import { useOrgUnits } from '../../../shared/org/useOrgUnits';
import { useNotify } from '../../../shared/useNotify';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { RolesModal } from './RolesModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { USER_FILTERS, UserFilters, type UserFilterKey } from './UserFilters';
import { UserRowActions } from './UserRowActions';
import { useUserColumns } from './UsersTable';
import { userKeys, type User } from './users.api';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'roles'; user: User }
  | { kind: 'password'; name: string; password: string };

const SPEC: ListSpec<UserFilterKey, 'username' | 'displayName' | 'orgUnit' | 'createdAt'> = {
  filters: USER_FILTERS,
  sorts: ['username', 'displayName', 'orgUnit', 'createdAt'],
  defaultSort: '-createdAt',
};

const fetchUsers = (query: Record<string, string | number>) => api.get<ResponseOf<'/users'>>('/users', query as QueryOf<'/users'>);

/** Users in your scope: filter, sort and page (all in the address), and (with user.manage) create and administer them. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canManage = can('user.manage');
  const org = useOrgUnits(can('org.read'));
  const list = useListParams(SPEC);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  // A write answers the user as stored: the page on screen is fetched again around it.
  const replace = (_user: User) => void queryClient.invalidateQueries({ queryKey: userKeys.list() });
  const closeAnd = (user: User, text: string) => {
    replace(user);
    setDialog(null);
    notify.success(text);
  };
  const columns = useUserColumns({
    orgById: org.byId,
    renderActions: canManage
      ? (user) => (
          <UserRowActions
            user={user}
            onEdit={() => setDialog({ kind: 'edit', user })}
            onRoles={() => setDialog({ kind: 'roles', user })}
            onChanged={replace}
            onTemporaryPassword={(password) => setDialog({ kind: 'password', name: user.displayName, password })}
          />
        )
      : undefined,
  });

  return (
    <>
      <ListPage<User>
        testId="users"
        rowTestId={(u) => `user-row-${u.username}`}
        title={t('users.title')}
        breadcrumbs={[{ title: t('list.home'), path: '/' }, { title: t('users.title') }]}
        actions={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">
              {t('users.actions.create')}
            </Button>
          )
        }
        filterBar={<UserFilters tree={org.tree} list={list} />}
        list={list}
        columns={columns}
        queryKey={[...userKeys.list(), 'page']}
        fetchPage={fetchUsers}
      />

      {dialog?.kind === 'create' && (
        <CreateUserModal
          tree={org.tree}
          onClose={() => setDialog(null)}
          onCreated={(user, password) => {
            replace(user);
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
    </>
  );
}
