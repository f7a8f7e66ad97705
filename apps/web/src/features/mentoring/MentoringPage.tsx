import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, TextField } from '../../design';
import type { MentorApplicationFieldsFragment, MentorshipFieldsFragment } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { MentorshipActions } from '../mentors/MentorshipActions';
import {
  AcceptMentorshipDocument,
  ApplyToMentorDocument,
  DeclineMentorshipDocument,
  MentoringDocument,
  SetMentorAvailabilityDocument,
  SetMyMentorPlacesDocument,
  UpdateMentorApplicationDocument,
} from './documents';
import { MentorApplicationForm } from './MentorApplicationForm';

/** An application in one of these states holds its alliance: applying there again would be refused. */
const OPEN = new Set(['SUBMITTED', 'CHANGES_REQUESTED', 'VETTED', 'PAUSED']);
const refetch = { refetchQueries: [MentoringDocument], awaitRefetchQueries: true };

function useDate() {
  const { i18n } = useTranslation();
  return (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
}

/**
 * A mentor chooses how many people they can walk beside at once, up to the alliance's limit
 * (the API says the limit when asked for more, and that a coordinator can give more).
 */
function PlacesForm({ application }: { application: MentorApplicationFieldsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [places, setPlaces] = useState(String(application.maxMentees));
  const [save, { loading, error, reset }] = useMutation(SetMyMentorPlacesDocument, refetch);
  if (!viewer) return null;
  if (!open)
    return (
      <div className="k-row">
        <Button variant="secondary" size="small" onPress={() => setOpen(true)}>
          {t('mentoring.placesChange')}
        </Button>
      </div>
    );
  return (
    <Form
      aria-label={t('mentoring.placesChange')}
      onSubmit={() =>
        void save({ variables: { allianceId: application.allianceId, mentorId: viewer.id, places: Number(places) } })
          .then(() => setOpen(false))
          .catch(() => undefined)
      }
    >
      <TextField
        label={t('mentoring.placesLabel')}
        description={t('mentoring.placesHint')}
        type="number"
        inputMode="numeric"
        isRequired
        value={places}
        onChange={(value) => {
          reset();
          setPlaces(value);
        }}
      />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isPending={loading}>
          {t('common.save')}
        </Button>
        <Button
          variant="quiet"
          onPress={() => {
            reset();
            setOpen(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** `taken` counts mentees in every alliance, as the API does when it checks this alliance's places. */
function Application({ application, allianceName, taken }: { application: MentorApplicationFieldsFragment; allianceName: string; taken: number }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateMentorApplicationDocument, refetch);
  return (
    <article className="k-stack k-stack--tight" aria-labelledby={`application-${application.id}`}>
      <h3 id={`application-${application.id}`}>{allianceName}</h3>
      <p>{t(`mentoring.status.${application.status}`)}</p>
      {application.status === 'VETTED' || application.status === 'PAUSED' ? (
        <>
          <p>{t('mentoring.places', { taken, places: application.maxMentees })}</p>
          <PlacesForm application={application} />
        </>
      ) : null}
      {application.coordinatorMessage ? (
        <blockquote className="k-stack k-stack--tight">
          <p className="k-muted">{t('mentoring.coordinatorSaid')}</p>
          <p>{application.coordinatorMessage}</p>
        </blockquote>
      ) : null}
      {application.status === 'CHANGES_REQUESTED' && !editing ? (
        <div className="k-row">
          <Button onPress={() => setEditing(true)}>{t('mentoring.change')}</Button>
        </div>
      ) : null}
      {editing ? (
        <>
          <MentorApplicationForm
            application={application}
            submitLabel={t('mentoring.sendAgain')}
            pending={loading}
            onSubmit={(input) =>
              void update({ variables: { applicationId: application.id, input } })
                .then(() => setEditing(false))
                .catch(() => undefined)
            }
            onCancel={() => setEditing(false)}
          />
          <ErrorMessage error={error} />
        </>
      ) : null}
    </article>
  );
}

function Apply({ alliances }: { alliances: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [apply, { loading, error }] = useMutation(ApplyToMentorDocument, refetch);
  if (alliances.length === 0) return null;
  if (!open) {
    return (
      <div className="k-row">
        <Button onPress={() => setOpen(true)}>{t('mentoring.apply')}</Button>
      </div>
    );
  }
  return (
    <section className="k-card k-stack" aria-labelledby="apply">
      <h2 id="apply">{t('mentoring.applyTitle')}</h2>
      <p>{t('mentoring.applyIntro')}</p>
      <MentorApplicationForm
        alliances={alliances}
        submitLabel={t('mentoring.send')}
        pending={loading}
        onSubmit={(input, allianceId) => {
          if (allianceId)
            void apply({ variables: { allianceId, input } })
              .then(() => setOpen(false))
              .catch(() => undefined);
        }}
        onCancel={() => setOpen(false)}
      />
      <ErrorMessage error={error} />
    </section>
  );
}

function WaitingRequest({ request }: { request: MentorshipFieldsFragment }) {
  const { t } = useTranslation();
  const date = useDate();
  const [accept, accepting] = useMutation(AcceptMentorshipDocument, refetch);
  const [decline, declining] = useMutation(DeclineMentorshipDocument, refetch);
  const variables = { mentorshipId: request.id };
  return (
    <article className="k-stack k-stack--tight" aria-labelledby={`request-${request.id}`}>
      <h3 id={`request-${request.id}`}>{request.memberDisplayName}</h3>
      {request.intro ? (
        <blockquote>
          <p>{request.intro}</p>
        </blockquote>
      ) : (
        <p className="k-muted">{t('mentoring.noIntro')}</p>
      )}
      <p className="k-muted">{t('mentoring.answerBy', { date: date(request.expiresAt) })}</p>
      <ErrorMessage error={accepting.error ?? declining.error} />
      <div className="k-row">
        <Button isDisabled={accepting.loading} onPress={() => void accept({ variables }).catch(() => undefined)}>
          {t('mentoring.accept', { name: request.memberDisplayName })}
        </Button>
        <Dialog title={t('mentoring.declineTitle')} trigger={<Button variant="secondary">{t('mentoring.decline')}</Button>}>
          {(close) => (
            <>
              <p>{t('mentoring.declineExplain', { name: request.memberDisplayName })}</p>
              <div className="k-row">
                <Button isDisabled={declining.loading} onPress={() => void decline({ variables }).then(close).catch(close)}>
                  {t('mentoring.declineConfirm')}
                </Button>
                <Button variant="quiet" onPress={close}>
                  {t('common.cancel')}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </div>
    </article>
  );
}

function Availability({ until }: { until: string | null }) {
  const { t } = useTranslation();
  const date = useDate();
  const [day, setDay] = useState('');
  const [save, { loading, error }] = useMutation(SetMentorAvailabilityDocument, refetch);
  return (
    <section className="k-stack" aria-labelledby="availability">
      <h2 id="availability">{t('mentoring.availabilityTitle')}</h2>
      {until ? (
        <>
          <p>{t('mentoring.onBreak', { date: date(until) })}</p>
          <div className="k-row">
            <Button isDisabled={loading} onPress={() => void save({ variables: { until: null } }).catch(() => undefined)}>
              {t('mentoring.back')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>{t('mentoring.available')}</p>
          <TextField label={t('mentoring.breakUntil')} description={t('mentoring.breakHint')} type="date" value={day} onChange={setDay} />
          <div className="k-row">
            <Button
              variant="secondary"
              isDisabled={loading || !day}
              onPress={() => void save({ variables: { until: new Date(`${day}T23:59:00`).toISOString() } }).catch(() => undefined)}
            >
              {t('mentoring.takeBreak')}
            </Button>
          </div>
        </>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}

export default function MentoringPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MentoringDocument, { fetchPolicy: 'cache-and-network' });

  if (!data) {
    return (
      <Page title={t('mentoring.title')} intro={t('mentoring.intro')}>
        {loading ? <Loading /> : <ErrorMessage error={error} />}
      </Page>
    );
  }

  const names = new Map(data.myAllianceMemberships.map((membership) => [membership.allianceId, membership.allianceName]));
  const held = new Set(data.myMentorApplications.filter((application) => OPEN.has(application.status)).map((application) => application.allianceId));
  const canApplyIn = data.myAllianceMemberships
    .filter((membership) => membership.capacity === 'MEMBER' && membership.status === 'ACTIVE' && !held.has(membership.allianceId))
    .map((membership) => ({ id: membership.allianceId, name: membership.allianceName }));
  const mentoring = data.myMentorApplications.some((application) => application.status === 'VETTED' || application.status === 'PAUSED');
  const asMentor = data.myMentorships.filter((mentorship) => mentorship.role === 'MENTOR');
  const waiting = asMentor.filter((mentorship) => mentorship.state === 'REQUESTED');
  const mentees = asMentor.filter((mentorship) => mentorship.state === 'ACTIVE' || mentorship.state === 'PAUSED');

  return (
    <Page title={t('mentoring.title')} intro={t('mentoring.intro')}>
      <ErrorMessage error={error} />
      {mentoring || asMentor.length > 0 ? (
        <>
          <section className="k-stack" aria-labelledby="waiting">
            <h2 id="waiting">{t('mentoring.waitingTitle')}</h2>
            <List
              items={waiting}
              getKey={(request) => request.id}
              label={t('mentoring.waitingTitle')}
              empty={<p className="k-muted">{t('mentoring.noWaiting')}</p>}
              renderItem={(request) => <WaitingRequest request={request} />}
            />
          </section>

          <section className="k-stack" aria-labelledby="mentees">
            <h2 id="mentees">{t('mentoring.menteesTitle')}</h2>
            <List
              items={mentees}
              getKey={(mentorship) => mentorship.id}
              label={t('mentoring.menteesTitle')}
              empty={<p className="k-muted">{t('mentoring.noMentees')}</p>}
              renderItem={(mentorship) => (
                <article className="k-stack k-stack--tight" aria-labelledby={`mentee-${mentorship.id}`}>
                  <h3 id={`mentee-${mentorship.id}`}>{mentorship.memberDisplayName}</h3>
                  <p>{t(mentorship.state === 'PAUSED' ? 'mentoring.paused' : 'mentoring.active')}</p>
                  {mentorship.conversationId ? (
                    <div className="k-row">
                      <ButtonLink href={`/messages/${mentorship.conversationId}`}>
                        {t('mentors.openConversation', { name: mentorship.memberDisplayName })}
                      </ButtonLink>
                    </div>
                  ) : null}
                  <MentorshipActions mentorship={mentorship} refetch={MentoringDocument} />
                </article>
              )}
            />
            <Notice>{t('mentoring.earlyHelp')}</Notice>
          </section>

          <Availability until={data.myMentorAvailability ?? null} />
        </>
      ) : null}

      <section className="k-stack" aria-labelledby="applications">
        <h2 id="applications">{t('mentoring.applicationsTitle')}</h2>
        <List
          items={data.myMentorApplications}
          getKey={(application) => application.id}
          label={t('mentoring.applicationsTitle')}
          empty={
            <EmptyState title={t('mentoring.emptyTitle')} headingLevel={3}>
              {t(canApplyIn.length > 0 ? 'mentoring.emptyBody' : 'mentoring.joinFirst')}
            </EmptyState>
          }
          renderItem={(application) => (
            <Application application={application} allianceName={names.get(application.allianceId) ?? t('mentoring.anAlliance')} taken={mentees.length} />
          )}
        />
        <Apply alliances={canApplyIn} />
      </section>
    </Page>
  );
}
