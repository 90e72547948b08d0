import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/useNotify';
import { downloadFile } from './imports.api';

type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * 导出 Excel: the list as it is filtered now, as an xlsx file (the server masks personal data
 * exactly as the list shows it, and audits the export). E.g.
 * `<ExportButton path="/clients/export.xlsx" query={{ kind }} />` beside the client list.
 */
export function ExportButton({ path, query = {}, fileName = 'export.xlsx' }: { path: string; query?: Query; fileName?: string }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const url = `/api/v1${path}${params.size ? `?${params}` : ''}`;
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadFile(url, i18n.language, fileName)
          .catch(notify.error)
          .finally(() => setBusy(false));
      }}
      data-testid="export-xlsx"
    >
      {t('imports.export')}
    </Button>
  );
}
