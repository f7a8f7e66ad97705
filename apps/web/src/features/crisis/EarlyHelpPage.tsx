import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, EmptyState, ErrorMessage, List, Loading, Page, Switch } from '../../design';
import { MyEarlyHelpDocument, SetCrisisAlertConsentDocument } from './documents';

/** The person's own side of early help: what Kindred offers now, and whether their mentor may be told. */
export default function EarlyHelpPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyEarlyHelpDocument);
  const [setConsent, setting] = useMutation(SetCrisisAlertConsentDocument, {
    update: (cache, { data: answer }) => {
      const current = cache.readQuery({ query: MyEarlyHelpDocument });
      if (current && answer) cache.writeQuery({ query: MyEarlyHelpDocument, data: { ...current, myCrisisAlertConsent: answer.setCrisisAlertConsent } });
    },
  });
  const day = new Intl.DateTimeFormat(i18n.language === 'fr' ? 'fr' : 'en', { dateStyle: 'long' });

  return (
    <Page title={t('earlyHelp.title')} intro={t('earlyHelp.intro')}>
      {loading && !data ? <Loading /> : null}
      {!data && error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <section className="k-stack" aria-labelledby="early-help-offers">
            <h2 id="early-help-offers">{t('earlyHelp.offersTitle')}</h2>
            <List
              items={data.myEarlyHelp}
              getKey={(offer) => offer.id}
              label={t('earlyHelp.offersTitle')}
              empty={
                <EmptyState title={t('earlyHelp.emptyTitle')} headingLevel={3}>
                  <p>{t('earlyHelp.emptyBody')}</p>
                </EmptyState>
              }
              renderItem={(offer) => (
                <div className="k-stack k-stack--tight">
                  <h3>{t(`earlyHelp.reason.${offer.reason}`)}</h3>
                  <p className="k-muted">{t('earlyHelp.when', { date: day.format(new Date(offer.openedAt)) })}</p>
                  <p>{offer.message}</p>
                  {offer.nextSteps.length > 0 ? (
                    <>
                      <p>{t('earlyHelp.nextSteps')}</p>
                      <ul>
                        {offer.nextSteps.map((step) => (
                          <li key={step}>{step}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  <p className="k-muted">{offer.mentorTold ? t('earlyHelp.mentorTold') : t('earlyHelp.mentorNotTold')}</p>
                </div>
              )}
            />
            <div className="k-row">
              <ButtonLink href="/help" variant="secondary">
                {t('earlyHelp.helpNow')}
              </ButtonLink>
            </div>
          </section>

          <section className="k-stack k-card" aria-labelledby="early-help-consent">
            <h2 id="early-help-consent">{t('earlyHelp.consentTitle')}</h2>
            <p>{t('earlyHelp.consentWhat')}</p>
            <p>{t('earlyHelp.consentNever')}</p>
            <p>{t('earlyHelp.consentWho')}</p>
            <Switch
              isSelected={data.myCrisisAlertConsent}
              isDisabled={setting.loading}
              onChange={(consent) => void setConsent({ variables: { consent } }).catch(() => undefined)}
            >
              {t('earlyHelp.consentSwitch')}
            </Switch>
            <p className="k-muted">{data.myCrisisAlertConsent ? t('earlyHelp.consentOn') : t('earlyHelp.consentOff')}</p>
            <ErrorMessage error={setting.error} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
