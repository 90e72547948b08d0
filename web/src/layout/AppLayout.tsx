import { Layout, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { PageSpinner } from '../app/StatusPages';
import { AppFooter } from './AppFooter';
import { Brand } from './Brand';
import { HeaderBar } from './HeaderBar';
import { SideNav } from './SideNav';
import { useScrollMemory } from '../shared/BackButton';

const COLLAPSE_KEY = 'anxin.sider.collapsed';

export default function AppLayout() {
  const { token } = theme.useToken();
  const { i18n } = useTranslation();
  useScrollMemory(); // 返回 lands where the list was left (BackButton)
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSE_KEY) === '1');
  const onCollapse = (value: boolean) => {
    setCollapsed(value);
    localStorage.setItem(COLLAPSE_KEY, value ? '1' : '0');
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={onCollapse}
        // English names are longer: a wider sider, and labels wrap rather than being cut off (SideNav).
        width={i18n.language === 'en' ? 256 : 232}
        theme="light"
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}`, position: 'sticky', top: 0, height: '100vh' }}
      >
        {/* The menu scrolls on its own, above the collapse trigger; the brand stays in view. */}
        <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
          <div style={{ padding: '16px 20px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
            <Brand compact={collapsed} />
          </div>
          <div style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
            <SideNav />
          </div>
        </div>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: token.colorBgContainer, paddingInline: 24, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ paddingBlock: 12 }}>
          <AppFooter />
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
