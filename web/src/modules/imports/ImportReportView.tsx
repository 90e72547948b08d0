import { Alert, Col, Collapse, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportReport } from './imports.api';

/** Every row of the file is stored already, none is wrong: there is nothing to import (a re-import). */
export const allStored = (report: ImportReport) => report.problemCount === 0 && report.toCreate === 0 && report.skippedCount > 0;

/** The verdict over a checked (or committed) file: imported, wrong rows, nothing new, or ready to import. */
export function ImportVerdict({ report, done }: { report: ImportReport; done: boolean }) {
  const { t } = useTranslation();
  if (done) return <Alert type="success" showIcon title={t('imports.committed', { created: report.created, skipped: report.skippedCount })} data-testid="import-done" />;
  if (report.problemCount > 0) return <Alert type="error" showIcon title={t('imports.hasProblems', { count: report.problemCount })} data-testid="import-has-problems" />;
  if (allStored(report)) return <Alert type="info" showIcon title={t('imports.allStored', { count: report.rows })} data-testid="import-all-stored" />;
  return <Alert type="success" showIcon title={t('imports.okToCommit', { count: report.rows })} data-testid="import-ok" />;
}

/** What the server found in a file: counts, each problem (row, its name, column, reason), skipped rows, the first rows. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const labelColumn = { title: t('imports.problemColumns.label'), dataIndex: 'label', width: 200, render: (label: string | null) => label ?? '' };
  const problemColumns: TableColumnsType<ImportProblem & { key: number }> = [
    { title: t('imports.problemColumns.row'), dataIndex: 'row', width: 80, render: (row: number | null) => row ?? t('imports.wholeFile') },
    labelColumn,
    { title: t('imports.problemColumns.column'), dataIndex: 'column', width: 200, render: (c: string | null, p) => c ?? (p.row === null ? '' : t('imports.wholeRow')) },
    { title: t('imports.problemColumns.message'), dataIndex: 'message' },
  ];
  const headerOf = new Map(report.columns.map((c) => [c.key, c.header]));
  const sampleKeys = report.columns.map((c) => c.key).filter((k) => report.sample.some((s) => s.values[k] !== null && s.values[k] !== undefined));
  const sampleColumns: TableColumnsType<{ key: number; row: number; values: Record<string, string | null> }> = [
    { title: t('imports.problemColumns.row'), dataIndex: 'row', width: 70, fixed: 'left' },
    ...sampleKeys.map((k) => ({ title: headerOf.get(k) ?? k, key: k, render: (_: unknown, s: { values: Record<string, string | null> }) => s.values[k] ?? '' })),
  ];

  return (
    <div data-testid="import-report">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col><Statistic title={t('imports.summary.rows')} value={report.rows} /></Col>
        {report.committed
          ? <Col><Statistic title={t('imports.summary.created')} value={report.created} styles={{ content: { color: '#389e0d' } }} /></Col>
          : <Col><Statistic title={t('imports.summary.toCreate')} value={report.toCreate} /></Col>}
        <Col><Statistic title={t('imports.summary.skipped')} value={report.skippedCount} /></Col>
        <Col>
          <Statistic title={t('imports.summary.problems')} value={report.problemCount} styles={report.problemCount ? { content: { color: '#cf1322' } } : undefined} />
        </Col>
      </Row>
      {report.ignoredColumns.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('imports.ignoredColumns', { columns: report.ignoredColumns.join('、') })} />
      )}
      {report.problemCount > 0 && (
        <>
          {report.problemCount > report.problems.length && (
            <Typography.Paragraph type="secondary">{t('imports.moreProblems', { shown: report.problems.length, count: report.problemCount })}</Typography.Paragraph>
          )}
          <Table
            size="small"
            rowKey="key"
            columns={problemColumns}
            dataSource={report.problems.map((p, key) => ({ ...p, key }))}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="import-problems"
          />
        </>
      )}
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          ...(report.sample.length
            ? [{
                key: 'sample',
                label: t('imports.sampleTitle'),
                children: (
                  <Table size="small" rowKey="key" columns={sampleColumns} dataSource={report.sample.map((s, key) => ({ ...s, key }))} pagination={false} scroll={{ x: true }} />
                ),
              }]
            : []),
          ...(report.skippedCount
            ? [{
                key: 'skipped',
                label: `${t('imports.skippedTitle')} (${report.skippedCount})`,
                children: (
                  <Table
                    size="small"
                    rowKey="row"
                    columns={[{ title: t('imports.problemColumns.row'), dataIndex: 'row', width: 80 }, labelColumn, { title: t('imports.problemColumns.message'), dataIndex: 'message' }]}
                    dataSource={report.skipped}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  />
                ),
              }]
            : []),
        ]}
      />
    </div>
  );
}
