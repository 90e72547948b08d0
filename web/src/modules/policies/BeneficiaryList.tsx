import { Alert, Button, Form, Radio } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BeneficiaryRowFields } from './BeneficiaryRowFields';
import type { ClientNames } from './InsuredList';
import { ShareTotals } from './ShareTotals';
import type { LineOfBusiness } from './policies.api';
import { isPersonalLine, shareTotals, type BeneficiaryRow } from './policy-form';

/**
 * 受益人: for personal lines, legal heirs or named beneficiaries — a dynamic list with the live
 * total per rank, which must be 100 % (checked here and again by the server). Other lines
 * name none. A total judged wrong (by the list's rule, or by the server on the rank's first
 * share) is judged again as soon as any share or rank changes, so no stale red total stays.
 */
export function BeneficiaryList({ line, clientNames, note }: { line: LineOfBusiness | undefined; clientNames: ClientNames; note?: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const designation = Form.useWatch('beneficiaryDesignation', form) as string | undefined;
  const rows = Form.useWatch('beneficiaries', form) as Partial<BeneficiaryRow>[] | undefined;
  const count = rows?.length ?? 0;
  const sharesKey = JSON.stringify(rows?.map((r) => [r?.rank ?? null, r?.share ?? null]) ?? []);
  useEffect(() => {
    const names = [['beneficiaries'], ...Array.from({ length: count }, (_, i) => ['beneficiaries', i, 'share'])];
    const shown = names.filter((name) => form.getFieldError(name).length > 0);
    // The rules decide afresh: a share still wrong on its own keeps (or gets) its error.
    if (shown.length) form.validateFields(shown).catch(() => undefined);
  }, [form, count, sharesKey]);

  if (line && !isPersonalLine(line)) {
    return <Alert type="info" showIcon title={t('policies.form.nonPersonalLine')} data-testid="beneficiaries-not-applicable" />;
  }
  return (
    <>
      <Form.Item name="beneficiaryDesignation" label={t('policies.form.designation')}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="policy-form-designation">
          <Radio.Button value="legal" data-testid="policy-form-designation-legal">{t('policies.designations.legal')}</Radio.Button>
          <Radio.Button value="named" data-testid="policy-form-designation-named">{t('policies.designations.named')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {designation === 'named' && (
        <Form.List
          name="beneficiaries"
          rules={[
            {
              validator: async (_, value?: Partial<BeneficiaryRow>[]) => {
                if (!value?.length) throw new Error(t('policies.form.beneficiaryRequired'));
                const open = shareTotals(value).find((r) => !r.complete);
                if (open) throw new Error(`${t('policies.form.rankTotal', { rank: open.rank, total: open.total })} · ${t('policies.form.rankTotalsHint')}`);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {note && <Alert type="info" showIcon title={note} style={{ marginBottom: 12 }} />}
              {fields.map((field, index) => (
                <BeneficiaryRowFields key={field.key} name={field.name} index={index} clientNames={clientNames} onRemove={() => remove(field.name)} />
              ))}
              <ShareTotals rows={rows} />
              <div>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ source: 'client', rank: 1 })} data-testid="beneficiary-add">
                  {t('policies.actions.addBeneficiary')}
                </Button>
              </div>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      )}
    </>
  );
}
