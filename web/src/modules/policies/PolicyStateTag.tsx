import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyState } from './policies.api';

/** One colour per state: blue waiting, orange on hold, green in force, red lapsed, grey ended. */
export const STATE_COLORS: Record<PolicyState, string> = {
  registered: 'blue',
  on_hold: 'orange',
  verified: 'cyan',
  in_force: 'green',
  lapsed: 'red',
  terminated: 'default',
  expired: 'purple',
};

export function PolicyStateTag({ state, testId = 'policy-state' }: { state: PolicyState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={testId} data-state={state}>
      {t(`policies.states.${state}`)}
    </Tag>
  );
}
