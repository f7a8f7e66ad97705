import { useQuery, useSubscription } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../design';
import { SupportNoticeArrivedDocument, SupportRequestsForMeDocument } from './documents';

/**
 * On every page for someone signed in: the open calls for support that alerted them, live.
 * A live event can be lost under load, so the list is also read again every few seconds.
 */
export function SupportNowAlerts() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(SupportRequestsForMeDocument, { fetchPolicy: 'cache-and-network', pollInterval: 15_000 });
  useSubscription(SupportNoticeArrivedDocument, {
    onData: ({ data: arrived }) => {
      if (arrived.data?.myNotifications.kind.startsWith('SUPPORT_NOW')) void refetch().catch(() => undefined);
    },
  });
  const location = useLocation();
  // The call being looked at already fills the page.
  const calls = (data?.supportRequestsForMe ?? []).filter((call) => location.pathname !== `/support-now/${call.id}`);
  if (calls.length === 0) return null;
  return (
    <section className="k-card k-card--crisis k-stack" aria-label={t('supportNow.alertsLabel')} role="alert">
      {calls.map((call) => (
        <div key={call.id} className="k-stack k-stack--tight">
          <p>
            <strong>{t('supportNow.responderTitle', { name: call.memberDisplayName })}</strong>
          </p>
          <p>{call.answers.length > 0 ? t('supportNow.someoneAnswered') : t('supportNow.nobodyYet')}</p>
          <ButtonLink href={`/support-now/${call.id}`} variant="primary" size="small">
            {t('supportNow.open')}
          </ButtonLink>
        </div>
      ))}
    </section>
  );
}
