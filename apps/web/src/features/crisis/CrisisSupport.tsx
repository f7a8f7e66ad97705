import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { List, Loading, Notice } from '../../design';
import { graphql } from '../../graphql/generated';

export const CrisisSupportDocument = graphql(`
  query CrisisSupport($locale: String, $timeZone: String) {
    crisisSupport(locale: $locale, timeZone: $timeZone) {
      message
      platformLines {
        name
        phone
        hours
        description
        country
      }
      allianceLines {
        allianceId
        allianceName
        resources {
          name
          phone
          hours
        }
      }
    }
  }
`);

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function Line({ name, phone, hours, description }: { name: string; phone: string; hours: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <div className="k-stack k-stack--tight">
      <h3>{name}</h3>
      {description ? <p>{description}</p> : null}
      <p>
        <a href={telHref(phone)} className="k-button" data-variant="crisis" aria-label={t('crisis.call', { name, phone })}>
          {phone}
        </a>
      </p>
      <p className="k-muted">{hours}</p>
    </div>
  );
}

/**
 * Where to turn right now. Shown in the header's dialog and on /help; when the API cannot be
 * reached, the emergency-number sentence from the catalogue still stands.
 */
export function CrisisSupport() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(CrisisSupportDocument, {
    // The device's time zone puts the person's own country's lines first, even signed out.
    variables: { locale: i18n.language, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    fetchPolicy: 'cache-first',
  });
  const support = data?.crisisSupport;
  return (
    <div className="k-stack">
      <div className="k-card k-card--crisis">
        <p>
          <strong>{t('crisis.emergency')}</strong>
        </p>
        {support?.message ? <p>{support.message}</p> : null}
      </div>
      {loading && !support ? <Loading /> : null}
      {error && !support ? <Notice>{t('crisis.offline')}</Notice> : null}
      {support ? (
        <>
          <List
            items={support.platformLines}
            getKey={(line) => `${line.country}-${line.phone}`}
            label={t('crisis.linesLabel')}
            renderItem={(line) => <Line {...line} />}
          />
          {support.allianceLines.map((alliance) => (
            <section key={alliance.allianceId} className="k-stack">
              <h3>{t('crisis.allianceLines', { name: alliance.allianceName })}</h3>
              <List items={alliance.resources} getKey={(line) => line.phone} renderItem={(line) => <Line {...line} />} />
            </section>
          ))}
        </>
      ) : null}
    </div>
  );
}
