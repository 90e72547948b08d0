import { useTranslation } from 'react-i18next';
import { RevealValue } from '../../shared/RevealValue';
import { revealClientField, type Client, type RevealableField } from './clients.api';

/**
 * A client's masked ID number, mobile or address, with the audited reveal where the server allows it
 * (ClientDetail.revealable) and the reason where it does not (R-CL-6).
 */
export function RevealClientField({ client, field, canReveal }: { client: Client; field: RevealableField; canReveal: boolean }) {
  const { t } = useTranslation();
  const fieldName = t(`clients.fields.${field}`);
  return (
    <RevealValue
      masked={client[field]}
      canReveal={canReveal}
      refusal={t(`clients.reveal.refused.${field}`)}
      reveal={() => revealClientField(client.id, field)}
      texts={{
        title: t('clients.reveal.title'),
        confirm: t('clients.reveal.confirm', { name: client.name, field: fieldName }),
        action: t('clients.actions.reveal'),
        valueTitle: t('clients.reveal.valueTitle', { name: client.name, field: fieldName }),
        empty: t('clients.reveal.empty'),
        logged: t('clients.reveal.logged'),
      }}
      testIds={{ value: `client-${field}`, button: `reveal-${field}`, revealed: `revealed-${field}`, refusal: `reveal-refused-${field}` }}
    />
  );
}
