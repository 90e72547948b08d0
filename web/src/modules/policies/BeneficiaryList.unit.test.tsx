import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import i18n from '../../i18n';
import { useFormSubmit } from '../../shared/useFormSubmit';
import { renderWithApp } from '../../test/render';
import { BeneficiaryList } from './BeneficiaryList';

const TWO_CHILDREN = [
  { source: 'person', name: '林小安', relation: 'child', rank: 1, share: '60' },
  { source: 'person', name: '林小心', relation: 'child', rank: 1, share: '30' },
];

/** The beneficiaries of a life policy; `save` stands for the server. */
function Beneficiaries({ save }: { save: () => Promise<void> }) {
  const [form] = Form.useForm();
  const { submit } = useFormSubmit(form);
  return (
    <Form form={form} initialValues={{ beneficiaryDesignation: 'named', beneficiaries: TWO_CHILDREN }} onFinish={() => submit(save)}>
      <BeneficiaryList line="life" clientNames={{}} />
      <Button htmlType="submit" data-testid="submit">登记</Button>
    </Form>
  );
}

/** Red error lines (antd's explain-error) containing `text`. */
const redErrors = (text: string) =>
  [...document.querySelectorAll('.ant-form-item-explain-error')].filter((el) => el.textContent?.includes(text));

beforeEach(() => i18n.changeLanguage('zh-CN'));

describe('the named beneficiaries’ share total', () => {
  it('judged wrong on submit, is judged again when a share changes: no red 90 % beside the green 100 %', async () => {
    const user = userEvent.setup();
    const save = vi.fn(() => Promise.resolve());
    renderWithApp(<Beneficiaries save={save} />);
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(redErrors('第 1 顺位合计 90%')).not.toHaveLength(0));
    expect(save).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('beneficiary-share-1'));
    await user.type(screen.getByTestId('beneficiary-share-1'), '40');
    await waitFor(() => expect(redErrors('合计')).toHaveLength(0));
    expect(screen.getByTestId('share-total-1').textContent).toContain('第 1 顺位合计 100%');
  });

  it('the server’s total error, on the rank’s first share, clears when another share of the rank changes', async () => {
    const user = userEvent.setup();
    const refusal = new ApiError(422, 'VALIDATION_FAILED', '请检查标红的字段', [
      { path: 'beneficiaries.0.share', message: '第 1 顺位受益份额合计为 90%，应为 100%' },
      { path: 'beneficiaries.1.name', message: '姓名与证件不符' },
    ]);
    renderWithApp(<Beneficiaries save={() => Promise.reject(refusal)} />);
    await user.clear(screen.getByTestId('beneficiary-share-1'));
    await user.type(screen.getByTestId('beneficiary-share-1'), '40');
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(redErrors('应为 100%')).not.toHaveLength(0));

    // The share of the second row changes; the error sits on the first row's share.
    await user.type(screen.getByTestId('beneficiary-share-1'), '.5');
    await waitFor(() => expect(redErrors('应为 100%')).toHaveLength(0));
    expect(redErrors('姓名与证件不符')).not.toHaveLength(0);
  });
});
