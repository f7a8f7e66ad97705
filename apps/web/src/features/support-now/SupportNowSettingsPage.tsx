import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, List, Loading, Page, Switch } from '../../design';
import {
  AnswerSupportResponderAskDocument,
  ChooseSupportResponderDocument,
  RemoveSupportResponderDocument,
  SetSupportNowReachOnCallDocument,
  SupportNowSetupDocument,
} from './documents';

/** Who is reached when I need support now, and whom I agreed to be there for. */
// The setup has no id to be updated by in the cache: each change reads it again.
const READ_SETUP_AGAIN = { refetchQueries: [SupportNowSetupDocument], awaitRefetchQueries: true };

export default function SupportNowSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SupportNowSetupDocument);
  const [choose, choosing] = useMutation(ChooseSupportResponderDocument, READ_SETUP_AGAIN);
  const [remove, removing] = useMutation(RemoveSupportResponderDocument, READ_SETUP_AGAIN);
  const [setReach, reaching] = useMutation(SetSupportNowReachOnCallDocument, READ_SETUP_AGAIN);
  const [answerAsk, answering] = useMutation(AnswerSupportResponderAskDocument, READ_SETUP_AGAIN);
  const setup = data?.mySupportNowSetup;
  const relationship = (value: string | null | undefined) =>
    t(`supportNow.relationship.${value === 'MENTOR' ? 'MENTOR' : value === 'SUPPORTER' ? 'SUPPORTER' : 'ENDED'}`);
  return (
    <Page title={t('supportNow.settingsTitle')} intro={t('supportNow.settingsIntro')}>
      {loading && !setup ? <Loading /> : null}
      <ErrorMessage error={error} onRetry={() => void refetch()} />
      <ErrorMessage error={choosing.error ?? removing.error ?? reaching.error ?? answering.error} />
      {setup ? (
        <>
          <section className="k-stack" aria-labelledby="support-now-chosen">
            <h2 id="support-now-chosen">{t('supportNow.chosenTitle')}</h2>
            {setup.responders.length === 0 ? <EmptyState title={t('supportNow.noneChosen')} headingLevel={3} /> : null}
            <List
              items={setup.responders}
              getKey={(responder) => responder.userId}
              label={t('supportNow.chosenTitle')}
              renderItem={(responder) => (
                <div className="k-stack k-stack--tight">
                  <h3>{responder.displayName}</h3>
                  <p className="k-muted">
                    {relationship(responder.relationship)} · {responder.consented ? t('supportNow.agreed') : t('supportNow.notAgreedYet')}
                  </p>
                  <Button variant="secondary" size="small" onPress={() => void remove({ variables: { userId: responder.userId } })}>
                    {t('supportNow.remove', { name: responder.displayName })}
                  </Button>
                </div>
              )}
            />
            {setup.candidates.length > 0 ? (
              <>
                <h3>{t('supportNow.canChoose')}</h3>
                <List
                  items={setup.candidates}
                  getKey={(candidate) => candidate.userId}
                  label={t('supportNow.canChoose')}
                  renderItem={(candidate) => (
                    <div className="k-stack k-stack--tight">
                      <p>
                        <strong>{candidate.displayName}</strong> · {relationship(candidate.relationship)}
                      </p>
                      <Button variant="secondary" size="small" onPress={() => void choose({ variables: { userId: candidate.userId } })}>
                        {t('supportNow.choose', { name: candidate.displayName })}
                      </Button>
                    </div>
                  )}
                />
              </>
            ) : null}
            <Switch isSelected={setup.reachOnCall} onChange={(reachOnCall) => void setReach({ variables: { reachOnCall } })}>
              {t('supportNow.reachOnCall')}
            </Switch>
          </section>
          <section className="k-stack" aria-labelledby="support-now-asked">
            <h2 id="support-now-asked">{t('supportNow.askedTitle')}</h2>
            {setup.askedOfMe.length === 0 ? <p className="k-muted">{t('supportNow.noneAsked')}</p> : null}
            <List
              items={setup.askedOfMe}
              getKey={(ask) => ask.memberId}
              label={t('supportNow.askedTitle')}
              renderItem={(ask) => (
                <div className="k-stack k-stack--tight">
                  <h3>{ask.memberDisplayName}</h3>
                  <Switch
                    isSelected={ask.consented}
                    onChange={(consent) =>
                      void answerAsk({ variables: { memberId: ask.memberId, consent, throughQuietHours: consent && ask.throughQuietHours } })
                    }
                  >
                    {t('supportNow.agreeFor', { name: ask.memberDisplayName })}
                  </Switch>
                  {ask.consented ? (
                    <Switch
                      isSelected={ask.throughQuietHours}
                      onChange={(throughQuietHours) => void answerAsk({ variables: { memberId: ask.memberId, consent: true, throughQuietHours } })}
                    >
                      {t('supportNow.throughQuietHours')}
                    </Switch>
                  ) : null}
                </div>
              )}
            />
          </section>
        </>
      ) : null}
    </Page>
  );
}
