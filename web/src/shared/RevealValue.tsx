import { App, Button, Tooltip, Typography } from 'antd';
import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNotify } from './useNotify';

export type RevealTexts = {
  /** The confirm dialog's title, also the button's tooltip. */
  title: string;
  /** What is about to be shown, and that it is logged. */
  confirm: string;
  /** The button: 查看 / Show. */
  action: string;
  /** The title of the dialog that shows the value. */
  valueTitle: string;
  /** Shown when nothing is stored. */
  empty: string;
  /** "Written to the audit trail". */
  logged: string;
};

/**
 * A masked personal value and — for those the server lets see it — a reveal that is confirmed first,
 * fetched from the server (which writes the audit entry) and shown once (R-CL-6). Where no reveal is
 * allowed, `refusal` says why (a lock with a tooltip). One component for every revealable field:
 * client identifiers, user mobiles, policy debit accounts.
 */
export function RevealValue({
  masked,
  canReveal,
  refusal,
  reveal,
  texts,
  testIds,
}: {
  masked: string | null;
  canReveal: boolean;
  /** Why this caller may not reveal the value (shown beside it when canReveal is false). */
  refusal?: string;
  reveal: () => Promise<{ value: string | null }>;
  texts: RevealTexts;
  testIds: { value?: string; button: string; revealed: string; refusal?: string };
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  if (!masked) return <Typography.Text type="secondary" data-testid={testIds.value}>—</Typography.Text>;

  const open = () =>
    modal.confirm({
      title: texts.title,
      content: texts.confirm,
      okText: texts.action,
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'reveal-confirm' },
      onOk: async () => {
        try {
          const { value } = await reveal();
          modal.info({
            title: texts.valueTitle,
            content: (
              <>
                <Typography.Paragraph copyable={value ? { text: value } : false} style={{ fontSize: 20, margin: '8px 0' }}>
                  <span data-testid={testIds.revealed}>{value ?? texts.empty}</span>
                </Typography.Paragraph>
                <Typography.Text type="warning" data-testid="reveal-logged">
                  {texts.logged}
                </Typography.Text>
              </>
            ),
            okText: t('common.close'),
            okButtonProps: { 'data-testid': 'reveal-close' },
          });
        } catch (err) {
          notify.error(err);
        }
      },
    });

  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text data-testid={testIds.value}>{masked}</Typography.Text>
      {canReveal && (
        <Button type="link" size="small" icon={<EyeOutlined />} onClick={open} data-testid={testIds.button} title={texts.title}>
          {texts.action}
        </Button>
      )}
      {!canReveal && refusal && (
        <Tooltip title={refusal}>
          <Typography.Text type="secondary" aria-label={refusal} data-testid={testIds.refusal} style={{ marginInlineStart: 8, cursor: 'help' }}>
            <LockOutlined />
          </Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}
