import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/useNotify';
import { downloadFile } from './imports.api';

type Value = string | number | boolean | null | undefined;
type Query = Record<string, Value | readonly number[]>;

/** The address of an export: every set parameter, a list (the selected `ids`) as one parameter per value. */
export function exportUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (Array.isArray(v)) v.forEach((item) => params.append(k, String(item)));
    else if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  return `/api/v1${path}${params.size ? `?${params}` : ''}`;
}

/**
 * 导出 Excel: the list exactly as it is shown (its filters and sort; every page of it), or the
 * selected rows (`query.ids`), as an xlsx file; the server masks personal data as the list shows it
 * and audits the export. E.g. `<ExportButton path="/clients/export.xlsx" query={{ kind, sort }} />`.
 */
export function ExportButton({
  path, query = {}, fileName = 'export.xlsx', label, testId = 'export-xlsx', type,
}: { path: string; query?: Query; fileName?: string; label?: ReactNode; testId?: string; type?: 'primary' | 'default' | 'link' }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const url = exportUrl(path, query);
  return (
    <Button
      icon={<DownloadOutlined />}
      type={type}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadFile(url, i18n.language, fileName)
          .catch(notify.error)
          .finally(() => setBusy(false));
      }}
      data-testid={testId}
      data-url={url}
    >
      {label ?? t('imports.export')}
    </Button>
  );
}
