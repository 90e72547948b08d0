import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { ReviewChecklist, useConfirmHold } from './ReviewChecklist';
import { reviewPolicy, usePolicyStep, type NoticeInput } from './policies.api';
import { reviewPassed, toNoticeInput, toReviewInput, type ReviewValues } from './policy-form';
import type { PolicyChangeProps } from './policy-panel.types';

type Values = { review?: ReviewValues; holdNotice?: Partial<NoticeInput> };

/** 重新初审 (R-PO-2), e.g. once the client brought proof: passing clears the hold; failing (re)opens it with a notice. */
export function ReReviewModal({
  policy, onDone, onStale, onClose,
}: PolicyChangeProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form, onStale);
  const step = usePolicyStep();
  const confirmHold = useConfirmHold();
  const onFinish = async (v: Values) => {
    if (!(await confirmHold(v))) return;
    await submit(async () => {
      const passed = reviewPassed(v.review);
      onDone(
        await step.mutateAsync(() =>
          reviewPolicy(policy.id, {
            version: policy.version,
            review: toReviewInput(v.review),
            ...(!passed && { holdNotice: toNoticeInput(v.holdNotice) }),
          }),
        ),
      );
    });
  };
  return (
    <Modal
      open
      width={640}
      title={t('policies.reviews.modalTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'review-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ review: {}, holdNotice: { channel: 'phone' } }}
        onFinish={onFinish}
        data-testid="review-form"
      >
        <ReviewChecklist policyNumber={policy.policyNumber} />
      </Form>
    </Modal>
  );
}
