import { Menu, type MenuProps } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { GROUPS, visibleModules } from '../modules/catalog';
import { useSession } from '../session/useSession';

/** Modules grouped as in SPEC.md; only those the user's roles open are listed. */
export function SideNav() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const modules = visibleModules(can);

  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: <span data-testid="nav-home">{t('catalog.groups.home')}</span> },
    ...GROUPS.flatMap((group) => {
      const children = modules.filter((m) => m.group === group);
      if (children.length === 0) return [];
      return [{
        type: 'group' as const,
        key: `group-${group}`,
        label: <span data-testid={`nav-group-${group}`}>{t(`catalog.groups.${group}`)}</span>,
        children: children.map((m) => ({
          key: m.path,
          icon: m.icon,
          label: <span data-testid={`nav-${m.key}`}>{t(`catalog.modules.${m.key}.name`)}</span>,
        })),
      }];
    }),
  ];
  const selected = modules.find((m) => pathname === m.path || pathname.startsWith(`${m.path}/`))?.path ?? (pathname === '/' ? '/' : '');

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-nav"
    />
  );
}
