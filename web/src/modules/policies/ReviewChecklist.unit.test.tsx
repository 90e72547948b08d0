import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import { describe, expect, it } from 'vitest';
import { ReviewChecklist } from './ReviewChecklist';

function Intake({ policyNumber }: { policyNumber: string }) {
  const [form] = Form.useForm();
  return (
    <Form form={form} initialValues={{ review: { formatComplete: true, sealsPresent: true, noAlteration: true } }}>
      <ReviewChecklist policyNumber={policyNumber} />
    </Form>
  );
}

const notice = () => screen.getByTestId('hold-notice-content') as HTMLTextAreaElement;

describe('the initial review checklist (初审, R-PO-2)', () => {
  it('passes with every box ticked and asks for no notice', () => {
    render(<Intake policyNumber="p-001" />);
    expect(screen.getByText('三项全部通过：保单登记为“已登记”，待核对。')).toBeTruthy();
    expect(screen.queryByTestId('hold-notice-content')).toBeNull();
  });

  it('on a failed check warns of the hold and drafts the notice in Chinese, naming what failed and the policy number', async () => {
    const user = userEvent.setup();
    render(<Intake policyNumber="p-001" />);
    await user.click(screen.getByText('印章齐全（保险公司印章、骑缝章）'));
    expect(screen.getByText(/初审未通过/)).toBeTruthy();
    await waitFor(() => expect(notice().value).toContain('保单号 P-001'));
    expect(notice().value).toContain('经初审发现：保单印章不齐全。');

    await user.click(screen.getByText('无涂改、无伪造痕迹'));
    await waitFor(() => expect(notice().value).toContain('保单印章不齐全、保单存在涂改或疑似伪造痕迹'));
  });

  it('keeps a notice the clerk wrote when another box changes', async () => {
    const user = userEvent.setup();
    render(<Intake policyNumber="p-001" />);
    await user.click(screen.getByText('印章齐全（保险公司印章、骑缝章）'));
    await waitFor(() => expect(notice().value).toContain('保单印章不齐全'));
    await user.clear(notice());
    await user.type(notice(), '请补盖骑缝章');
    await user.click(screen.getByText('格式完整（各页齐全、要素完整）'));
    expect(notice().value).toBe('请补盖骑缝章');
  });
});
