import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Loading, Notice, Page } from '../../design';
import { CrisisSupport } from '../crisis/CrisisSupport';
import { AnswerSupportRequestDocument, CloseSupportRequestDocument, SupportRequestChangedDocument, SupportRequestDocument } from './documents';

/** A call for support, live: for the person, the crisis lines, who is coming and "I'm OK now"; for a responder, "I'm here". */
export default function SupportNowPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Live, and read again every few seconds: a live event can be lost under load.
  const { data, loading, error, refetch } = useQuery(SupportRequestDocument, { variables: { id }, pollInterval: 10_000 });
  useSubscription(SupportRequestChangedDocument, { variables: { id } });
  const [answer, answering] = useMutation(AnswerSupportRequestDocument);
  const [close, closing] = useMutation(CloseSupportRequestDocument);
  const call = data?.supportRequest;
  if (loading && !call) return <Loading />;
  if (!call) {
    return (
      <Page title={t('supportNow.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  const first = call.answers[0];
  const open = call.status === 'OPEN';
  if (call.mine) {
    return (
      <Page title={t('supportNow.title')} intro={open ? t('supportNow.mineIntro', { count: call.alertedCount }) : t('supportNow.closedMine')}>
        <section className="k-card" aria-live="polite">
          {call.answers.length > 0 ? (
            <p>
              <strong>{t('supportNow.coming', { names: call.answers.map((answer) => answer.displayName).join(', ') })}</strong>
            </p>
          ) : (
            <p>{call.alertedCount > 0 ? t('supportNow.waiting') : t('supportNow.nobodyChosen')}</p>
          )}
          {call.showCrisisLinesAgain ? <Notice>{t('supportNow.noAnswerYet')}</Notice> : null}
        </section>
        {open ? (
          <Button variant="secondary" isPending={closing.loading} onPress={() => void close({ variables: { id: call.id } })}>
            {t('supportNow.okNow')}
          </Button>
        ) : null}
        <ErrorMessage error={closing.error} />
        <CrisisSupport />
      </Page>
    );
  }
  return (
    <Page title={t('supportNow.responderTitle', { name: call.memberDisplayName })}>
      <section className="k-card" aria-live="polite">
        {open ? (
          <p>{t('supportNow.responderIntro', { name: call.memberDisplayName })}</p>
        ) : (
          <p>{t('supportNow.closedResponder', { name: call.memberDisplayName })}</p>
        )}
        {first ? (
          <p>
            <strong>
              {call.answeredByMe
                ? t('supportNow.answersSoFar', { names: call.answers.map((answer) => answer.displayName).join(', ') })
                : t('supportNow.firstAnswer', { name: first.displayName })}
            </strong>
          </p>
        ) : open ? (
          <p>{t('supportNow.nobodyYet')}</p>
        ) : null}
      </section>
      {open && !call.answeredByMe ? (
        <Button variant="primary" isPending={answering.loading} onPress={() => void answer({ variables: { id: call.id } })}>
          {t('supportNow.imHere')}
        </Button>
      ) : null}
      <ErrorMessage error={answering.error} />
    </Page>
  );
}
