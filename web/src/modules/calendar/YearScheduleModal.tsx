import { Alert, Button, Input, Modal, Space, Table, Tabs, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../shared/errors';
import { formatDateWithWeekday } from '../../shared/format';
import { parseSchedule, saveSchedule, useCalendarWrite, type ParsedSchedule, type ScheduleDay } from './calendar.api';

type SaveProblem = { conflict: number } | { error: unknown };

const fileToBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/**
 * Enter or correct a year's national schedule (head office): paste the State Council's lines
 * or upload a spreadsheet, preview the days with every problem by line, then save with the
 * version read. Nothing is stored until the preview is clean and saved.
 */
export function YearScheduleModal({
  year, version: versionRead, initialText, canSave, onSaved, onClose,
}: {
  year: number;
  version: number | null;
  initialText: string;
  canSave: boolean;
  onSaved: (saved: { year: number; version: number }) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [text, setText] = useState(initialText);
  const [notice, setNotice] = useState('');
  const [tab, setTab] = useState<'paste' | 'upload'>('paste');
  const [preview, setPreview] = useState<{ text: string; parsed: ParsedSchedule } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  const [version, setVersion] = useState(versionRead);
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);

  const runPreview = async (input: { text: string } | { xlsxBase64: string }) => {
    setBusy('preview');
    setPreviewError(null);
    setSaveProblem(null);
    try {
      const parsed = await parseSchedule(year, input);
      setText(parsed.text);
      setPreview({ text: parsed.text, parsed });
      setTab('paste');
    } catch (err) {
      setPreview(null);
      setPreviewError(err);
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    try {
      await runPreview({ xlsxBase64: await fileToBase64(file) });
    } catch (err) {
      setPreviewError(err);
    }
  };

  const days = preview?.parsed.days ?? [];
  const stale = preview !== null && preview.text !== text;
  const clean = preview !== null && !stale && preview.parsed.problems.length === 0 && days.length > 0;

  const saving = useCalendarWrite((body: Parameters<typeof saveSchedule>[1]) => saveSchedule(year, body));
  const save = async () => {
    if (!clean) return;
    setBusy('save');
    setSaveProblem(null);
    try {
      onSaved(await saving.mutateAsync({ version: version ?? undefined, notice: notice.trim() || null, days }));
    } catch (err) {
      const current = err instanceof ApiError ? err.current<{ version: number }>() : undefined;
      if (current) {
        setVersion(current.version); // saving again replaces it, knowingly
        setSaveProblem({ conflict: current.version });
      } else {
        setSaveProblem({ error: err });
      }
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<ScheduleDay> = [
    { key: 'date', title: t('calendar.schedule.columns.date'), render: (_, d) => formatDateWithWeekday(d.date, lang), width: 150 },
    {
      key: 'kind',
      title: t('calendar.schedule.columns.kind'),
      width: 80,
      render: (_, d) => (d.workingDay ? <Tag color="orange">{t('calendar.schedule.kinds.work')}</Tag> : <Tag color="red">{t('calendar.schedule.kinds.off')}</Tag>),
    },
    { key: 'nameZh', title: t('calendar.schedule.columns.nameZh'), dataIndex: 'nameZh' },
    { key: 'nameEn', title: t('calendar.schedule.columns.nameEn'), render: (_, d) => d.nameEn ?? '—' },
  ];

  return (
    <Modal
      open
      width={760}
      title={versionRead === null ? t('calendar.schedule.titleNew', { year }) : t('calendar.schedule.titleEdit', { year })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void runPreview({ text })} loading={busy === 'preview'} disabled={!text.trim()} data-testid="schedule-preview">
            {t('calendar.schedule.preview')}
          </Button>
          <Button type="primary" onClick={() => void save()} loading={busy === 'save'} disabled={!clean || !canSave} data-testid="schedule-save">
            {t('calendar.schedule.save')}
          </Button>
        </Space>
      }
    >
      {!canSave && <Alert type="warning" showIcon title={t('calendar.schedule.headOfficeOnly')} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('calendar.schedule.help')}</Typography.Paragraph>
      {initialText && <Typography.Paragraph type="secondary">{t('calendar.schedule.prefilled')}</Typography.Paragraph>}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'paste' | 'upload')}
        items={[
          {
            key: 'paste',
            label: t('calendar.schedule.tabs.paste'),
            children: (
              <Input.TextArea
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={8}
                placeholder={t('calendar.schedule.example')}
                style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
                data-testid="schedule-text"
              />
            ),
          },
          {
            key: 'upload',
            label: <span data-testid="schedule-tab-upload">{t('calendar.schedule.tabs.upload')}</span>,
            children: (
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(file);
                  return false; // read here and previewed; nothing is uploaded as such
                }}
                data-testid="schedule-upload"
              >
                <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                <p className="ant-upload-text">{t('calendar.schedule.upload')}</p>
                <p className="ant-upload-hint">{t('calendar.schedule.uploadHint')}</p>
              </Upload.Dragger>
            ),
          },
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <Typography.Text>{t('calendar.schedule.notice')}</Typography.Text>
        <Input value={notice} onChange={(e) => setNotice(e.target.value)} maxLength={300} placeholder={t('calendar.schedule.noticePlaceholder')} style={{ marginTop: 4 }} data-testid="schedule-notice" />
      </div>

      <div style={{ marginTop: 16 }} data-testid="schedule-result">
        {previewError !== null && <Alert type="error" showIcon title={errorText(previewError, t)} />}
        {preview === null && previewError === null && <Typography.Text type="secondary">{t('calendar.schedule.previewFirst')}</Typography.Text>}
        {stale && <Alert type="info" showIcon title={t('calendar.schedule.stale')} style={{ marginBottom: 8 }} data-testid="schedule-stale" />}
        {preview && preview.parsed.problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            data-testid="schedule-problems"
            title={t('calendar.schedule.problems')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {preview.parsed.problems.map((p, i) => (
                  <li key={i}>{lang === 'en' ? p.message.en : p.message['zh-CN']}</li>
                ))}
              </ul>
            }
          />
        )}
        {preview && (
          <>
            <Typography.Paragraph strong style={{ marginBottom: 8 }} data-testid="schedule-summary">
              {days.length === 0
                ? t('calendar.schedule.empty')
                : t('calendar.schedule.summary', { days: days.length, off: days.filter((d) => !d.workingDay).length, work: days.filter((d) => d.workingDay).length })}
            </Typography.Paragraph>
            {days.length > 0 && (
              <Table<ScheduleDay>
                rowKey="date"
                size="small"
                columns={columns}
                dataSource={days}
                pagination={false}
                scroll={{ y: 240 }}
                data-testid="schedule-preview-table"
              />
            )}
            {clean && <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>{t('calendar.schedule.replaces', { year })}</Typography.Paragraph>}
          </>
        )}
        <SaveProblemAlert problem={saveProblem} days={days} year={year} />
      </div>
    </Modal>
  );
}

/** Why saving failed: someone else saved first, head office only, a day the server refused, or other. */
function SaveProblemAlert({ problem, days, year }: { problem: SaveProblem | null; days: ScheduleDay[]; year: number }) {
  const { t } = useTranslation();
  if (!problem) return null;
  if ('conflict' in problem) {
    return <Alert type="warning" showIcon title={t('calendar.schedule.conflict', { year, version: problem.conflict })} style={{ marginTop: 8 }} data-testid="schedule-conflict" />;
  }
  const err = problem.error;
  const fields = err instanceof ApiError ? err.fields : [];
  const description =
    err instanceof ApiError && err.code === 'HEAD_OFFICE_ONLY' ? t('calendar.schedule.headOfficeOnly')
    : fields.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {fields.map((f, i) => {
            const index = /^days\.(\d+)\./.exec(f.path)?.[1];
            const date = index === undefined ? f.path : days[Number(index)]?.date ?? f.path;
            return <li key={i}>{t('calendar.schedule.dayProblem', { date, message: f.message })}</li>;
          })}
        </ul>
      )
    : undefined;
  return <Alert type="error" showIcon title={errorText(err, t)} description={description} style={{ marginTop: 8 }} data-testid="schedule-save-error" />;
}
