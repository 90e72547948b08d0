import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Button, Form } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { callsTo, renderWithApp, stubServer } from '../../test/render';
import type { PolicyDetail } from './policies.api';
import { ReReviewModal } from './ReReviewModal';
import { ReviewChecklist } from './ReviewChecklist';

function Intake({ policyNumber, onFinish = () => undefined }: { policyNumber: string; onFinish?: (v: unknown) => void }) {
  const [form] = Form.useForm();
  return (
    <Form form={form} initialValues={{ review: {}, holdNotice: { channel: 'phone' } }} onFinish={onFinish}>
      <ReviewChecklist policyNumber={policyNumber} />
      <Button htmlType="submit" data-testid="submit">登记</Button>
    </Form>
  );
}

const CHECK_IDS = ['review-format-complete', 'review-seals-present', 'review-no-alteration'];
const notice = () => screen.getByTestId('hold-notice-content') as HTMLTextAreaElement;
/** Answer one check: 通过 or 不通过. */
const answer = (user: UserEvent, testId: string, choice: '通过' | '不通过') => user.click(within(screen.getByTestId(testId)).getByText(choice));
const UNANSWERED = '请选择“通过”或“不通过”';

// The texts asserted are the Chinese ones, whatever language the test browser prefers.
beforeEach(() => i18n.changeLanguage('zh-CN'));

describe('the initial review checklist (初审, R-PO-2)', () => {
  it('starts with every check unanswered; submitting is refused with a message on each unanswered check', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    render(<Intake policyNumber="p-001" onFinish={onFinish} />);
    for (const id of CHECK_IDS) expect(within(screen.getByTestId(id)).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.queryByTestId('review-failed-warning')).toBeNull();
    expect(screen.queryByTestId('hold-notice-content')).toBeNull();

    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(screen.getAllByText(UNANSWERED)).toHaveLength(3));
    expect(onFinish).not.toHaveBeenCalled();

    await answer(user, 'review-format-complete', '通过');
    await answer(user, 'review-seals-present', '通过');
    await user.click(screen.getByTestId('submit'));
    await waitFor(() => expect(screen.getAllByText(UNANSWERED)).toHaveLength(1));
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('passes with every check answered 通过 and asks for no notice', async () => {
    const user = userEvent.setup();
    render(<Intake policyNumber="p-001" />);
    for (const id of CHECK_IDS) await answer(user, id, '通过');
    expect(screen.getByText('三项全部通过：保单登记为“已登记”，待核对。')).toBeTruthy();
    expect(screen.queryByTestId('hold-notice-content')).toBeNull();
  });

  it('on a failed check warns of the hold and drafts the notice in Chinese, naming what failed and the policy number', async () => {
    const user = userEvent.setup();
    render(<Intake policyNumber="p-001" />);
    await answer(user, 'review-format-complete', '通过');
    await answer(user, 'review-seals-present', '不通过');
    expect(screen.getByText(/初审未通过/)).toBeTruthy();
    await waitFor(() => expect(notice().value).toContain('保单号 P-001'));
    expect(notice().value).toContain('经初审发现：保单印章不齐全。');

    await answer(user, 'review-no-alteration', '不通过');
    await waitFor(() => expect(notice().value).toContain('保单印章不齐全、保单存在涂改或疑似伪造痕迹'));
  });

  it('keeps a notice the clerk wrote when another check changes', async () => {
    const user = userEvent.setup();
    render(<Intake policyNumber="p-001" />);
    await answer(user, 'review-seals-present', '不通过');
    await waitFor(() => expect(notice().value).toContain('保单印章不齐全'));
    await user.clear(notice());
    await user.type(notice(), '请补盖骑缝章');
    await answer(user, 'review-format-complete', '不通过');
    expect(notice().value).toBe('请补盖骑缝章');
  });
});

describe('re-reviewing a policy (重新初审)', () => {
  const policy = { id: 7, version: 3, policyNumber: 'P-001' } as PolicyDetail;

  function renderModal() {
    const fetchMock = stubServer({ 'POST /api/v1/policies/7/review': () => ({ body: { ...policy, version: 4, state: 'on_hold' } }) });
    const onDone = vi.fn();
    renderWithApp(<ReReviewModal policy={policy} onDone={onDone} onStale={() => undefined} onClose={() => undefined} />);
    return { fetchMock, onDone, user: userEvent.setup() };
  }

  it('is not sent while a check is unanswered', async () => {
    const { fetchMock, user } = renderModal();
    await answer(user, 'review-format-complete', '通过');
    await user.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(screen.getAllByText(UNANSWERED)).toHaveLength(2));
    expect(screen.queryByTestId('hold-confirm')).toBeNull();
    expect(callsTo(fetchMock, 'POST /api/v1/policies/7/review')).toHaveLength(0);
  });

  it('on a failed check first asks to confirm the hold and the notice to the client; cancel sends nothing, confirm sends it', async () => {
    const { fetchMock, onDone, user } = renderModal();
    await answer(user, 'review-format-complete', '通过');
    await answer(user, 'review-seals-present', '不通过');
    await answer(user, 'review-no-alteration', '通过');
    await waitFor(() => expect(notice().value).toContain('保单印章不齐全'));
    await user.click(screen.getByTestId('review-submit'));

    const asked = await screen.findByTestId('hold-confirm');
    expect(screen.getAllByText('初审未通过，确认暂缓登记？')).not.toHaveLength(0);
    expect(asked.textContent).toContain('未通过：印章齐全（保险公司印章、骑缝章）');
    expect(asked.textContent).toContain('保单将暂缓登记（状态为“暂缓”），并记录已通过“电话”向客户发出以下暂缓通知');
    expect(within(asked).getByTestId('hold-confirm-notice').textContent).toContain('经初审发现：保单印章不齐全。');

    await user.click(screen.getByTestId('confirm-cancel'));
    // jsdom runs no close animation: the dialog leaves the DOM only in a browser.
    await new Promise((r) => setTimeout(r, 50));
    expect(callsTo(fetchMock, 'POST /api/v1/policies/7/review')).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
    expect(notice().value).toContain('保单印章不齐全');

    await user.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(screen.getAllByTestId('hold-confirm')).toHaveLength(2));
    await user.click(screen.getAllByTestId('confirm-ok').at(-1)!);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [call] = callsTo(fetchMock, 'POST /api/v1/policies/7/review');
    const body = JSON.parse(String(call?.[1]?.body)) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: 3,
      review: { formatComplete: true, sealsPresent: false, noAlteration: true },
      holdNotice: { channel: 'phone' },
    });
    expect((body.holdNotice as { content: string }).content).toContain('保单印章不齐全');
  });

  it('a passed review is sent without asking', async () => {
    const { fetchMock, onDone, user } = renderModal();
    for (const id of CHECK_IDS) await answer(user, id, '通过');
    await user.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(screen.queryByTestId('hold-confirm')).toBeNull();
    const [call] = callsTo(fetchMock, 'POST /api/v1/policies/7/review');
    expect(JSON.parse(String(call?.[1]?.body))).not.toHaveProperty('holdNotice');
  });
});
