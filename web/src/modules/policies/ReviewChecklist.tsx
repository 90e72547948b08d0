import { Alert, Checkbox, Form, Input, Select, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_CHANNELS } from './policies.api';
import { reviewPassed, type ReviewValues } from './policy-form';

const CHECKS = ['formatComplete', 'sealsPresent', 'noAlteration'] as const;
const TEST_IDS = { formatComplete: 'review-format-complete', sealsPresent: 'review-seals-present', noAlteration: 'review-no-alteration' };

/**
 * 初审 (R-PO-2): the three checks and a note as `review.*`; when one fails, the notice to the
 * client as `holdNotice.*` (required), prefilled in Chinese — the client's language — with what
 * failed, until the clerk writes their own.
 */
export function ReviewChecklist({ policyNumber }: { policyNumber: string | undefined }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const review = Form.useWatch('review', form) as ReviewValues | undefined;
  const failed = CHECKS.filter((c) => !review?.[c]);
  const passed = reviewPassed(review);
  const lastAuto = useRef<string | undefined>(undefined);
  const failedKey = failed.join(',');

  useEffect(() => {
    if (passed) return;
    const zh = i18n.getFixedT('zh-CN');
    const text = zh('policies.review.defaultNotice', {
      no: policyNumber?.trim().toUpperCase() || '—',
      problems: failed.map((c) => zh(`policies.review.problems.${c}`)).join(zh('common.separators.list')),
    });
    const content = form.getFieldValue(['holdNotice', 'content']) as string | undefined;
    if (!content || content === lastAuto.current) form.setFieldValue(['holdNotice', 'content'], text);
    lastAuto.current = text;
    // failedKey stands for `failed` (a new array each render).
  }, [passed, failedKey, policyNumber, form, i18n]);

  return (
    <>
      <Space orientation="vertical" size={4} style={{ marginBottom: 12 }}>
        {CHECKS.map((c) => (
          <Form.Item key={c} name={['review', c]} valuePropName="checked" noStyle>
            <Checkbox data-testid={TEST_IDS[c]}>{t(`policies.review.${c}`)}</Checkbox>
          </Form.Item>
        ))}
      </Space>
      <Form.Item name={['review', 'note']} label={t('policies.review.note')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="review-note" />
      </Form.Item>
      {passed ? (
        <Alert type="success" showIcon title={t('policies.review.passedInfo')} style={{ marginBottom: 16 }} data-testid="review-passed" />
      ) : (
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
            <Input.TextArea rows={4} maxLength={1000} showCount data-testid="hold-notice-content" />
          </Form.Item>
        </>
      )}
    </>
  );
}
