import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, List, Loading, Notice } from '../../design';
import type { MentorApplicationDecision, MentorApplicationsQuery } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { ConsolePage, LoadProblem, useAllianceId, useDate } from './ConsolePage';
import { DecisionPanel } from './DecisionPanel';
import { DecideMentorApplicationDocument, MentorApplicationsDocument } from './documents';

type Application = MentorApplicationsQuery['waiting']['edges'][number]['node'];

const DECISIONS: readonly MentorApplicationDecision[] = ['APPROVE', 'REQUEST_CHANGES', 'DECLINE'];

/** What the applicant told coordinators, in their own words first. */
function ApplicationDetails({ application }: { application: Application }) {
  const { t } = useTranslation();
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : t('coordinator.applications.none'));
  return (
    <dl className="k-definitions">
      <div>
        <dt>{t('coordinator.applications.livedExperience')}</dt>
        <dd className="k-text-block">{application.livedExperienceSummary}</dd>
      </div>
      <div>
        <dt>{t('coordinator.applications.years')}</dt>
        <dd>{t('coordinator.applications.yearsValue', { count: application.yearsInRecovery })}</dd>
      </div>
      <div>
        <dt>{t('coordinator.applications.pathways')}</dt>
        <dd>{list(application.pathways.map((pathway) => t(`coordinator.pathway.${pathway}`)))}</dd>
      </div>
      <div>
        <dt>{t('coordinator.applications.focus')}</dt>
        <dd>{list(application.focusDomains.map((domain) => t(`recoveryCapital.domains.${domain}.name`)))}</dd>
      </div>
      <div>
        <dt>{t('coordinator.applications.languages')}</dt>
        <dd>{list(application.languages.map((language) => language.toUpperCase()))}</dd>
      </div>
      <div>
        <dt>{t('coordinator.applications.availability')}</dt>
        <dd>
          {list(
            application.availability.map((slot) =>
              t('coordinator.applications.slot', { day: t(`coordinator.day.${slot.day}`), start: slot.start, end: slot.end }),
            ),
          )}
        </dd>
      </div>
      <div>
        <dt>{t('coordinator.applications.places')}</dt>
        <dd>{application.maxMentees}</dd>
      </div>
      <div>
        <dt>{t('coordinator.applications.training')}</dt>
        <dd>{list(application.trainingCompleted)}</dd>
      </div>
    </dl>
  );
}

/**
 * Applications to mentor as a queue: approve, ask for changes (the applicant edits and it comes
 * back here) or decline, always with kind words for the applicant when it is not a yes.
 */
export default function MentorApplicationsPage() {
  const { t } = useTranslation();
  const allianceId = useAllianceId();
  const { viewer } = useViewer();
  const date = useDate();
  const { data, loading, error, refetch } = useQuery(MentorApplicationsDocument, { variables: { allianceId }, fetchPolicy: 'cache-and-network' });
  const [decideApplication] = useMutation(DecideMentorApplicationDocument);
  const [done, setDone] = useState<string | null>(null);
  const [elsewhere, setElsewhere] = useState<string | null>(null);

  const waiting = data?.waiting.edges.map((edge) => edge.node) ?? [];
  const withApplicant = data?.withApplicant.edges.map((edge) => edge.node) ?? [];

  const decide = async (application: Application, decision: MentorApplicationDecision, message: string | null) => {
    setDone(null);
    setElsewhere(null);
    await decideApplication({ variables: { applicationId: application.id, decision, message } });
    setDone(t(`coordinator.applications.done.${decision}`, { name: application.applicantDisplayName }));
    await refetch();
  };

  const reasonFor = (decision: MentorApplicationDecision) =>
    decision === 'APPROVE'
      ? undefined
      : {
          label: t(`coordinator.applications.messageLabel.${decision}`),
          description: t('coordinator.reasonHint'),
          send: t(`coordinator.applications.send.${decision}`),
        };

  return (
    <ConsolePage section="mentorApplications">
      <p>{t('coordinator.applications.intro')}</p>
      {done ? (
        <Notice>
          <p>{done}</p>
        </Notice>
      ) : null}
      {elsewhere ? (
        // Not an error of theirs: a colleague got there first, said calmly.
        <Notice>
          <p>{elsewhere}</p>
        </Notice>
      ) : null}
      {loading && !data ? <Loading /> : null}
      {error && !data ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <section className="k-stack" aria-labelledby="waiting-for-you">
            <h2 id="waiting-for-you">{t('coordinator.applications.waitingTitle')}</h2>
            <List
              items={waiting}
              getKey={(application) => application.id}
              empty={
                <EmptyState headingLevel={3} title={t('coordinator.applications.emptyTitle')}>
                  {t('coordinator.applications.empty')}
                </EmptyState>
              }
              renderItem={(application) => (
                <article className="k-stack k-stack--tight" aria-labelledby={`application-${application.id}`}>
                  <h3 id={`application-${application.id}`} className="k-list__title">
                    {application.applicantDisplayName}
                  </h3>
                  <p className="k-muted">{t('coordinator.applications.sent', { date: date(application.createdAt) })}</p>
                  <ApplicationDetails application={application} />
                  {application.applicantId === viewer?.id ? (
                    <p>{t('coordinator.ownCase.mentorApplication')}</p>
                  ) : (
                    <DecisionPanel
                      choices={DECISIONS.map((decision) => ({
                        id: decision,
                        label: t(`coordinator.applications.choice.${decision}`, { name: application.applicantDisplayName }),
                        variant: decision === 'APPROVE' ? 'primary' : 'secondary',
                        reason: reasonFor(decision),
                      }))}
                      onDecide={(decision, message) => decide(application, decision as MentorApplicationDecision, message)}
                      onDecidedElsewhere={(explanation) => {
                        setDone(null);
                        setElsewhere(explanation);
                        void refetch();
                      }}
                    />
                  )}
                </article>
              )}
            />
          </section>
          <section className="k-stack" aria-labelledby="with-applicant">
            <h2 id="with-applicant">{t('coordinator.applications.withApplicantTitle')}</h2>
            <List
              items={withApplicant}
              getKey={(application) => application.id}
              empty={<p className="k-muted">{t('coordinator.applications.withApplicantEmpty')}</p>}
              renderItem={(application) => (
                <div className="k-stack k-stack--tight">
                  <h3 className="k-list__title">{application.applicantDisplayName}</h3>
                  <p className="k-muted">{t('coordinator.applications.askedOn', { date: date(application.decidedAt ?? application.createdAt) })}</p>
                  {application.coordinatorMessage ? (
                    <p>
                      <span className="k-muted">{t('coordinator.applications.yourMessage')} </span>
                      {application.coordinatorMessage}
                    </p>
                  ) : null}
                </div>
              )}
            />
          </section>
        </>
      ) : null}
    </ConsolePage>
  );
}
