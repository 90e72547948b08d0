import { Alert, App, Form, Input, Radio, Select, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_CHANNELS, type NoticeInput } from './policies.api';
import { failedChecks, reviewPassed, REVIEW_CHECKS, type ReviewValues } from './policy-form';

const TEST_IDS = { formatComplete: 'review-format-complete', sealsPresent: 'review-seals-present', noAlteration: 'review-no-alteration' };

/**
 * 初审 (R-PO-2): the three checks and a note as `review.*`; when one fails, the notice to the
 * client as `holdNotice.*` (required), prefilled in Chinese — the client's language — with what
 * failed, until the clerk writes their own. Each check starts unanswered and must be answered
 * 通过 or 不通过: no default may put a policy on hold or tell the client anything.
 */
export function ReviewChecklist({ policyNumber }: { policyNumber: string | undefined }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const review = Form.useWatch('review', form) as ReviewValues | undefined;
  const failed = failedChecks(review);
  const passed = reviewPassed(review);
  const lastAuto = useRef<string | undefined>(undefined);
  const failedKey = failed.join(',');

  useEffect(() => {
    if (!failed.length) return;
    const zh = i18n.getFixedT('zh-CN');
    const text = zh('policies.review.defaultNotice', {
      no: policyNumber?.trim().toUpperCase() || '—',
      problems: failed.map((c) => zh(`policies.review.problems.${c}`)).join(zh('common.separators.list')),
    });
    const content = form.getFieldValue(['holdNotice', 'content']) as string | undefined;
    if (!content || content === lastAuto.current) form.setFieldValue(['holdNotice', 'content'], text);
    lastAuto.current = text;
    // failedKey stands for `failed` (a new array each render).
  }, [failedKey, policyNumber, form, i18n]);

  return (
    <>
      {REVIEW_CHECKS.map((c) => (
        <Form.Item
          key={c}
          name={['review', c]}
          label={t(`policies.review.${c}`)}
          rules={[{ required: true, type: 'boolean', message: t('policies.review.answerRequired') }]}
          style={{ marginBottom: 12 }}
        >
          <Radio.Group data-testid={TEST_IDS[c]}>
            <Radio value={true} data-testid={`${TEST_IDS[c]}-pass`}>{t('policies.review.pass')}</Radio>
            <Radio value={false} data-testid={`${TEST_IDS[c]}-fail`}>{t('policies.review.fail')}</Radio>
          </Radio.Group>
        </Form.Item>
      ))}
      <Form.Item name={['review', 'note']} label={t('policies.review.note')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="review-note" />
      </Form.Item>
      {passed && <Alert type="success" showIcon title={t('policies.review.passedInfo')} style={{ marginBottom: 16 }} data-testid="review-passed" />}
      {!passed && !failed.length && (
        <Alert type="info" showIcon title={t('policies.review.unansweredHint')} style={{ marginBottom: 16 }} data-testid="review-unanswered" />
      )}
      {failed.length > 0 && (
        <>
          <Alert type="warning" showIcon title={t('policies.review.failedWarning')} style={{ marginBottom: 16 }} data-testid="review-failed-warning" />
          <Form.Item
            name={['holdNotice', 'channel']}
            label={t('policies.review.channel')}
            rules={[{ required: true, message: t('policies.form.required') }]}
          >
            <Select options={NOTICE_CHANNELS.map((c) => ({ value: c, label: t(`policies.channels.${c}`) }))} style={{ maxWidth: 200 }} data-testid="hold-notice-channel" />
          </Form.Item>
          <Form.Item
            name={['holdNotice', 'content']}
            label={t('policies.review.noticeTitle')}
            rules={[{ required: true, whitespace: true, message: t('policies.form.required') }]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount lang="zh-CN" data-testid="hold-notice-content" />
          </Form.Item>
        </>
      )}
    </>
  );
}

/**
 * Before a failed review is sent: say what will happen — the hold, and the notice recorded as
 * given to the client, with its text — and go on only on "confirm". A passed review goes on.
 */
export function useConfirmHold() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return (v: { review?: ReviewValues; holdNotice?: Partial<NoticeInput> }): Promise<boolean> => {
    const failed = failedChecks(v.review);
    if (!failed.length) return Promise.resolve(true);
    return new Promise((resolve) => {
      modal.confirm({
        title: t('policies.review.confirm.title'),
        width: 560,
        content: (
          <div data-testid="hold-confirm">
            <Typography.Paragraph>
              {t('policies.review.confirm.failed', { checks: failed.map((c) => t(`policies.review.${c}`)).join(t('common.separators.list')) })}
            </Typography.Paragraph>
            <Typography.Paragraph>
              {t('policies.review.confirm.body', { channel: v.holdNotice?.channel ? t(`policies.channels.${v.holdNotice.channel}`) : '—' })}
            </Typography.Paragraph>
            <Typography.Paragraph>
              <blockquote lang="zh-CN" style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="hold-confirm-notice">{v.holdNotice?.content?.trim()}</blockquote>
            </Typography.Paragraph>
          </div>
        ),
        okText: t('policies.review.confirm.ok'),
        cancelText: t('policies.review.confirm.cancel'),
        okButtonProps: { 'data-testid': 'confirm-ok' },
        cancelButtonProps: { 'data-testid': 'confirm-cancel' },
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };
}
