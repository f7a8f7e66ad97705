import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, EmptyState, ErrorMessage, List, Loading, Notice, Page, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import type { MentorsQuery } from '../../graphql/generated/graphql';

export const MentorsDocument = graphql(`
  query Mentors {
    mentorSuggestions(first: 10) {
      mentorId
      allianceId
      displayName
      reasons
    }
    myMentorships {
      id
      role
      state
      mentorId
      mentorDisplayName
      requestedAt
      expiresAt
      startedAt
    }
  }
`);

export const RequestMentorshipDocument = graphql(`
  mutation RequestMentorship($mentorId: ID!, $intro: String) {
    requestMentorship(mentorId: $mentorId, intro: $intro) {
      id
      role
      state
      mentorId
      mentorDisplayName
      requestedAt
      expiresAt
      startedAt
    }
  }
`);

/** The API lets a member have this many requests waiting at once. */
export const MAX_WAITING_REQUESTS = 3;

type Mentorship = MentorsQuery['myMentorships'][number];
type Suggestion = MentorsQuery['mentorSuggestions'][number];

function AskMentor({ suggestion, disabled }: { suggestion: Suggestion; disabled: boolean }) {
  const { t } = useTranslation();
  const [intro, setIntro] = useState('');
  const [ask, { loading, error }] = useMutation(RequestMentorshipDocument, { refetchQueries: [MentorsDocument], awaitRefetchQueries: true });
  return (
    <Dialog
      title={t('mentors.askTitle', { name: suggestion.displayName })}
      trigger={
        <Button isDisabled={disabled} aria-label={t('mentors.askLabel', { name: suggestion.displayName })}>
          {t('mentors.ask')}
        </Button>
      }
    >
      {(close) => (
        <form
          className="k-stack"
          onSubmit={(event) => {
            event.preventDefault();
            void ask({ variables: { mentorId: suggestion.mentorId, intro: intro.trim() || null } })
              .then((result) => {
                if (result.data) close();
              })
              .catch(() => undefined);
          }}
        >
          <TextField label={t('mentors.introField')} description={t('mentors.introHint')} multiline maxLength={1000} value={intro} onChange={setIntro} />
          <ErrorMessage error={error} />
          <div className="k-row">
            <Button type="submit" isPending={loading}>
              {t('mentors.send')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function RequestState({ mentorship }: { mentorship: Mentorship }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  if (mentorship.state === 'REQUESTED') return <p>{t('mentors.state.REQUESTED', { date: date(mentorship.expiresAt) })}</p>;
  return <p>{t(`mentors.state.${mentorship.state}`)}</p>;
}

export default function MentorsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MentorsDocument, { fetchPolicy: 'cache-and-network' });

  if (!data) {
    return (
      <Page title={t('mentors.title')} intro={t('mentors.intro')}>
        {loading ? <Loading /> : <ErrorMessage error={error} />}
      </Page>
    );
  }

  const asMember = data.myMentorships.filter((mentorship) => mentorship.role === 'MEMBER');
  const current = asMember.find((mentorship) => mentorship.state === 'ACTIVE' || mentorship.state === 'PAUSED');
  const requests = asMember.filter((mentorship) => mentorship !== current && mentorship.state !== 'ENDED');
  const waiting = requests.filter((mentorship) => mentorship.state === 'REQUESTED');
  const asked = new Set(waiting.map((mentorship) => mentorship.mentorId));
  const full = waiting.length >= MAX_WAITING_REQUESTS;

  return (
    <Page title={t('mentors.title')} intro={t('mentors.intro')}>
      <ErrorMessage error={error} />
      {current ? (
        <section className="k-card k-stack" aria-labelledby="my-mentor">
          <h2 id="my-mentor">{t('mentors.mine', { name: current.mentorDisplayName })}</h2>
          <p>{t(current.state === 'PAUSED' ? 'mentors.paused' : 'mentors.active')}</p>
        </section>
      ) : null}

      <section className="k-stack" aria-labelledby="my-requests">
        <h2 id="my-requests">{t('mentors.requestsTitle')}</h2>
        <p>{t('mentors.waiting', { count: waiting.length, max: MAX_WAITING_REQUESTS })}</p>
        <List
          items={requests}
          getKey={(mentorship) => mentorship.id}
          label={t('mentors.requestsTitle')}
          empty={<p className="k-muted">{t('mentors.noRequests')}</p>}
          renderItem={(mentorship) => (
            <div className="k-card k-stack k-stack--tight">
              <h3>{mentorship.mentorDisplayName}</h3>
              <RequestState mentorship={mentorship} />
            </div>
          )}
        />
      </section>

      {current ? null : (
        <section className="k-stack" aria-labelledby="suggestions">
          <h2 id="suggestions">{t('mentors.suggestionsTitle')}</h2>
          {full ? <Notice>{t('mentors.limitReached', { max: MAX_WAITING_REQUESTS })}</Notice> : null}
          <List
            items={data.mentorSuggestions}
            getKey={(suggestion) => suggestion.mentorId}
            label={t('mentors.suggestionsTitle')}
            empty={
              <EmptyState title={t('mentors.emptyTitle')} headingLevel={3}>
                {t('mentors.emptyBody')}
              </EmptyState>
            }
            renderItem={(suggestion) => (
              <article className="k-card k-stack k-stack--tight" aria-labelledby={`mentor-${suggestion.mentorId}`}>
                <h3 id={`mentor-${suggestion.mentorId}`}>{suggestion.displayName}</h3>
                {suggestion.reasons.length > 0 ? (
                  <>
                    <p className="k-muted">{t('mentors.why')}</p>
                    <ul>
                      {suggestion.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <div className="k-row">
                  {asked.has(suggestion.mentorId) ? (
                    <p>{t('mentors.alreadyAsked')}</p>
                  ) : (
                    <AskMentor suggestion={suggestion} disabled={full} />
                  )}
                </div>
              </article>
            )}
          />
        </section>
      )}
    </Page>
  );
}
