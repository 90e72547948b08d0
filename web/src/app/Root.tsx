import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { createQueryClient, refetchOnLanguageChange } from '../api/query';
import { SessionProvider } from '../session/SessionProvider';
import { AppRoutes } from './AppRoutes';

const theme = {
  token: {
    colorPrimary: '#12708a',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
  components: {
    Menu: { itemSelectedBg: '#e3f1f4', itemSelectedColor: '#12708a' },
    Tree: { nodeSelectedBg: '#e3f1f4' },
  },
};

export function Root() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  useEffect(() => refetchOnLanguageChange(i18n, queryClient), [i18n, queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
        <AntApp>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
