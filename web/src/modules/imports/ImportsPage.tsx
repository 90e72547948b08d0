import { Alert, Button, Card, Progress, Radio, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useSession } from '../../session/useSession';
import { errorText } from '../../shared/errors';
import { useLoad } from '../../shared/useLoad';
import { allStored, ImportReportView, ImportVerdict } from './ImportReportView';
import { downloadFile, importKeys, downloadImportReport, listImportKinds, newImportId, templateUrl, uploadImport, type ImportKindInfo, type ImportReport } from './imports.api';
import { useImportProgress } from './useImportProgress';

type Stage = 'choose' | 'checking' | 'checked' | 'committing' | 'done';

/**
 * 批量导入 (R-PO-6): choose what → template → upload → the server checks every row (preview) →
 * the user commits the same file (its sha256 is checked) → all rows or none, with progress.
 */
export default function ImportsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const kinds = useLoad(importKeys.kinds(), listImportKinds);
  const allowed = (kinds.data?.items ?? []).filter((k) => k.allowed);
  // The router applies a new URL in a transition, so `?kind=` lags a click by a render; until it
  // catches up the choice is held here, or a file chosen at once would be sent as the old kind.
  const urlKind = params.get('kind');
  const [pendingKind, setPendingKind] = useState<string | null>(null);
  useEffect(() => setPendingKind(null), [urlKind]);
  const kindKey = pendingKind ?? urlKind ?? allowed[0]?.key ?? null;
  const kind = allowed.find((k) => k.key === kindKey) ?? null;

  const [stage, setStage] = useState<Stage>('choose');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A failed download (template, report) is its own message: the file's check and import are not affected.
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = (started: Promise<void>) => {
    setDownloadError(null);
    void started.catch(setDownloadError);
  };
  const progress = useImportProgress();

  const reset = () => {
    setStage('choose');
    setFile(null);
    setReport(null);
    setError(null);
  };

  const send = async (step: 'preview' | 'commit', chosen: File, sha256?: string) => {
    if (!kind || !me) return;
    const importId = newImportId();
    setError(null);
    progress.start(importId);
    try {
      const result = await uploadImport(
        { kind: kind.key, step, file: chosen, importId, sha256, csrfToken: me.csrfToken, language: i18n.language },
        progress.uploaded,
      );
      setReport(result);
      setStage(step === 'preview' ? 'checked' : 'done');
    } catch (err) {
      // A refused commit carries the report: show its problems as the preview would.
      const rejected = err instanceof ApiError ? (err.details.report as ImportReport | undefined) : undefined;
      if (rejected) setReport(rejected);
      setError(err);
      setStage(rejected || step === 'preview' ? 'checked' : 'choose');
    } finally {
      progress.finish();
    }
  };

  const choose = (chosen: File) => {
    setFile(chosen);
    setReport(null);
    setStage('checking');
    void send('preview', chosen);
  };

  const current = { choose: 0, checking: 1, checked: 2, committing: 2, done: 3 }[stage];
  const busy = stage === 'checking' || stage === 'committing';

  return (
    <Card title={t('imports.title')} data-testid="imports-page">
      <Typography.Paragraph type="secondary">{t('imports.intro')}</Typography.Paragraph>
      <Steps
        current={current}
        style={{ marginBottom: 24 }}
        items={[{ title: t('imports.steps.kind') }, { title: t('imports.steps.upload') }, { title: t('imports.steps.preview') }, { title: t('imports.steps.done') }]}
      />
      {kinds.error !== null && <Alert type="error" showIcon title={errorText(kinds.error, t)} />}
      {kinds.data && allowed.length === 0 && <Alert type="info" showIcon title={t('imports.noKinds')} />}

      {kind && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong>{t('imports.kind')}</Typography.Text>
            <Radio.Group
              value={kind.key}
              disabled={busy}
              onChange={(e) => {
                reset();
                setPendingKind(String(e.target.value));
                setParams({ kind: String(e.target.value) }, { replace: true });
              }}
              optionType="button"
              options={allowed.map((k) => ({ value: k.key, label: k.name }))}
              data-testid="import-kind"
            />
            <Button
              icon={<DownloadOutlined />}
              onClick={() => download(downloadFile(templateUrl(kind.key), i18n.language, `${kind.key}-template.xlsx`))}
              data-testid="import-template"
            >
              {t('imports.template')}
            </Button>
          </Space>
          <Typography.Text type="secondary">{t('imports.templateHint')}</Typography.Text>
          <ColumnsHelp kind={kind} />

          {(stage === 'choose' || stage === 'checked') && !report?.committed && (
            <Upload.Dragger
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              multiple={false}
              showUploadList={false}
              beforeUpload={(chosen) => {
                choose(chosen);
                return false; // sent by the wizard itself, as the raw request body
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p className="ant-upload-text">{file && stage === 'checked' ? t('imports.chooseAnother') : t('imports.upload')}</p>
              <p className="ant-upload-hint">{t('imports.uploadHint')}</p>
            </Upload.Dragger>
          )}

          {progress.view && (
            <div data-testid="import-progress">
              <Typography.Text>
                {t(`imports.phases.${progress.view.phase}`)}
                {progress.view.rows > 0 && ` ${t('imports.progressRows', { count: progress.view.rows, rows: progress.view.rows.toLocaleString() })}`}
              </Typography.Text>
              <Progress percent={progress.view.percent} status="active" />
            </div>
          )}

          {downloadError !== null && (
            <Alert type="error" showIcon closable title={errorText(downloadError, t)} onClose={() => setDownloadError(null)} data-testid="import-download-error" />
          )}

          {error !== null && (
            <Alert type="error" showIcon title={stage === 'checked' && report ? t('imports.rejected') : errorText(error, t)} description={report ? errorText(error, t) : undefined} />
          )}

          {report && stage !== 'checking' && (
            <>
              <ImportVerdict report={report} done={stage === 'done'} />
              <ImportReportView report={report} />
              {stage === 'checked' && file && me && report.problemCount + report.skippedCount > 0 && (
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() => download(downloadImportReport({ kind: kind.key, file, csrfToken: me.csrfToken, language: i18n.language }))}
                  data-testid="import-download-report"
                >
                  {t('imports.downloadReport')}
                </Button>
              )}
              {stage === 'checked' && allStored(report) && <Button onClick={reset} data-testid="import-choose-another">{t('imports.chooseAnother')}</Button>}
              {stage === 'checked' && report.problemCount === 0 && report.toCreate > 0 && file && (
                <Space>
                  <Button
                    type="primary"
                    onClick={() => {
                      setStage('committing');
                      void send('commit', file, report.sha256);
                    }}
                    data-testid="import-commit"
                  >
                    {t('imports.commit', { count: report.toCreate })}
                  </Button>
                  <Button onClick={reset}>{t('imports.chooseAnother')}</Button>
                </Space>
              )}
              {stage === 'done' && <Button onClick={reset} data-testid="import-again">{t('imports.again')}</Button>}
            </>
          )}
        </Space>
      )}
    </Card>
  );
}

/** The columns a file may have, from the server's description of the kind. */
function ColumnsHelp({ kind }: { kind: ImportKindInfo }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <details>
      <summary>{t('imports.columnsTitle')}</summary>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={kind.columns}
        columns={[
          { title: t('imports.problemColumns.column'), key: 'header', render: (_, c) => <>{en ? c.headerEn : c.header} {c.required && <Tag color="red">{t('imports.required')}</Tag>}</> },
          { title: t('imports.columnHelp.other'), key: 'other', render: (_, c) => (en ? c.header : c.headerEn) },
          { title: t('imports.columnHelp.example'), dataIndex: 'example' },
          { title: t('imports.columnHelp.note'), dataIndex: 'note' },
        ]}
      />
    </details>
  );
}
