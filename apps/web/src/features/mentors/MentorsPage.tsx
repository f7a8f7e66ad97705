import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, Switch, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import type { MentorsQuery } from '../../graphql/generated/graphql';
import { MentorAlertsConsentDocument, SetEarlyHelpMentorAlertsDocument, WithdrawMentorshipRequestDocument } from './documents';
import { MentorshipActions } from './MentorshipActions';

export const MentorsDocument = graphql(`
  query Mentors {
    mentorSuggestions(first: 10) {
      mentorId
      allianceId
      displayName
      reasons
    }
    myMentorships {
      ...MentorshipFields
    }
  }
`);

export const RequestMentorshipDocument = graphql(`
  mutation RequestMentorship($mentorId: ID!, $intro: String) {
    requestMentorship(mentorId: $mentorId, intro: $intro) {
      ...MentorshipFields
    }
  }
`);

/** The API lets a member have this many requests waiting at once. */
export const MAX_WAITING_REQUESTS = 3;

type Mentorship = MentorsQuery['myMentorships'][number];
type Suggestion = MentorsQuery['mentorSuggestions'][number];

/**
 * Asking opens a short form in the mentor's card rather than a dialog: on a phone it keeps the
 * reasons in view, and nothing is left behind for screen readers once it closes.
 */
function AskMentor({ suggestion, disabled }: { suggestion: Suggestion; disabled: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [intro, setIntro] = useState('');
  const [ask, { loading, error }] = useMutation(RequestMentorshipDocument, { refetchQueries: [MentorsDocument], awaitRefetchQueries: true });
  if (!open) {
    return (
      <div className="k-row">
        <Button isDisabled={disabled} onPress={() => setOpen(true)}>
          {t('mentors.askLabel', { name: suggestion.displayName })}
        </Button>
      </div>
    );
  }
  return (
    <Form
      aria-label={t('mentors.askTitle', { name: suggestion.displayName })}
      onSubmit={() => void ask({ variables: { mentorId: suggestion.mentorId, intro: intro.trim() || null } }).catch(() => undefined)}
    >
      <TextField label={t('mentors.introField')} description={t('mentors.introHint')} multiline maxLength={1000} value={intro} onChange={setIntro} autoFocus />
      <ErrorMessage error={error} />
      <div className="k-row">
        {/* Not isPending: React Aria announces it by pointing at this button, which is gone once the request is sent (axe flags the dangling label). */}
        <Button type="submit" isDisabled={loading}>
          {t('mentors.send')}
        </Button>
        <Button variant="quiet" onPress={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

function WithdrawRequest({ mentorship }: { mentorship: Mentorship }) {
  const { t } = useTranslation();
  const [withdraw, { loading, error }] = useMutation(WithdrawMentorshipRequestDocument, { refetchQueries: [MentorsDocument], awaitRefetchQueries: true });
  return (
    <>
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button
          variant="quiet"
          size="small"
          isDisabled={loading}
          onPress={() => void withdraw({ variables: { mentorshipId: mentorship.id } }).catch(() => undefined)}
        >
          {t('mentors.withdraw', { name: mentorship.mentorDisplayName })}
        </Button>
      </div>
    </>
  );
}

/** The member's own consent, next to the mentor it concerns; off until they turn it on. */
function EarlyHelpAlerts({ name }: { name: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(MentorAlertsConsentDocument);
  const [save, saving] = useMutation(SetEarlyHelpMentorAlertsDocument, { refetchQueries: [MentorAlertsConsentDocument] });
  if (!data) return <ErrorMessage error={error} />;
  return (
    <div className="k-stack k-stack--tight">
      <Switch
        isSelected={data.myCheckinPreferences.mentorAlerts}
        isDisabled={saving.loading}
        onChange={(enabled) => void save({ variables: { enabled } }).catch(() => undefined)}
      >
        {t('mentors.earlyHelp', { name })}
      </Switch>
      <p className="k-muted">{t('mentors.earlyHelpHint', { name })}</p>
      <ErrorMessage error={saving.error} />
    </div>
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
          {current.conversationId ? (
            <div className="k-row">
              <ButtonLink href={`/messages/${current.conversationId}`}>{t('mentors.openConversation', { name: current.mentorDisplayName })}</ButtonLink>
            </div>
          ) : null}
          <MentorshipActions mentorship={current} refetch={MentorsDocument} />
          <EarlyHelpAlerts name={current.mentorDisplayName} />
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
            <div className="k-stack k-stack--tight">
              <h3>{mentorship.mentorDisplayName}</h3>
              <RequestState mentorship={mentorship} />
              {mentorship.state === 'REQUESTED' ? <WithdrawRequest mentorship={mentorship} /> : null}
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
              waiting.length > 0 ? (
                <p className="k-muted">{t('mentors.noOtherSuggestions')}</p>
              ) : (
                <EmptyState title={t('mentors.emptyTitle')} headingLevel={3}>
                  {t('mentors.emptyBody')}
                </EmptyState>
              )
            }
            renderItem={(suggestion) => (
              <article className="k-stack k-stack--tight" aria-labelledby={`mentor-${suggestion.mentorId}`}>
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
                {asked.has(suggestion.mentorId) ? <p>{t('mentors.alreadyAsked')}</p> : <AskMentor suggestion={suggestion} disabled={full} />}
              </article>
            )}
          />
        </section>
      )}
    </Page>
  );
}
