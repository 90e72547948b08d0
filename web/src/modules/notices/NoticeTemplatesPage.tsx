import { Alert, Button, Card, Drawer, Modal, Space, Spin, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/errors';
import { localName } from '../../shared/format';
import {
  fetchSample, getTemplateSource, listTemplateVersions, noticeTemplateKeys, sampleUrl, type NoticeTemplateVersion,
} from './notice-templates.api';

type Picked = Pick<NoticeTemplateVersion, 'code' | 'version' | 'name' | 'nameEn'>;

/** Versions grouped by template (declaration order), the current version first; `span`: rows the template cell covers. */
function grouped(items: NoticeTemplateVersion[]): (NoticeTemplateVersion & { span: number })[] {
  const codes = [...new Set(items.map((v) => v.code))];
  return codes.flatMap((code) => {
    const versions = items.filter((v) => v.code === code).sort((a, b) => b.version - a.version);
    return versions.map((v, i) => ({ ...v, span: i === 0 ? versions.length : 0 }));
  });
}

/** The Typst source, monospace and read-only. */
function SourceDrawer({ picked, onClose }: { picked: Picked; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const source = useQuery({ queryKey: noticeTemplateKeys.source(picked.code, picked.version), queryFn: () => getTemplateSource(picked.code, picked.version) });
  return (
    <Drawer open size="large" onClose={onClose} title={t('noticeTemplates.sourceTitle', { name: localName(picked.name, picked.nameEn, i18n.language), version: picked.version })} data-testid="notice-template-source-drawer">
      <Alert type="info" showIcon icon={<LockOutlined />} title={t('noticeTemplates.sourceReadOnly')} style={{ marginBottom: 12 }} />
      {source.error ? <Alert type="error" showIcon title={errorText(source.error, t)} /> : null}
      {source.isLoading ? <Spin /> : null}
      {source.data && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            <Typography.Text code>{source.data.file}</Typography.Text> · SHA-256 <Typography.Text code copyable>{source.data.sha256}</Typography.Text>
          </Typography.Paragraph>
          {/* The template's own words (Chinese, Typst markup): not the page's. */}
          <pre lang="zh-CN" data-testid="notice-template-source" style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12, background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12, overflow: 'auto', whiteSpace: 'pre' }}>
            {source.data.source}
          </pre>
        </>
      )}
    </Drawer>
  );
}

/** The sample PDF fetched once and shown in a frame; the server's reason when there is none (no record in scope …). */
function SampleModal({ picked, onClose }: { picked: Picked; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ href?: string; error?: unknown }>({});
  useEffect(() => {
    let href: string | undefined;
    let live = true;
    fetchSample(picked.code, picked.version, i18n.language).then(
      (blob) => {
        href = URL.createObjectURL(blob);
        if (live) setState({ href });
        else URL.revokeObjectURL(href);
      },
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
      if (href) URL.revokeObjectURL(href);
    };
  }, [picked.code, picked.version, i18n.language]);
  const title = t('noticeTemplates.sampleTitle', { name: localName(picked.name, picked.nameEn, i18n.language), version: picked.version });
  return (
    <Modal open title={title} footer={null} width={900} onCancel={onClose} destroyOnHidden data-testid="notice-template-sample">
      <Typography.Paragraph type="secondary">
        {t('noticeTemplates.sampleHint')}{' '}
        <Typography.Link href={sampleUrl(picked.code, picked.version)} target="_blank" data-testid="notice-template-sample-tab">{t('noticeTemplates.openInTab')}</Typography.Link>
      </Typography.Paragraph>
      {state.error !== undefined && <Alert type="warning" showIcon title={errorText(state.error, t)} data-testid="notice-template-sample-error" />}
      {state.href && <iframe title={title} src={state.href} style={{ width: '100%', height: '75vh', border: 0 }} data-testid="notice-template-sample-frame" />}
      {!state.href && state.error === undefined && <Spin />}
    </Modal>
  );
}

/**
 * 通知书模板 (issue 12, item 5): every template the modules declare, each version with the current one
 * marked, the notices issued with it and its file; the source read-only (a new wording is a new version
 * file, shipped with a release) and a sample filled with the newest record the user may read.
 */
export default function NoticeTemplatesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const versions = useQuery({ queryKey: noticeTemplateKeys.versions(), queryFn: listTemplateVersions });
  const [source, setSource] = useState<Picked | null>(null);
  const [sample, setSample] = useState<Picked | null>(null);
  const numbers = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN');
  const rows = grouped(versions.data?.items ?? []);
  const key = (v: Picked) => `${v.code}-${v.version}`;

  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      key: 'template', title: t('noticeTemplates.columns.template'), onCell: (v) => ({ rowSpan: v.span }),
      render: (_, v) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong data-testid={`notice-template-name-${v.code}`}>{localName(v.name, v.nameEn, lang)}</Typography.Text>
          <Typography.Text type="secondary" code>{v.code}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'version', title: t('noticeTemplates.columns.version'),
      render: (_, v) => (
        <Space size={4} wrap>
          <span>v{v.version}</span>
          {v.latest
            ? <Tag color="green" data-testid={`notice-template-current-${key(v)}`}>{t('noticeTemplates.current')}</Tag>
            : <Tooltip title={t('noticeTemplates.previousHint')}><Tag>{t('noticeTemplates.previous')}</Tag></Tooltip>}
          {v.sensitive && <Tooltip title={t('noticeTemplates.sensitive')}><LockOutlined /></Tooltip>}
        </Space>
      ),
    },
    {
      key: 'recordTypes', title: t('noticeTemplates.columns.recordTypes'),
      render: (_, v) => <Space size={[4, 4]} wrap>{v.recordTypes.map((r) => <Tag key={r.type}>{localName(r.name, r.nameEn, lang)}</Tag>)}</Space>,
    },
    {
      key: 'issued', title: <Tooltip title={t('noticeTemplates.issuedHint')}>{t('noticeTemplates.columns.issued')}</Tooltip>, align: 'right',
      render: (_, v) => <span data-testid={`notice-template-issued-${key(v)}`}>{numbers.format(v.issued)}</span>,
    },
    {
      key: 'file', title: t('noticeTemplates.columns.file'),
      render: (_, v) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text code style={{ fontSize: 12 }}>{v.file}</Typography.Text>
          <Tooltip title={`SHA-256 ${v.sha256}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{v.sha256.slice(0, 12)}… · {t('noticeTemplates.size', { size: numbers.format(v.sizeBytes) })}</Typography.Text>
          </Tooltip>
        </Space>
      ),
    },
    {
      key: 'actions', title: t('noticeTemplates.columns.actions'),
      render: (_, v) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setSource(v)} data-testid={`notice-template-source-${key(v)}`}>{t('noticeTemplates.viewSource')}</Button>
          <Button type="link" size="small" onClick={() => setSample(v)} data-testid={`notice-template-preview-${key(v)}`}>{t('noticeTemplates.preview')}</Button>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('noticeTemplates.title')} data-testid="notice-templates-page">
      <Typography.Paragraph type="secondary">{t('noticeTemplates.intro')}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('noticeTemplates.readOnly')} style={{ marginBottom: 16 }} data-testid="notice-templates-read-only" />
      {versions.error ? <Alert type="error" showIcon title={errorText(versions.error, t)} style={{ marginBottom: 16 }} /> : null}
      <Table rowKey={key} size="small" bordered loading={versions.isLoading} columns={columns} dataSource={rows} pagination={false} data-testid="notice-templates-table" />
      {source && <SourceDrawer picked={source} onClose={() => setSource(null)} />}
      {sample && <SampleModal picked={sample} onClose={() => setSample(null)} />}
    </Card>
  );
}
