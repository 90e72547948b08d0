import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CreateServicingBody } from './servicing.api';

type Change = NonNullable<CreateServicingBody['change']>;
type Beneficiary = NonNullable<Change['beneficiaries']>[number];

/** The form's values under `change` (dates as Dayjs). */
export type ChangeValues = Omit<Change, 'birthDate'> & { birthDate?: Dayjs };

const RELATIONS = ['spouse', 'child', 'parent', 'self', 'other'] as const satisfies readonly Beneficiary['relation'][];

/** The change as the API takes it: blanks left out, the date as text. */
export function toChange(v: ChangeValues | undefined): Change | undefined {
  if (!v) return undefined;
  const text = (s?: string) => (s && s.trim() ? s.trim() : undefined);
  const change: Change = {
    mobile: text(v.mobile), address: text(v.address), bankAccount: text(v.bankAccount),
    birthDate: v.birthDate?.format('YYYY-MM-DD'), gender: v.gender, premium: text(v.premium), premiumDifference: text(v.premiumDifference),
    ...(v.beneficiaryDesignation && { beneficiaryDesignation: v.beneficiaryDesignation }),
    ...(v.beneficiaries && v.beneficiaryDesignation !== 'legal' && {
      beneficiaries: v.beneficiaries.map((b) => ({ ...b, name: b.name?.trim() || null, idNumber: b.idNumber?.trim() || null, share: String(b.share ?? '') })),
    }),
  };
  const given = Object.fromEntries(Object.entries(change).filter(([, x]) => x !== undefined)) as Change;
  return Object.keys(given).length ? given : undefined;
}

/**
 * 变更内容: the fields a request type changes (its `changeFields`, from the server's type data),
 * those it must have marked required. Personal data typed here travels once and is kept encrypted.
 */
export function ChangeFields({ fields, required }: { fields: readonly string[]; required: readonly string[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const designation = Form.useWatch(['change', 'beneficiaryDesignation'], form) as string | undefined;
  const has = (f: string) => fields.includes(f);
  const rule = (f: 'mobile' | 'address' | 'bankAccount') => (required.includes(f) ? [{ required: true, whitespace: true, message: t(`servicing.change.${f}`) }] : []);
  return (
    <div data-testid="servicing-change-fields">
      {has('mobile') && (
        <Form.Item name={['change', 'mobile']} label={t('servicing.change.mobile')} rules={rule('mobile')}>
          <Input inputMode="tel" maxLength={20} data-testid="servicing-change-mobile" />
        </Form.Item>
      )}
      {has('address') && (
        <Form.Item name={['change', 'address']} label={t('servicing.change.address')} rules={rule('address')}>
          <Input maxLength={200} data-testid="servicing-change-address" />
        </Form.Item>
      )}
      {has('bankAccount') && (
        <Form.Item name={['change', 'bankAccount']} label={t('servicing.change.bankAccount')} rules={rule('bankAccount')} extra={t('servicing.change.bankAccountHint')}>
          <Input inputMode="numeric" maxLength={40} data-testid="servicing-change-bank-account" />
        </Form.Item>
      )}
      {(has('birthDate') || has('gender')) && (
        <Space wrap>
          {has('birthDate') && (
            <Form.Item name={['change', 'birthDate']} label={t('servicing.change.birthDate')}>
              <DatePicker format="YYYY-MM-DD" data-testid="servicing-change-birth-date" />
            </Form.Item>
          )}
          {has('gender') && (
            <Form.Item name={['change', 'gender']} label={t('servicing.change.gender')}>
              <Select allowClear style={{ width: 120 }} data-testid="servicing-change-gender" options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`servicing.change.genders.${g}`) }))} />
            </Form.Item>
          )}
        </Space>
      )}
      {has('premium') && (
        <Space wrap>
          <Form.Item name={['change', 'premium']} label={t('servicing.change.premium')} extra={t('servicing.change.premiumHint')}>
            <Input style={{ width: 160 }} data-testid="servicing-change-premium" />
          </Form.Item>
          <Form.Item name={['change', 'premiumDifference']} label={t('servicing.change.premiumDifference')}>
            <Input style={{ width: 160 }} data-testid="servicing-change-premium-difference" />
          </Form.Item>
        </Space>
      )}
      {has('beneficiaries') && (
        <>
          <Form.Item name={['change', 'beneficiaryDesignation']} label={t('servicing.change.designation')} initialValue="named">
            <Select data-testid="servicing-change-designation" options={(['named', 'legal'] as const).map((d) => ({ value: d, label: t(`servicing.change.designations.${d}`) }))} />
          </Form.Item>
          {designation !== 'legal' && (
            <Form.List name={['change', 'beneficiaries']} initialValue={[{ relation: 'spouse', rank: 1, share: '100' }]}>
              {(rows, { add, remove }) => (
                <>
                  {rows.map((row) => (
                    <Space key={row.key} wrap align="start" data-testid="servicing-change-beneficiary">
                      <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: t('servicing.change.beneficiaryName') }]}>
                        <Input placeholder={t('servicing.change.beneficiaryName')} style={{ width: 120 }} data-testid="servicing-change-beneficiary-name" />
                      </Form.Item>
                      <Form.Item name={[row.name, 'relation']}>
                        <Select style={{ width: 110 }} options={RELATIONS.map((r) => ({ value: r, label: t(`servicing.change.relations.${r}`) }))} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'idNumber']}>
                        <Input placeholder={t('servicing.change.beneficiaryId')} style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'rank']}>
                        <InputNumber min={1} max={9} addonBefore={t('servicing.change.rank')} style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'share']}>
                        <Input addonAfter="%" style={{ width: 110 }} data-testid="servicing-change-beneficiary-share" />
                      </Form.Item>
                      <Button onClick={() => remove(row.name)} disabled={rows.length === 1}>{t('servicing.change.remove')}</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ relation: 'child', rank: 1, share: '' })} data-testid="servicing-change-beneficiary-add">{t('servicing.change.add')}</Button>
                </>
              )}
            </Form.List>
          )}
        </>
      )}
    </div>
  );
}
