import { Alert, Button, Form, Input, Radio, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { NOTICE_CHANNELS, usePolicyStep, verifyPolicy, type NoticeInput, type VerifyField } from './policies.api';
import { toNoticeInput } from './policy-form';
import type { PolicyChangeProps } from './policy-panel.types';

type Check = { result?: 'matches' | 'differs'; clientSays?: string };
type Values = { checks: Check[]; notice?: Partial<NoticeInput> };
type Row = { field: VerifyField; onPolicy: string | null; index: number };

/**
 * 核对 (R-PO-4): each field of detail.verifyFields, with the value on the policy, marked as
 * matching the client's papers or differing (and what the papers say). Differences need the
 * notice that raised them with the client, prefilled in Chinese.
 */
export function VerifyForm({ policy, onDone, onStale }: PolicyChangeProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form, onStale);
  const checks = Form.useWatch('checks', form) as Check[] | undefined;
  const differing = policy.verifyFields.filter((_, i) => checks?.[i]?.result === 'differs').map((f) => f.field);
  const lastAuto = useRef<string | undefined>(undefined);
  const differingKey = differing.join(',');

  useEffect(() => {
    if (!differingKey) return;
    const zh = i18n.getFixedT('zh-CN');
    const text = zh('policies.verify.defaultNotice', {
      no: policy.policyNumber,
      items: differingKey.split(',').map((f) => zh(`policies.verifyFields.${f as VerifyField}`)).join(zh('common.separators.list')),
    });
    const content = form.getFieldValue(['notice', 'content']) as string | undefined;
    if (!content || content === lastAuto.current) form.setFieldValue(['notice', 'content'], text);
    lastAuto.current = text;
  }, [differingKey, policy.policyNumber, form, i18n]);

  const step = usePolicyStep();
  const onFinish = (v: Values) =>
    submit(async () => {
      const list = policy.verifyFields.map((f, i) => {
        const c = v.checks[i];
        const matches = c?.result === 'matches';
        return { field: f.field, matches, clientSays: matches ? null : c?.clientSays?.trim() || null };
      });
      onDone(
        await step.mutateAsync(() =>
          verifyPolicy(policy.id, {
            version: policy.version,
            checks: list,
            ...(list.some((c) => !c.matches) && { notice: toNoticeInput(v.notice) }),
          }),
        ),
      );
    });

  const rows: Row[] = policy.verifyFields.map((f, index) => ({ ...f, index }));
  const columns: TableColumnsType<Row> = [
    { key: 'field', title: t('policies.verify.field'), render: (_, r) => t(`policies.verifyFields.${r.field}`), width: 140 },
    { key: 'onPolicy', title: t('policies.verify.onPolicy'), render: (_, r) => <span data-testid={`verify-on-policy-${r.field}`}>{r.onPolicy ?? '—'}</span> },
    {
      key: 'result',
      title: t('policies.verify.result'),
      width: 360,
      render: (_, r) => (
        <>
          <Form.Item name={['checks', r.index, 'result']} rules={[{ required: true, message: t('policies.form.required') }]} style={{ marginBottom: 4 }}>
            <Radio.Group data-testid={`verify-${r.field}`}>
              <Radio value="matches" data-testid={`verify-${r.field}-matches`}>{t('policies.verify.matches')}</Radio>
              <Radio value="differs" data-testid={`verify-${r.field}-differs`}>{t('policies.verify.differs')}</Radio>
            </Radio.Group>
          </Form.Item>
          {checks?.[r.index]?.result === 'differs' && (
            <Form.Item
              name={['checks', r.index, 'clientSays']}
              rules={[{ required: true, whitespace: true, message: t('policies.verify.clientSaysRequired') }]}
              style={{ marginBottom: 0 }}
            >
              <Input maxLength={200} placeholder={t('policies.verify.clientSays')} data-testid={`verify-${r.field}-client-says`} />
            </Form.Item>
          )}
        </>
      ),
    },
  ];

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ checks: [], notice: { channel: 'phone' } }} onFinish={onFinish} data-testid="verify-form">
      <Typography.Paragraph type="secondary">{t('policies.verify.intro')}</Typography.Paragraph>
      <ServerErrorAlert problem={problem} />
      <Table<Row> rowKey="field" size="small" columns={columns} dataSource={rows} pagination={false} style={{ marginBottom: 16 }} />
      {differing.length > 0 && (
        <>
          <Alert type="warning" showIcon title={t('policies.verify.noticeTitle')} style={{ marginBottom: 12 }} />
          <Form.Item name={['notice', 'channel']} label={t('policies.review.channel')} rules={[{ required: true, message: t('policies.form.required') }]}>
            <Select options={NOTICE_CHANNELS.map((c) => ({ value: c, label: t(`policies.channels.${c}`) }))} style={{ maxWidth: 200 }} data-testid="verify-notice-channel" />
          </Form.Item>
          <Form.Item name={['notice', 'content']} label={t('policies.review.content')} rules={[{ required: true, whitespace: true, message: t('policies.form.required') }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="verify-notice-content" />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="verify-submit">
        {t('policies.actions.verify')}
      </Button>
    </Form>
  );
}
