import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, List, Loading } from '../../design';
import { MyTrustDocument } from './documents';

interface Allowances {
  mayPostLinks: boolean;
  mayMessageBeyondConnections: boolean;
}

/** The API words each level in English only, so the screen says the same from its flags in the reader's language. */
function useAllowanceWords(): (rule: Allowances) => string[] {
  const { t } = useTranslation();
  return (rule) => [
    rule.mayPostLinks ? t('moderation.trust.links.yes') : t('moderation.trust.links.no'),
    rule.mayMessageBeyondConnections ? t('moderation.trust.messages.yes') : t('moderation.trust.messages.no'),
  ];
}

/** A member's trust level on their standing page: what they can do now, and when the new-account limits lift. */
export function TrustSection() {
  const { t, i18n } = useTranslation();
  const allowances = useAllowanceWords();
  const { data, loading, error, refetch } = useQuery(MyTrustDocument);
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  return (
    <section className="k-stack" aria-labelledby="standing-trust">
      <h2 id="standing-trust">{t('moderation.trust.title')}</h2>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <p>{t(`moderation.trust.level.${data.myTrust.current.level}`)}</p>
          <ul>
            {allowances(data.myTrust.current).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {data.myTrust.nextLevelAt ? <p>{t('moderation.trust.liftsOn', { date: day(data.myTrust.nextLevelAt) })}</p> : null}
          <h3 id="standing-trust-rules">{t('moderation.trust.rulesTitle')}</h3>
          <List
            label={t('moderation.trust.rulesTitle')}
            items={data.trustLevels}
            getKey={(rule) => rule.level}
            renderItem={(rule) => (
              <div className="k-stack k-stack--tight">
                <p>
                  <strong>
                    {rule.fromAccountAgeDays === 0 ? t('moderation.trust.fromStart') : t('moderation.trust.fromDay', { count: rule.fromAccountAgeDays })}
                  </strong>
                </p>
                <p>{allowances(rule).join(' ')}</p>
              </div>
            )}
          />
        </>
      ) : null}
    </section>
  );
}
