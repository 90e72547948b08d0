import { Button, Dropdown, Space, Tag, Typography } from 'antd';
import { ApartmentOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../session/useSession';
import { localName } from '../shared/format';
import { useNotify } from '../shared/useNotify';
import { NotificationBell } from '../modules/notifications/NotificationBell';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';

/** The search box; who is signed in, where, in which roles; notifications; the language switch; password and logout. */
export function HeaderBar() {
  const { t, i18n } = useTranslation();
  const { me, roleName, logout } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  if (!me) return null;

  const roleOrg = (orgUnitId: number, orgUnitName: string) =>
    orgUnitId === me.orgUnit.id ? localName(me.orgUnit, i18n.language) : orgUnitName;

  const onLogout = async () => {
    try {
      await logout();
      notify.success(t('layout.loggedOut'));
    } finally {
      navigate('/login', { replace: true });
    }
  };

  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 16, height: '100%' }}>
      <div style={{ marginInlineEnd: 'auto', display: 'flex', alignItems: 'center' }}>
        <HeaderSearch />
      </div>
      <Space size={6} data-testid="header-org">
        <ApartmentOutlined />
        <Typography.Text>{localName(me.orgUnit, i18n.language)}</Typography.Text>
      </Space>
      <Space size={4} wrap data-testid="header-roles">
        {me.roles.map((r) => (
          <Tag key={`${r.role}@${r.orgUnitId}`} color="cyan" title={roleOrg(r.orgUnitId, r.orgUnitName)} style={{ marginInlineEnd: 0 }}>
            {roleName(r.role)}
            {r.orgUnitId !== me.orgUnit.id ? ` · ${r.orgUnitName}` : ''}
          </Tag>
        ))}
      </Space>
      <NotificationBell />
      <LanguageSwitch />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('layout.changePassword')}</span> },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="menu-logout">{t('layout.logout')}</span> },
          ],
          onClick: ({ key }) => (key === 'logout' ? void onLogout() : navigate('/change-password')),
        }}
      >
        <Button type="text" data-testid="user-menu">
          <UserOutlined />
          <span data-testid="header-user">{me.user.displayName}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </div>
  );
}
