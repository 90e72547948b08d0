import { Form, InputNumber, Input, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/useSession';
import { LawCitation } from '../../../shared/deadlines';
import { ServerErrorAlert } from '../../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../../shared/useFormSubmit';
import { durationText } from './rule-text';
import { UNITS, WARN_UNITS, useUpdateRule, type DeadlineRule, type DeadlineUnit, type EscalationRole, type WarnUnit } from './rules.api';

type Values = {
  duration: number;
  unit: DeadlineUnit;
  rollToWorkingDay: boolean;
  cutoffTime?: string;
  warnBefore: number;
  warnUnit: WarnUnit;
  escalateToRole?: EscalationRole;
  active: boolean;
};

const valuesOf = (r: DeadlineRule): Values => ({
  duration: r.duration,
  unit: r.unit,
  rollToWorkingDay: r.rollToWorkingDay,
  cutoffTime: r.cutoffTime ?? '',
  warnBefore: r.warnBefore,
  warnUnit: r.warnUnit,
  escalateToRole: r.escalateToRole ?? undefined,
  active: r.active,
});

/** Adjust a rule's figures (head office; audited), sending the version read. */
export function RuleEditModal({
  rule, onSaved, onConflict, onClose,
}: {
  rule: DeadlineRule;
  onSaved: (rule: DeadlineRule) => void;
  onConflict: (current: DeadlineRule) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { roleCatalog } = useSession();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit<DeadlineRule>(form, (current) => {
    onConflict(current);
    form.setFieldsValue(valuesOf(current));
  });
  useEffect(() => form.setFieldsValue(valuesOf(rule)), [form, rule]);
  const updating = useUpdateRule();
  const duration = Form.useWatch('duration', form);
  const unit = Form.useWatch('unit', form);

  const onFinish = (v: Values) =>
    submit(async () => {
      onSaved(
        await updating.mutateAsync({
          id: rule.id,
          change: {
            version: rule.version,
            duration: v.duration,
            unit: v.unit,
            rollToWorkingDay: v.rollToWorkingDay,
            cutoffTime: v.cutoffTime?.trim() || null,
            warnBefore: v.warnBefore,
            warnUnit: v.warnUnit,
            escalateToRole: v.escalateToRole ?? null,
            active: v.active,
          },
        }),
      );
    });

  const required = { required: true, message: t('deadlines.rules.required') };
  return (
    <Modal
      open
      width={620}
      title={t('deadlines.rules.editTitle', { name: en ? rule.nameEn : rule.nameZh })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'rule-edit-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Space size={4} wrap style={{ marginBottom: 8 }}>
        {rule.specId && <Tag color="geekblue">{rule.specId}</Tag>}
        {rule.lawRef && <LawCitation lawRef={rule.lawRef} lawRefEn={rule.lawRefEn} />}
        {rule.needsConfirmation && <Tag color="gold">{t('deadlines.rules.needsConfirmation')}</Tag>}
      </Space>
      <Typography.Paragraph type="secondary">{en ? rule.basisEn : rule.basisZh}</Typography.Paragraph>
      <Typography.Paragraph type="warning">{t('deadlines.rules.editNote')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={valuesOf(rule)} requiredMark="optional" data-testid="rule-form">
        <Space align="start" wrap>
          <Form.Item name="duration" label={t('deadlines.rules.fields.duration')} rules={[required]} extra={t('deadlines.rules.fields.durationHelp')}>
            <InputNumber min={-400} max={1000} precision={0} style={{ width: 140 }} data-testid="rule-form-duration" />
          </Form.Item>
          <Form.Item name="unit" label={t('deadlines.rules.fields.unit')} rules={[required]}>
            <Select style={{ width: 160 }} options={UNITS.map((u) => ({ value: u, label: t(`deadlines.unitNames.${u}`) }))} />
          </Form.Item>
          <Form.Item label=" " colon={false}>
            <Typography.Text strong>{typeof duration === 'number' && unit ? durationText({ duration, unit }, t) : ''}</Typography.Text>
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item name="rollToWorkingDay" label={t('deadlines.rules.fields.rollToWorkingDay')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="cutoffTime"
            label={t('deadlines.rules.fields.cutoffTime')}
            extra={t('deadlines.rules.fields.cutoffHelp')}
            rules={[{ pattern: /^([01][0-9]|2[0-3]):[0-5][0-9]$/, message: t('deadlines.rules.cutoffInvalid') }]}
          >
            <Input placeholder="17:30" style={{ width: 120 }} maxLength={5} />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item name="warnBefore" label={t('deadlines.rules.fields.warnBefore')} rules={[required]}>
            <InputNumber min={0} max={365} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="warnUnit" label={t('deadlines.rules.fields.warnUnit')} rules={[required]}>
            <Select style={{ width: 160 }} options={WARN_UNITS.map((u) => ({ value: u, label: t(`deadlines.unitNames.${u}`) }))} />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item name="escalateToRole" label={t('deadlines.rules.fields.escalateToRole')}>
            <Select
              allowClear
              placeholder={t('deadlines.rules.noEscalation')}
              style={{ width: 200 }}
              options={(roleCatalog?.roles ?? []).map((r) => ({ value: r.id, label: en ? r.en : r.zh }))}
            />
          </Form.Item>
          <Form.Item name="active" label={t('deadlines.rules.fields.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
