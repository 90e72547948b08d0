import { Form, Modal } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AgentSelect } from '../../shared/agent-picker/AgentSelect';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { BeneficiaryList } from './BeneficiaryList';
import { DateFields } from './DateFields';
import { FormSection } from './FormSection';
import { InsuredList, type ClientNames } from './InsuredList';
import { PremiumFields } from './PremiumFields';
import { ProductFields } from './ProductFields';
import { updatePolicy, usePolicyStep, type LineOfBusiness, type Policy, type PolicyDetail } from './policies.api';
import { fieldValuesOf, toPolicyFields, type PolicyFieldValues } from './policy-form';
import { useProducts } from './useCatalog';

const PARTY_FIELDS = ['insured', 'beneficiaries', 'beneficiaryDesignation'];

/**
 * Correct the registered record (only while registered or on hold) at the version read. The
 * parties are sent only when changed, so masked beneficiary ID numbers are kept; the bank
 * account starts blank and blank keeps it. A 409 reloads the page's record.
 */
export function EditPolicyModal({
  policy, onSaved, onStale, onClose,
}: {
  policy: PolicyDetail;
  onSaved: (p: Policy) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PolicyFieldValues>();
  const partiesChanged = useRef(false);
  const { busy, problem, submit } = useFormSubmit(form, onStale);
  const productId = Form.useWatch('productId', form);
  const manualLine = Form.useWatch('lineOfBusiness', form);
  const products = useProducts(policy.insurerId);
  const product = products.data?.find((p) => p.id === productId);
  const line: LineOfBusiness | undefined = productId ? (product?.lineOfBusiness ?? policy.lineOfBusiness) : manualLine;
  const names = useMemo<ClientNames>(
    () => Object.fromEntries(policy.parties.filter((x) => x.clientId).map((x) => [x.clientId!, x.name])),
    [policy.parties],
  );
  const hasPersonBeneficiary = policy.parties.some((x) => x.role === 'beneficiary' && !x.clientId && x.idNumber);

  const step = usePolicyStep<Policy>();
  const onFinish = (v: PolicyFieldValues) =>
    submit(async () => {
      const fields = toPolicyFields(v, { line });
      if (!partiesChanged.current) {
        delete fields.insured;
        delete fields.beneficiaries;
        delete fields.beneficiaryDesignation;
      }
      onSaved(await step.mutateAsync(() => updatePolicy(policy.id, { ...fields, version: policy.version })));
    });

  return (
    <Modal
      open
      width={960}
      title={t('policies.form.editTitle', { no: policy.internalNo })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'policy-edit-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form<PolicyFieldValues>
        key={policy.version}
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={fieldValuesOf(policy)}
        onValuesChange={(changed: Record<string, unknown>) => {
          if (PARTY_FIELDS.some((f) => f in changed)) partiesChanged.current = true;
        }}
        onFinish={onFinish}
        data-testid="policy-edit-form"
      >
        <FormSection title={t('policies.form.sections.product')}>
          <ProductFields insurerId={policy.insurerId} product={product} />
        </FormSection>
        <FormSection title={t('policies.form.sections.money')}>
          <PremiumFields currentBankAccount={policy.bankAccount} />
        </FormSection>
        <FormSection title={t('policies.form.sections.dates')}>
          <DateFields />
        </FormSection>
        <FormSection title={t('policies.form.sections.insured')}>
          <InsuredList clientNames={names} policyholderId={policy.policyholderId} />
        </FormSection>
        <FormSection title={t('policies.form.sections.beneficiaries')}>
          <BeneficiaryList line={line} clientNames={names} note={hasPersonBeneficiary ? t('policies.form.idNumberRetype') : undefined} />
        </FormSection>
        <FormSection title={t('policies.form.sections.agent')}>
          <Form.Item name="agentId" label={t('policies.form.agent')}>
            <AgentSelect current={policy.agentId && policy.agentName ? { id: policy.agentId, name: policy.agentName } : null} testId="policy-edit-agent" />
          </Form.Item>
        </FormSection>
      </Form>
    </Modal>
  );
}
