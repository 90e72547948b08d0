import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from '../../layout/Brand';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { AppFooter } from '../../layout/AppFooter';

/** The frame of the pages outside the app layout: login and the forced password change. */
export function AuthCard({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div
      style={{
        minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center',
        gap: 24, padding: 24, background: 'linear-gradient(160deg, #e6f4f6 0%, #f5f7fa 60%)',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch type="default" />
      </div>
      <div style={{ transform: 'scale(1.4)', marginBottom: 8 }}>
        <Brand tagline />
      </div>
      <Card title={title} style={{ width: 400, maxWidth: '100%', boxShadow: '0 6px 24px rgba(18,112,138,0.10)' }}>
        {children}
      </Card>
      <AppFooter />
    </div>
  );
}
