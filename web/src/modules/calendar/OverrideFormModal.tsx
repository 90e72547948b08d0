import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../shared/org/org-units.api';
import { OrgUnitSelect } from '../../shared/org/OrgUnitSelect';
import { ServerErrorAlert } from '../../shared/ServerErrorAlert';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { createOverride, useCalendarWrite } from './calendar.api';

type Values = { orgUnitId: number; date: string; workingDay: boolean; nameZh: string; nameEn?: string };

/** A local day off or working day for one org unit (and the units below it). */
export function OverrideFormModal({
  year, tree, defaultOrgId, onSaved, onClose,
}: {
  year: number;
  tree: OrgNode[];
  defaultOrgId: number;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, submit } = useFormSubmit(form);
  const creating = useCalendarWrite(createOverride);
  const required = { required: true, message: t('calendar.overrides.form.required') };

  const onFinish = (v: Values) =>
    submit(async () => {
      await creating.mutateAsync({ orgUnitId: v.orgUnitId, date: v.date, workingDay: v.workingDay, nameZh: v.nameZh.trim(), nameEn: v.nameEn?.trim() || null });
      onSaved();
    });

  return (
    <Modal
      open
      title={t('calendar.overrides.form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'override-form-submit' }}
      destroyOnHidden
    >
      <ServerErrorAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark="optional"
        initialValues={{ orgUnitId: defaultOrgId, workingDay: false }}
        data-testid="override-form"
      >
        <Form.Item name="orgUnitId" label={t('calendar.overrides.form.org')} rules={[required]}>
          <OrgUnitSelect tree={tree} testId="override-form-org" />
        </Form.Item>
        <Form.Item name="date" label={t('calendar.overrides.form.date')} rules={[required]}>
          <Input type="date" min={`${year}-01-01`} max={`${year}-12-31`} style={{ width: 180 }} data-testid="override-form-date" />
        </Form.Item>
        <Form.Item name="workingDay" label={t('calendar.overrides.form.kind')} rules={[required]}>
          <Radio.Group
            options={[
              { value: false, label: t('calendar.overrides.kinds.off') },
              { value: true, label: t('calendar.overrides.kinds.work') },
            ]}
            data-testid="override-form-kind"
          />
        </Form.Item>
        <Form.Item name="nameZh" label={t('calendar.overrides.form.nameZh')} rules={[required]}>
          <Input maxLength={40} placeholder={t('calendar.overrides.form.nameZhPlaceholder')} data-testid="override-form-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('calendar.overrides.form.nameEn')}>
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
