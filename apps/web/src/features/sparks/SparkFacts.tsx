import { useTranslation } from 'react-i18next';
import type { SparkApplicationFieldsFragment } from '../../graphql/generated/graphql';
import { formatMoney } from './money';

/** A calendar day (YYYY-MM-DD) in the person's language, never shifted by their time zone. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** What an application asks for, the same way for the member and the coordinators. */
export function SparkFacts({ application }: { application: SparkApplicationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="k-definitions">
      <div>
        <dt>{t('sparks.facts.amount')}</dt>
        <dd>{formatMoney(application.amount, application.currency, i18n.language)}</dd>
      </div>
      <div>
        <dt>{t('sparks.facts.neededBy')}</dt>
        <dd>{formatDay(application.neededBy, i18n.language)}</dd>
      </div>
      {application.nextStep ? (
        <div>
          <dt>{t('sparks.facts.nextStep')}</dt>
          <dd className="k-text-block">{application.nextStep}</dd>
        </div>
      ) : null}
    </dl>
  );
}
