import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, List, Loading, Notice, Page } from '../../design';
import type { MyModerationQuery } from '../../graphql/generated/graphql';
import { AppealModerationDecisionDocument, MyModerationDocument } from './documents';
import { useFormatDate } from './labels';
import { ReasonButton } from './ReasonButton';
import { TrustSection } from './TrustSection';

type Decision = MyModerationQuery['myModerationDecisions'][number];

function AppealForm({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [appeal, { loading, error }] = useMutation(AppealModerationDecisionDocument, { refetchQueries: [MyModerationDocument], awaitRefetchQueries: true });
  return (
    <div className="k-stack k-stack--tight">
      {decision.appealDeadline ? <p className="k-muted">{t('moderation.standing.appealUntil', { date: formatDate(decision.appealDeadline) })}</p> : null}
      <ReasonButton
        label={t('moderation.standing.appeal')}
        intro={t('moderation.standing.appealIntro')}
        reasonLabel={t('moderation.standing.statement')}
        reasonHint={t('moderation.standing.statementHint')}
        maxLength={2000}
        confirmLabel={t('moderation.standing.sendAppeal')}
        loading={loading}
        error={error}
        onConfirm={(statement) => appeal({ variables: { decisionId: decision.id, statement } })}
      />
    </div>
  );
}

/** What moderators decided about the person or their words, their standing now, their reports, and a way to appeal. */
export default function StandingPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { data, loading, error, refetch } = useQuery(MyModerationDocument, { fetchPolicy: 'cache-and-network' });
  const standing = data?.myAccountStanding;
  return (
    <Page title={t('moderation.standing.title')} intro={t('moderation.standing.intro')}>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data && standing ? (
        <>
          <Notice>
            <p>
              {standing.banned
                ? t('moderation.standing.banned')
                : standing.suspendedUntil
                  ? t('moderation.standing.suspended', { date: formatDate(standing.suspendedUntil) })
                  : t('moderation.standing.fine')}
            </p>
          </Notice>
          <TrustSection />
          <section className="k-stack" aria-labelledby="standing-decisions">
            <h2 id="standing-decisions">{t('moderation.standing.decisions')}</h2>
            <List
              label={t('moderation.standing.decisions')}
              items={data.myModerationDecisions}
              getKey={(decision) => decision.id}
              empty={<EmptyState title={t('moderation.standing.noDecisionsTitle')}>{t('moderation.standing.noDecisions')}</EmptyState>}
              renderItem={(decision) => (
                <article
                  className="k-stack k-stack--tight"
                  aria-label={t(`moderation.mine.${decision.action}`, { kind: t(`moderation.kind.${decision.subjectKind}`) })}
                >
                  <p>
                    <strong>{t(`moderation.mine.${decision.action}`, { kind: t(`moderation.kind.${decision.subjectKind}`) })}</strong>
                  </p>
                  <p className="k-muted">{formatDate(decision.createdAt)}</p>
                  <p>{t('moderation.standing.why', { reason: decision.reason })}</p>
                  {decision.suspendedUntil ? <p>{t('moderation.case.until', { date: formatDate(decision.suspendedUntil) })}</p> : null}
                  {decision.reversed ? <p>{t('moderation.standing.reversed')}</p> : null}
                  {decision.appealStatus ? <p>{t(`moderation.standing.appealStatus.${decision.appealStatus}`)}</p> : null}
                  {decision.appealable ? <AppealForm decision={decision} /> : null}
                </article>
              )}
            />
          </section>
          <section className="k-stack" aria-labelledby="standing-reports">
            <h2 id="standing-reports">{t('moderation.standing.reports')}</h2>
            <List
              label={t('moderation.standing.reports')}
              items={data.myModerationReports}
              getKey={(report) => report.id}
              empty={<p className="k-muted">{t('moderation.standing.noReports')}</p>}
              renderItem={(report) => (
                <div className="k-stack k-stack--tight">
                  <p>
                    <strong>{t(`moderation.category.${report.reason}`)}</strong> · {formatDate(report.createdAt)}
                  </p>
                  <p>{report.outcome ? t(`moderation.standing.outcome.${report.outcome}`) : t('moderation.standing.outcome.PENDING')}</p>
                </div>
              )}
            />
          </section>
        </>
      ) : null}
    </Page>
  );
}
