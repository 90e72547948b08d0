import { useTranslation } from 'react-i18next';
import { RevealValue } from '../../shared/RevealValue';
import { revealBankAccount, type Policy } from './policies.api';

/** The masked debit account, with the audited reveal (R-CL-6). */
export function RevealBankAccount({ policy, canReveal }: { policy: Policy; canReveal: boolean }) {
  const { t } = useTranslation();
  return (
    <RevealValue
      masked={policy.bankAccount}
      canReveal={canReveal}
      reveal={() => revealBankAccount(policy.id)}
      texts={{
        title: t('policies.reveal.title'),
        confirm: t('policies.reveal.confirm', { no: policy.policyNumber }),
        action: t('policies.actions.reveal'),
        valueTitle: t('policies.reveal.valueTitle', { no: policy.policyNumber }),
        empty: t('policies.reveal.empty'),
        logged: t('policies.reveal.logged'),
      }}
      testIds={{ value: 'policy-bank-account', button: 'reveal-bank-account', revealed: 'revealed-bank-account' }}
    />
  );
}
