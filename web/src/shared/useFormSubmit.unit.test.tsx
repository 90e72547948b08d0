import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form, Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { useFormSubmit } from './useFormSubmit';

const REFUSAL = new ApiError(422, 'VALIDATION_FAILED', '请检查标红的字段', [
  { path: 'idNumber', message: '身份证号码不正确' },
  { path: 'mobile', message: '手机号格式不正确' },
  { path: 'rows.0.share', message: '第 1 顺位合计 90%' },
]);

/** A form whose every submission the server refuses with field errors. */
function Refused({ answer = REFUSAL }: { answer?: unknown }) {
  const [form] = Form.useForm();
  const { submit } = useFormSubmit(form);
  return (
    <Form form={form} initialValues={{ idNumber: '110105194912310021', mobile: '1391234', rows: [{ share: '90' }] }} onFinish={() => submit(() => Promise.reject(answer))}>
      <Form.Item name="idNumber" data-testid="id-item"><Input data-testid="id" /></Form.Item>
      <Form.Item name="mobile" data-testid="mobile-item"><Input data-testid="mobile" /></Form.Item>
      <Form.Item name={['rows', 0, 'share']} data-testid="share-item"><Input data-testid="share" /></Form.Item>
      <Button htmlType="submit" data-testid="submit">保存</Button>
    </Form>
  );
}

const errorIn = (testId: string, text: string) => within(screen.getByTestId(testId)).queryByText(text);

describe('server field errors on a form', () => {
  it('clear as soon as their field changes, while another field keeps its own', async () => {
    const user = userEvent.setup();
    render(<Refused />);
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(errorIn('id-item', '身份证号码不正确')).toBeTruthy());
    expect(errorIn('mobile-item', '手机号格式不正确')).toBeTruthy();

    await user.type(screen.getByTestId('id'), 'X');
    await waitFor(() => expect(errorIn('id-item', '身份证号码不正确')).toBeNull());
    expect(errorIn('mobile-item', '手机号格式不正确')).toBeTruthy();
    expect(errorIn('share-item', '第 1 顺位合计 90%')).toBeTruthy();

    // A field inside a list (name path from `rows.0.share`) clears the same way.
    await user.clear(screen.getByTestId('share'));
    await user.type(screen.getByTestId('share'), '100');
    await waitFor(() => expect(errorIn('share-item', '第 1 顺位合计 90%')).toBeNull());
    expect(errorIn('mobile-item', '手机号格式不正确')).toBeTruthy();
  });

  it('come back on the next refusal of the same value', async () => {
    const user = userEvent.setup();
    render(<Refused />);
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(errorIn('id-item', '身份证号码不正确')).toBeTruthy());
    await user.type(screen.getByTestId('id'), '1');
    await waitFor(() => expect(errorIn('id-item', '身份证号码不正确')).toBeNull());
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(errorIn('id-item', '身份证号码不正确')).toBeTruthy());
  });
});
