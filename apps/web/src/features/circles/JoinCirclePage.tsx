import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button, ButtonLink, EmptyState, ErrorMessage, List, Loading, Notice, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import { useSession } from '../../session/session-context';
import { useLinkToken } from '../account/use-token';
import { pendingInvitation } from './pending-invitation';

export const AcceptCircleInvitationDocument = graphql(`
  mutation AcceptCircleInvitation($token: String, $invitationId: ID) {
    acceptCircleInvitation(token: $token, invitationId: $invitationId) {
      id
      circleName
      inviterDisplayName
      state
    }
  }
`);

export const DeclineCircleInvitationDocument = graphql(`
  mutation DeclineCircleInvitation($token: String, $invitationId: ID) {
    declineCircleInvitation(token: $token, invitationId: $invitationId) {
      id
      inviterDisplayName
      state
    }
  }
`);

export const CircleInvitationsForMeDocument = graphql(`
  query CircleInvitationsForMe {
    circleInvitationsForMe {
      id
      circleName
      inviterDisplayName
      relationship
      expiresAt
    }
  }
`);

/** What joining a circle means, in plain words, before anyone answers. */
function WhatJoiningMeans() {
  const { t } = useTranslation();
  return (
    <section className="k-stack k-card" aria-labelledby="join-means">
      <h2 id="join-means">{t('join.meansTitle')}</h2>
      <ul className="k-stack k-stack--tight">
        <li>{t('join.meansEncourage')}</li>
        <li>{t('join.meansOnlyShared')}</li>
        <li>{t('join.meansTheirChoice')}</li>
        <li>{t('join.meansConfidence')}</li>
        <li>{t('join.meansNoIsFine')}</li>
      </ul>
    </section>
  );
}

/** The answer, said back plainly, with where to go next. */
function Answered({
  accepted,
  declined,
}: {
  accepted?: { inviterDisplayName: string; circleName: string } | null;
  declined?: { inviterDisplayName: string } | null;
}) {
  const { t } = useTranslation();
  if (accepted) {
    return (
      <Page title={t('join.acceptedTitle')}>
        <Notice>
          <p>{t('join.accepted', { name: accepted.inviterDisplayName, circle: accepted.circleName })}</p>
        </Notice>
        <p>{t('join.acceptedNext', { name: accepted.inviterDisplayName })}</p>
        <div className="k-row">
          <ButtonLink href="/shared-with-me">{t('join.toShared')}</ButtonLink>
          <ButtonLink href="/home" variant="secondary">
            {t('join.toHome')}
          </ButtonLink>
        </div>
      </Page>
    );
  }
  return (
    <Page title={t('join.declinedTitle')}>
      <Notice>
        <p>{t('join.declined', { name: declined?.inviterDisplayName ?? '' })}</p>
      </Notice>
      <ButtonLink href="/home">{t('join.toHome')}</ButtonLink>
    </Page>
  );
}

/** Invitations received on Kindred itself (not by email), each answered here. */
function InvitationsOnKindred() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CircleInvitationsForMeDocument, { fetchPolicy: 'network-only' });
  const [accept, accepted] = useMutation(AcceptCircleInvitationDocument);
  const [decline, declined] = useMutation(DeclineCircleInvitationDocument, { refetchQueries: [CircleInvitationsForMeDocument] });
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  if (accepted.data) return <Answered accepted={accepted.data.acceptCircleInvitation} />;
  return (
    <Page title={t('join.invitationsTitle')} intro={t('join.invitationsIntro')}>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {declined.data ? (
        <Notice>
          <p>{t('join.declined', { name: declined.data.declineCircleInvitation.inviterDisplayName })}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={accepted.error ?? declined.error} />
      {data ? (
        <List
          items={data.circleInvitationsForMe}
          getKey={(invitation) => invitation.id}
          label={t('join.invitationsTitle')}
          empty={<EmptyState title={t('join.noInvitationsTitle')}>{t('join.noInvitations')}</EmptyState>}
          renderItem={(invitation) => (
            <div className="k-stack k-stack--tight">
              <h2>{t('join.fromName', { name: invitation.inviterDisplayName })}</h2>
              <p className="k-muted">{t('join.circleUntil', { circle: invitation.circleName, date: day(invitation.expiresAt) })}</p>
              <div className="k-row">
                <Button isPending={accepted.loading} onPress={() => void accept({ variables: { invitationId: invitation.id } }).catch(() => undefined)}>
                  {t('join.accept')}
                </Button>
                <Button
                  variant="secondary"
                  isPending={declined.loading}
                  onPress={() => void decline({ variables: { invitationId: invitation.id } }).catch(() => undefined)}
                >
                  {t('join.decline')}
                </Button>
              </div>
            </div>
          )}
        />
      ) : null}
      {data && data.circleInvitationsForMe.length > 0 ? <WhatJoiningMeans /> : null}
    </Page>
  );
}

/**
 * Where an invitation lands: from an email (with its token; sign in or create an account first,
 * then answer), or from the menu and notifications, for invitations received on Kindred.
 */
export default function JoinCirclePage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const { status } = useSession();
  const location = useLocation();
  const [accept, accepted] = useMutation(AcceptCircleInvitationDocument);
  const [decline, declined] = useMutation(DeclineCircleInvitationDocument);
  const path = location.pathname + location.search;
  const here = encodeURIComponent(path);
  const answered = Boolean(accepted.data ?? declined.data);

  useEffect(() => {
    if (token && status === 'signedOut') pendingInvitation.remember(path);
    if (answered) pendingInvitation.forget();
  }, [token, status, path, answered]);

  if (!token && status === 'signedIn') return <InvitationsOnKindred />;
  if (!token) {
    return (
      <Page title={t('join.title')}>
        <ErrorMessage error={t('join.noToken')} />
      </Page>
    );
  }
  if (status !== 'signedIn') {
    return (
      <Page title={t('join.title')} intro={t('join.introSignedOut')}>
        <WhatJoiningMeans />
        <p>{t('join.accountNeeded')}</p>
        <div className="k-row">
          <ButtonLink href={`/sign-in?next=${here}`}>{t('join.signIn')}</ButtonLink>
          <ButtonLink href="/register" variant="secondary">
            {t('join.register')}
          </ButtonLink>
        </div>
      </Page>
    );
  }
  if (answered) return <Answered accepted={accepted.data?.acceptCircleInvitation} declined={declined.data?.declineCircleInvitation} />;
  return (
    <Page title={t('join.title')} intro={t('join.intro')}>
      <WhatJoiningMeans />
      <ErrorMessage error={accepted.error ?? declined.error} />
      <div className="k-row">
        <Button isPending={accepted.loading} onPress={() => void accept({ variables: { token } }).catch(() => undefined)}>
          {t('join.accept')}
        </Button>
        <Button variant="secondary" isPending={declined.loading} onPress={() => void decline({ variables: { token } }).catch(() => undefined)}>
          {t('join.decline')}
        </Button>
      </div>
    </Page>
  );
}
