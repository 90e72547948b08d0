import { Alert, Button, Space } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { verifyAudit, type VerifyReport } from './audit.api';

/** Walks the whole hash chain on the server: OK with the count, or the first broken link in red. */
export function VerifyChain() {
  const { t } = useTranslation();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await verifyAudit());
    } catch (err) {
      setReport(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => void run()} loading={busy} data-testid="audit-verify">
        {t('audit.verify.button')}
      </Button>
      {report?.ok === true && (
        <Alert type="success" showIcon data-testid="audit-verify-ok" title={t('audit.verify.ok', { entries: report.entries, lastSeq: report.lastSeq })} />
      )}
      {report?.ok === false && (
        <Alert
          type="error"
          showIcon
          data-testid="audit-verify-broken"
          title={t('audit.verify.broken', { brokenAt: report.brokenAt, problem: t(`audit.verify.problems.${report.problem}`) })}
          description={t('audit.verify.checked', { entries: report.entries, detail: report.detail })}
        />
      )}
      {error !== null && <Alert type="error" showIcon title={errorText(error, t)} />}
    </Space>
  );
}
