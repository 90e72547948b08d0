import { Alert, Button, Card, Form, Input, InputNumber, Space, Tag, Tooltip, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorTextWithFields } from '../../shared/errors';
import { beijingToday, formatDateWithWeekday } from '../../shared/format';
import { addWorkingDays, countWorkingDays } from './calendar.api';

type Outcome = { text: string; provisional: boolean } | { error: unknown } | null;

/** For clerks: "from this date, N working days on" and "working days between two dates", on the unit's calendar. */
export function WorkingDayCalculator({ org }: { org: number | undefined }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<Space><CalculatorOutlined />{t('calendar.calculator.title')}</Space>} data-testid="calendar-calculator">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>{t('calendar.calculator.intro')}</Typography.Paragraph>
      <AddDays org={org} />
      <CountDays org={org} />
    </Card>
  );
}

function Result({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if ('error' in outcome) return <Alert type="error" showIcon title={errorTextWithFields(outcome.error, t)} style={{ marginTop: 8 }} />;
  return (
    <div style={{ marginTop: 8 }} data-testid={testId}>
      <Typography.Text strong>{outcome.text}</Typography.Text>{' '}
      {outcome.provisional && (
        <Tooltip title={t('calendar.calculator.provisionalHint')}>
          <Tag color="gold" data-testid={`${testId}-provisional`}>{t('calendar.calculator.provisional')}</Tag>
        </Tooltip>
      )}
    </div>
  );
}

function useOutcome() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<{ text: string; provisional: boolean }>) => {
    setBusy(true);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };
  return { outcome, busy, run };
}

function Section({ title, note, children }: { title: string; note: string; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 8 }}>{note}</Typography.Text>
      {children}
    </div>
  );
}

function AddDays({ org }: { org: number | undefined }) {
  const { t, i18n } = useTranslation();
  const { outcome, busy, run } = useOutcome();
  const required = [{ required: true, message: t('calendar.calculator.required') }];
  const onFinish = ({ from, days }: { from: string; days: number }) =>
    run(async () => {
      const r = await addWorkingDays(from, days, org);
      const values = { from: formatDateWithWeekday(from, i18n.language), days: Math.abs(days), date: formatDateWithWeekday(r.date, i18n.language) };
      return { text: days < 0 ? t('calendar.calculator.addResultBack', values) : t('calendar.calculator.addResult', values), provisional: r.provisional };
    });
  return (
    <Section title={t('calendar.calculator.addTitle')} note={t('calendar.calculator.addNote')}>
      <Form layout="inline" onFinish={onFinish} initialValues={{ from: beijingToday(), days: 3 }} style={{ rowGap: 8 }}>
        <Form.Item name="from" label={t('calendar.calculator.from')} rules={required}>
          <Input type="date" style={{ width: 150 }} data-testid="calc-add-from" />
        </Form.Item>
        <Form.Item name="days" label={t('calendar.calculator.days')} rules={required}>
          <InputNumber min={-5000} max={5000} precision={0} style={{ width: 90 }} data-testid="calc-add-days" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={busy} data-testid="calc-add-submit">{t('calendar.calculator.compute')}</Button>
        </Form.Item>
      </Form>
      <Result outcome={outcome} testId="calc-add-result" />
    </Section>
  );
}

function CountDays({ org }: { org: number | undefined }) {
  const { t, i18n } = useTranslation();
  const { outcome, busy, run } = useOutcome();
  const required = [{ required: true, message: t('calendar.calculator.required') }];
  const onFinish = ({ from, to }: { from: string; to: string }) =>
    run(async () => {
      const r = await countWorkingDays(from, to, org);
      return {
        text: t('calendar.calculator.countResult', { from: formatDateWithWeekday(from, i18n.language), to: formatDateWithWeekday(to, i18n.language), count: r.count }),
        provisional: r.provisional,
      };
    });
  return (
    <Section title={t('calendar.calculator.countTitle')} note={t('calendar.calculator.countNote')}>
      <Form layout="inline" onFinish={onFinish} initialValues={{ from: beijingToday() }} style={{ rowGap: 8 }}>
        <Form.Item name="from" label={t('calendar.calculator.from')} rules={required}>
          <Input type="date" style={{ width: 150 }} data-testid="calc-count-from" />
        </Form.Item>
        <Form.Item name="to" label={t('calendar.calculator.to')} rules={required}>
          <Input type="date" style={{ width: 150 }} data-testid="calc-count-to" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={busy} data-testid="calc-count-submit">{t('calendar.calculator.compute')}</Button>
        </Form.Item>
      </Form>
      <Result outcome={outcome} testId="calc-count-result" />
    </Section>
  );
}
