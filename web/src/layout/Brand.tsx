import { useTranslation } from 'react-i18next';

/** 安心 Anxin: the mark and the name, Chinese first; the tagline where there is room. */
export function Brand({ compact = false, tagline = false }: { compact?: boolean; tagline?: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#12708a' }} data-testid="brand">
      <img src="/favicon.svg" alt="" width={32} height={32} style={{ borderRadius: 8 }} />
      {!compact && (
        <div style={{ lineHeight: 1.1 }}>
          <div style={{ fontSize: 20, fontWeight: 700, letterSpacing: 2 }}>安心</div>
          <div style={{ fontSize: 12, opacity: 0.8 }}>Anxin{tagline ? ` · ${t('common.tagline')}` : ''}</div>
        </div>
      )}
    </div>
  );
}
