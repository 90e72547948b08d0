import { Button, Card, Col, Form, Input, Row, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Forbidden } from '../../app/StatusPages';
import { useSession } from '../../session/useSession';
import { AgentSelect } from '../../shared/agent-picker/AgentSelect';
import { OrgUnitSelect } from '../../shared/org/OrgUnitSelect';
import { useOrgUnits } from '../../shared/org/useOrgUnits';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { useNotify } from '../../shared/useNotify';
import { getClient, type Client } from '../clients/clients.api';
import { BeneficiaryList } from './BeneficiaryList';
import { DateFields } from './DateFields';
import { FormSection } from './FormSection';
import { InsuredList, type ClientNames } from './InsuredList';
import { InsurerSelect } from './InsurerSelect';
import { PolicyholderFields } from './PolicyholderFields';
import { PremiumFields } from './PremiumFields';
import { ProductFields } from './ProductFields';
import { ReviewChecklist, useConfirmHold } from './ReviewChecklist';
import { createPolicy, usePolicyStep, type LineOfBusiness } from './policies.api';
import {
  reviewPassed, toNoticeInput, toPolicyFields, toReviewInput, type InsuredRow, type IntakeValues,
} from './policy-form';
import { beijingInstant, beijingNowLocal } from '../../shared/beijing-time';
import { useInsurers, useProducts } from './useCatalog';
import { BackButton } from '../../shared/BackButton';

/**
 * 登记保单 (R-PO-1, R-PO-2): a policy the client hands over. Identity checked first; the
 * initial review runs with the intake, and a failed one puts the policy on hold with the notice
 * the client was given. `?policyholderId=` starts from a client's page.
 */
export function CreatePolicyPage() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const org = useOrgUnits(can('org.read'));
  const [form] = Form.useForm<IntakeValues>();
  const { busy, problem, submit } = useFormSubmit(form);
  const registering = usePolicyStep<Awaited<ReturnType<typeof createPolicy>>>();
  const confirmHold = useConfirmHold();
  const [names, setNames] = useState<ClientNames>({});
  const [holder, setHolder] = useState<{ id: number; name: string } | null>(null);
  const insurerId = Form.useWatch('insurerId', form);
  const productId = Form.useWatch('productId', form);
  const manualLine = Form.useWatch('lineOfBusiness', form);
  const policyNumber = Form.useWatch('policyNumber', form);
  const insurers = useInsurers();
  const products = useProducts(insurerId);
  const insurer = insurers.data?.find((i) => i.id === insurerId);
  const product = products.data?.find((p) => p.id === productId);
  const line: LineOfBusiness | undefined = productId ? product?.lineOfBusiness : manualLine;

  const pickHolder = (client: Pick<Client, 'id' | 'name'> | null) => {
    if (!client) return;
    setNames((prev) => ({ ...prev, [client.id]: client.name }));
    setHolder({ id: client.id, name: client.name });
    // The policyholder is most often the insured too: fill an empty first row.
    const insured = (form.getFieldValue('insured') as InsuredRow[] | undefined) ?? [];
    if (!insured[0]?.clientId) form.setFieldValue('insured', [{ clientId: client.id, relation: 'self' }, ...insured.slice(1)]);
  };

  const preset = Number(params.get('policyholderId'));
  const pickHolderRef = useRef(pickHolder);
  pickHolderRef.current = pickHolder;
  const notifyRef = useRef(notify);
  notifyRef.current = notify;
  useEffect(() => {
    if (!Number.isInteger(preset) || preset < 1) return;
    let live = true;
    getClient(preset).then(
      (client) => {
        if (!live) return;
        form.setFieldValue('policyholderId', client.id);
        pickHolderRef.current(client);
      },
      (err: unknown) => notifyRef.current.error(err),
    );
    return () => {
      live = false;
    };
  }, [preset, form]);

  // A different insurer has different products.
  useEffect(() => {
    if (form.getFieldValue('productId')) form.setFieldValue('productId', null);
  }, [insurerId, form]);

  if (!can('policy.write')) return <Forbidden />;

  const onFinish = async (v: IntakeValues) => {
    // A failed review puts the policy on hold and records a notice to the client: only when confirmed.
    if (!(await confirmHold(v))) return;
    await submit(async () => {
      const passed = reviewPassed(v.review);
      const fields = toPolicyFields(v, { line });
      const policy = await registering.mutateAsync(() =>
        createPolicy({
          ...fields,
          // None chosen: the server takes the registering user when they are an agent.
          agentId: v.agentId ?? undefined,
          orgUnitId: v.orgUnitId ?? me!.orgUnit.id,
          insurerId: v.insurerId!,
          policyNumber: v.policyNumber!.trim().toUpperCase(),
          policyholderId: v.policyholderId!,
          sumInsured: v.sumInsured!,
          premium: v.premium!,
          paymentFrequency: v.paymentFrequency!,
          paymentMode: v.paymentMode!,
          effectiveDate: v.effectiveDate!,
          insured: fields.insured ?? [],
          beneficiaryDesignation: fields.beneficiaryDesignation ?? 'legal',
          receivedAt: beijingInstant(v.receivedAt),
          review: toReviewInput(v.review),
          ...(!passed && { holdNotice: toNoticeInput(v.holdNotice) }),
        }),
      );
      notify.success(t(policy.state === 'on_hold' ? 'policies.done.createdOnHold' : 'policies.done.created', { no: policy.internalNo }));
      navigate(`/policies/${policy.id}`);
    });
  };

  const required = { required: true, message: t('policies.form.required') };
  return (
    <Card
      title={t('policies.form.createTitle')}
      data-testid="policy-create-page"
      extra={
        <BackButton fallback="/policies" fallbackLabel={t('policies.actions.back')} testId="policy-create-back" />
      }
    >
      <div style={{ maxWidth: 960 }}>
        <ServerErrorAlert problem={problem} />
        <Form<IntakeValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          scrollToFirstError
          initialValues={{
            orgUnitId: me?.orgUnit.id,
            identityChecked: false,
            paymentFrequency: 'annual',
            insured: [{}],
            beneficiaryDesignation: 'legal',
            receivedAt: beijingNowLocal(),
            // 初审 starts unanswered: each check must be answered 通过 or 不通过.
            review: {},
            holdNotice: { channel: 'phone' },
          }}
          onFinish={onFinish}
          data-testid="policy-form"
        >
          <FormSection title={t('policies.form.sections.client')}>
            {can('org.read') && (
              <Form.Item name="orgUnitId" label={t('policies.form.orgUnit')} rules={[required]}>
                <OrgUnitSelect tree={org.tree} testId="policy-form-org" />
              </Form.Item>
            )}
            <PolicyholderFields current={holder} onPicked={pickHolder} />
          </FormSection>

          <FormSection title={t('policies.form.sections.product')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="insurerId"
                  label={t('policies.form.insurer')}
                  rules={[required]}
                  extra={insurer?.servicePhone ? t('policies.form.servicePhone', { phone: insurer.servicePhone }) : undefined}
                >
                  <InsurerSelect testId="policy-form-insurer" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="policyNumber"
                  label={t('policies.form.policyNumber')}
                  extra={t('policies.form.policyNumberHelp')}
                  rules={[{ ...required, whitespace: true }]}
                >
                  <Input maxLength={40} style={{ textTransform: 'uppercase' }} data-testid="policy-form-number" />
                </Form.Item>
              </Col>
            </Row>
            <ProductFields insurerId={insurerId} product={product} />
          </FormSection>

          <FormSection title={t('policies.form.sections.money')}>
            <PremiumFields />
          </FormSection>

          <FormSection title={t('policies.form.sections.dates')}>
            <DateFields />
          </FormSection>

          <FormSection title={t('policies.form.sections.insured')}>
            <InsuredList clientNames={names} policyholderId={holder?.id} />
          </FormSection>

          <FormSection title={t('policies.form.sections.beneficiaries')}>
            <BeneficiaryList line={line} clientNames={names} />
          </FormSection>

          <FormSection title={t('policies.form.sections.agent')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="agentId" label={t('policies.form.agent')}>
                  <AgentSelect testId="policy-form-agent" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="receivedAt" label={t('policies.form.receivedAt')} extra={t('policies.form.receivedAtHelp')} rules={[required]}>
                  <Input type="datetime-local" max={beijingNowLocal()} data-testid="policy-form-received-at" />
                </Form.Item>
              </Col>
            </Row>
          </FormSection>

          <FormSection title={t('policies.form.sections.review')}>
            <ReviewChecklist policyNumber={policyNumber} />
          </FormSection>

          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="policy-form-submit">
              {t('policies.form.submit')}
            </Button>
            <Button onClick={() => navigate('/policies')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </div>
    </Card>
  );
}
