import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { renderWithApp } from '../../test/render';
import { ClientFields, type ClientFormValues } from './ClientFields';

function NewPerson({ onFinish = () => undefined, kind = 'person' }: { onFinish?: (v: ClientFormValues) => void; kind?: ClientFormValues['kind'] }) {
  const [form] = Form.useForm<ClientFormValues>();
  return (
    <Form form={form} initialValues={{ kind }} onFinish={onFinish}>
      <ClientFields kind={kind} />
      <Button htmlType="submit" data-testid="submit">新建</Button>
    </Form>
  );
}

const item = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;
const BAD_ID = '身份证号码不正确（校验位或出生日期有误）';

beforeEach(() => i18n.changeLanguage('zh-CN'));

describe('the client form’s identifiers, as the user types', () => {
  it('a valid resident ID fills in the birth date and gender at once', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewPerson />);
    await user.type(screen.getByTestId('client-form-id-number'), '11010519491231002x');
    await waitFor(() => expect((screen.getByTestId('client-form-birth-date') as HTMLInputElement).value).toBe('1949-12-31'));
    expect(within(item('client-form-gender')).getByText('女')).toBeTruthy();
    expect(within(item('client-form-id-type')).getByText('居民身份证')).toBeTruthy();
    expect(screen.getByText('已按身份证号码填入出生日期与性别')).toBeTruthy();
    expect(within(item('client-form-id-number')).queryByText(BAD_ID)).toBeNull();
  });

  it('flags a wrong check digit as soon as the 18th character is typed, not before, and clears it when fixed', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewPerson />);
    const input = screen.getByTestId('client-form-id-number');
    await user.type(input, '11010519491231002');
    expect(within(item('client-form-id-number')).queryByText(BAD_ID)).toBeNull();
    await user.type(input, '1');
    await waitFor(() => expect(within(item('client-form-id-number')).getByText(BAD_ID)).toBeTruthy());
    expect((screen.getByTestId('client-form-birth-date') as HTMLInputElement).value).toBe('');

    await user.type(input, '{Backspace}X');
    await waitFor(() => expect(within(item('client-form-id-number')).queryByText(BAD_ID)).toBeNull());
    expect((screen.getByTestId('client-form-birth-date') as HTMLInputElement).value).toBe('1949-12-31');
  });

  it('flags a half-typed ID number when the field is left', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewPerson />);
    await user.type(screen.getByTestId('client-form-id-number'), '1101051949');
    await user.tab();
    await waitFor(() => expect(within(item('client-form-id-number')).getByText(BAD_ID)).toBeTruthy());
  });

  it('flags a mobile that is not 11 digits starting with 1, and accepts the usual formatting', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewPerson />);
    const mobile = screen.getByTestId('client-form-mobile');
    const BAD_MOBILE = '手机号格式不正确（11 位，以 1 开头）';
    await user.type(mobile, '2391234567');
    expect(within(item('client-form-mobile')).queryByText(BAD_MOBILE)).toBeNull();
    await user.type(mobile, '8');
    await waitFor(() => expect(within(item('client-form-mobile')).getByText(BAD_MOBILE)).toBeTruthy());
    await user.clear(mobile);
    await user.type(mobile, '139 1234 5678');
    await waitFor(() => expect(within(item('client-form-mobile')).queryByText(BAD_MOBILE)).toBeNull());
  });

  it('checks an organisation’s unified social credit code (GB 32100)', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewPerson kind="organisation" />);
    const code = screen.getByTestId('client-form-credit-code');
    const BAD_CODE = '统一社会信用代码不正确（18 位，校验位有误）';
    await user.type(code, '91350100M000100Y44');
    await waitFor(() => expect(within(item('client-form-credit-code')).getByText(BAD_CODE)).toBeTruthy());
    await user.type(code, '{Backspace}3');
    await waitFor(() => expect(within(item('client-form-credit-code')).queryByText(BAD_CODE)).toBeNull());
  });

  it('marks what the archive needs: blank, it warns but the client can still be saved (R-CL-2 allows completing later)', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    renderWithApp(<NewPerson onFinish={onFinish} />);
    await user.type(screen.getByTestId('client-form-name'), '林安心');
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(onFinish).toHaveBeenCalled());
    await waitFor(() => expect(within(item('client-form-id-number')).getByText(/建档需要此项/)).toBeTruthy());
    expect(within(item('client-form-mobile')).getByText(/建档需要此项/)).toBeTruthy();
  });

  it('refuses a bad ID number on submit', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    renderWithApp(<NewPerson onFinish={onFinish} />);
    await user.type(screen.getByTestId('client-form-name'), '林安心');
    await user.type(screen.getByTestId('client-form-id-number'), '110105194912310021');
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(within(item('client-form-id-number')).getByText(BAD_ID)).toBeTruthy());
    expect(onFinish).not.toHaveBeenCalled();
  });
});
