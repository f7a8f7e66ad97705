import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, List } from '../../design';
import type { MentorAlertsQuery } from '../../graphql/generated/graphql';
import { MarkEarlyHelpAlertSeenDocument, MentorAlertsDocument } from './documents';

type EarlyHelpAlert = MentorAlertsQuery['myEarlyHelpAlerts'][number];

function MarkSeen({ alert }: { alert: EarlyHelpAlert }) {
  const { t } = useTranslation();
  const [markSeen, marking] = useMutation(MarkEarlyHelpAlertSeenDocument, {
    update: (cache, { data }) => {
      if (data?.markEarlyHelpAlertSeen) cache.modify({ id: cache.identify(alert), fields: { seen: () => true } });
    },
  });
  if (alert.seen) return <p className="k-muted">{t('mentorAlerts.seen')}</p>;
  return (
    <>
      <div className="k-row">
        <Button
          variant="secondary"
          size="small"
          aria-label={t('mentorAlerts.markSeenNamed', { name: alert.memberDisplayName })}
          isPending={marking.loading}
          onPress={() => void markSeen({ variables: { alertId: alert.id } }).catch(() => undefined)}
        >
          {t('mentorAlerts.markSeen')}
        </Button>
      </div>
      <ErrorMessage error={marking.error} />
    </>
  );
}

/**
 * For mentors, on their home page: people they mentor who agreed that they be told, and may
 * welcome contact. Nothing shows for anyone else; never what the person wrote.
 */
export function MentorAlerts() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(MentorAlertsDocument, { fetchPolicy: 'cache-and-network' });
  const when = new Intl.DateTimeFormat(i18n.language === 'fr' ? 'fr' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
  if (!data) return error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null;
  if (data.myCrisisAlerts.length === 0 && data.myEarlyHelpAlerts.length === 0) return null;
  return (
    <section className="k-stack" aria-labelledby="mentor-alerts">
      <h2 id="mentor-alerts">{t('mentorAlerts.title')}</h2>
      <p className="k-muted">{t('mentorAlerts.intro')}</p>
      {data.myCrisisAlerts.length > 0 ? (
        <List
          items={data.myCrisisAlerts}
          getKey={(alert) => alert.id}
          label={t('mentorAlerts.crisisLabel')}
          renderItem={(alert) => (
            <div className="k-stack k-stack--tight">
              <h3>{t('mentorAlerts.crisis', { name: alert.memberDisplayName })}</h3>
              <p className="k-muted">{when.format(new Date(alert.createdAt))}</p>
              <p>{alert.guidance}</p>
            </div>
          )}
        />
      ) : null}
      {data.myEarlyHelpAlerts.length > 0 ? (
        <List
          items={data.myEarlyHelpAlerts}
          getKey={(alert) => alert.id}
          label={t('mentorAlerts.earlyHelpLabel')}
          renderItem={(alert) => (
            <div className="k-stack k-stack--tight">
              <h3>{t('mentorAlerts.earlyHelp', { name: alert.memberDisplayName })}</h3>
              <p className="k-muted">
                {when.format(new Date(alert.createdAt))} · {t(`earlyHelp.reason.${alert.reason}`)}
              </p>
              <p>{alert.guidance}</p>
              <MarkSeen alert={alert} />
            </div>
          )}
        />
      ) : null}
    </section>
  );
}
