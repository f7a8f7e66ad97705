import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, Form, List, Loading, Notice, Select } from '../../design';
import type { MentorsOverviewQuery, VettingAction } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { ConsolePage, LoadProblem, useAllianceId, useDate } from './ConsolePage';
import { DecisionPanel } from './DecisionPanel';
import {
  ChangeMentorVettingDocument,
  MentorsOverviewDocument,
  ResolveMentorshipHelpDocument,
  SetMentorPlacesDocument,
  SetMentorPlacesLimitDocument,
} from './documents';

type Mentor = MentorsOverviewQuery['mentorApplications']['edges'][number]['node'];

/** The API allows 1 to 20 places. */
const PLACES = Array.from({ length: 20 }, (_, index) => String(index + 1));

/** One number of places, chosen from a list (no typing on a phone) and saved on its own. */
function PlacesForm({
  label,
  description,
  current,
  onSave,
}: {
  label: string;
  description: string;
  current: number;
  onSave: (places: number) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(current));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  return (
    <Form
      aria-label={label}
      onSubmit={() => {
        setBusy(true);
        setSaved(false);
        setProblem(null);
        onSave(Number(value))
          .then(() => setSaved(true))
          .catch((error: unknown) => setProblem(error))
          .finally(() => setBusy(false));
      }}
    >
      <Select label={label} description={description} options={PLACES.map((id) => ({ id, label: id }))} value={value} onChange={setValue} />
      <div className="k-row">
        <Button type="submit" variant="secondary" size="small" isPending={busy}>
          {t('common.save')}
        </Button>
        {saved ? <p role="status">{t('coordinator.mentors.placesSaved')}</p> : null}
      </div>
      <ErrorMessage error={problem} />
    </Form>
  );
}

/** Vetted mentors: pause, resume or withdraw their vetting, their places, and what members reported. */
export default function MentorsPage() {
  const { t } = useTranslation();
  const allianceId = useAllianceId();
  const { viewer } = useViewer();
  const date = useDate();
  const { data, loading, error, refetch } = useQuery(MentorsOverviewDocument, { variables: { allianceId }, fetchPolicy: 'cache-and-network' });
  const [changeVetting] = useMutation(ChangeMentorVettingDocument);
  const [setLimit] = useMutation(SetMentorPlacesLimitDocument);
  const [setPlaces] = useMutation(SetMentorPlacesDocument);
  const [resolveHelp, resolving] = useMutation(ResolveMentorshipHelpDocument);
  const [done, setDone] = useState<string | null>(null);
  const [elsewhere, setElsewhere] = useState<string | null>(null);

  const mentors = (data?.mentorApplications.edges.map((edge) => edge.node) ?? []).filter((mentor) => mentor.status === 'VETTED' || mentor.status === 'PAUSED');

  const change = async (mentor: Mentor, action: VettingAction, reason: string | null) => {
    setDone(null);
    setElsewhere(null);
    await changeVetting({ variables: { applicationId: mentor.id, action, reason } });
    setDone(t(`coordinator.mentors.done.${action}`, { name: mentor.applicantDisplayName }));
    await refetch();
  };

  const actionsFor = (mentor: Mentor): VettingAction[] => (mentor.status === 'VETTED' ? ['PAUSE', 'WITHDRAW'] : ['RESUME', 'WITHDRAW']);

  return (
    <ConsolePage section="mentors">
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
          <section className="k-card k-stack" aria-labelledby="places-limit">
            <h2 id="places-limit">{t('coordinator.mentors.limitTitle')}</h2>
            <PlacesForm
              label={t('coordinator.mentors.limitLabel')}
              description={t('coordinator.mentors.limitHint')}
              current={data.alliance.mentorPlacesLimit}
              onSave={(limit) => setLimit({ variables: { allianceId, limit } })}
            />
          </section>

          <section className="k-stack" aria-labelledby="mentors-list">
            <h2 id="mentors-list">{t('coordinator.mentors.listTitle')}</h2>
            <List
              items={mentors}
              getKey={(mentor) => mentor.id}
              empty={
                <EmptyState headingLevel={3} title={t('coordinator.mentors.emptyTitle')}>
                  {t('coordinator.mentors.empty')}
                </EmptyState>
              }
              renderItem={(mentor) => (
                <article className="k-stack k-stack--tight" aria-labelledby={`mentor-${mentor.id}`}>
                  <div className="k-row k-row--between">
                    <h3 id={`mentor-${mentor.id}`} className="k-list__title">
                      {mentor.applicantDisplayName}
                    </h3>
                    <span className="k-badge">{t(mentor.status === 'PAUSED' ? 'coordinator.mentors.status.PAUSED' : 'coordinator.mentors.status.VETTED')}</span>
                  </div>
                  {mentor.status === 'PAUSED' && mentor.coordinatorMessage ? (
                    <p className="k-muted">{t('coordinator.mentors.pausedBecause', { reason: mentor.coordinatorMessage })}</p>
                  ) : null}
                  {mentor.applicantId === viewer?.id ? (
                    <p>{t('coordinator.ownCase.vetting')}</p>
                  ) : (
                    <>
                      <PlacesForm
                        label={t('coordinator.mentors.placesLabel', { name: mentor.applicantDisplayName })}
                        description={t('coordinator.mentors.placesHint')}
                        current={mentor.maxMentees}
                        onSave={(places) => setPlaces({ variables: { allianceId, mentorId: mentor.applicantId, places } })}
                      />
                      <DecisionPanel
                        choices={actionsFor(mentor).map((action) => ({
                          id: action,
                          label: t(`coordinator.mentors.choice.${action}`, { name: mentor.applicantDisplayName }),
                          reason:
                            action === 'RESUME'
                              ? undefined
                              : {
                                  label: t(`coordinator.mentors.reasonLabel.${action}`),
                                  description: t('coordinator.reasonHint'),
                                  send: t(`coordinator.mentors.send.${action}`),
                                },
                        }))}
                        onDecide={(action, reason) => change(mentor, action as VettingAction, reason)}
                        onDecidedElsewhere={(explanation) => {
                          setDone(null);
                          setElsewhere(explanation);
                          void refetch();
                        }}
                      />
                    </>
                  )}
                </article>
              )}
            />
          </section>

          <section className="k-stack" aria-labelledby="help-requests">
            <h2 id="help-requests">{t('coordinator.mentors.helpTitle')}</h2>
            <ErrorMessage error={resolving.error} />
            <List
              items={data.mentorshipHelpRequests}
              getKey={(request) => request.mentorshipId}
              empty={<p className="k-muted">{t('coordinator.mentors.helpEmpty')}</p>}
              renderItem={(request) => (
                <div className="k-stack k-stack--tight">
                  <p>
                    {t(request.askedBy === 'MENTOR' ? 'coordinator.mentors.helpByMentor' : 'coordinator.mentors.helpByMember', {
                      member: request.memberDisplayName,
                      mentor: request.mentorDisplayName,
                      date: date(request.askedAt),
                    })}
                  </p>
                  <div className="k-row">
                    <Button
                      variant="secondary"
                      size="small"
                      isDisabled={resolving.loading}
                      onPress={() =>
                        void resolveHelp({ variables: { mentorshipId: request.mentorshipId } })
                          .then(() => refetch())
                          .catch(() => undefined)
                      }
                    >
                      {t('coordinator.mentors.helpResolve')}
                    </Button>
                  </div>
                </div>
              )}
            />
          </section>

          <section className="k-stack" aria-labelledby="mentor-reports">
            <h2 id="mentor-reports">{t('coordinator.mentors.reportsTitle')}</h2>
            <List
              items={data.mentorReports}
              getKey={(report) => report.id}
              empty={<p className="k-muted">{t('coordinator.mentors.reportsEmpty')}</p>}
              renderItem={(report) => (
                <div className="k-stack k-stack--tight">
                  <p>
                    <strong>{report.mentorDisplayName}</strong> · {t(`coordinator.mentors.reportReason.${report.reason}`)}
                  </p>
                  {report.note ? <p className="k-text-block">{report.note}</p> : null}
                  <p className="k-muted">{date(report.createdAt)}</p>
                </div>
              )}
            />
          </section>
        </>
      ) : null}
    </ConsolePage>
  );
}
