import { useTranslation } from 'react-i18next';
import { RevealValue } from '../../../shared/RevealValue';
import { revealMobile, type User } from './users.api';

/** A user's masked mobile, with the audited reveal (R-CL-6). */
export function RevealMobile({ user, canReveal }: { user: User; canReveal: boolean }) {
  const { t } = useTranslation();
  return (
    <RevealValue
      masked={user.mobile}
      canReveal={canReveal}
      reveal={() => revealMobile(user.id)}
      texts={{
        title: t('users.reveal.title'),
        confirm: t('users.reveal.confirm', { name: user.displayName }),
        action: t('users.actions.reveal'),
        valueTitle: t('users.reveal.valueTitle', { name: user.displayName }),
        empty: t('users.reveal.empty'),
        logged: t('users.reveal.logged'),
      }}
      testIds={{ button: `reveal-mobile-${user.username}`, revealed: 'revealed-mobile' }}
    />
  );
}
