import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button, ButtonLink, ErrorMessage, Notice, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import { useSession } from '../../session/session-context';
import { useLinkToken } from '../account/use-token';
import { pendingInvitation } from './pending-invitation';

export const AcceptCircleInvitationDocument = graphql(`
  mutation AcceptCircleInvitation($token: String!) {
    acceptCircleInvitation(token: $token) {
      id
      circleName
      inviterDisplayName
      state
    }
  }
`);

export const DeclineCircleInvitationDocument = graphql(`
  mutation DeclineCircleInvitation($token: String!) {
    declineCircleInvitation(token: $token) {
      id
      inviterDisplayName
      state
    }
  }
`);

/** Where an invitation email lands: sign in (or create an account) first, then answer. */
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
        <div className="k-row">
          <ButtonLink href={`/sign-in?next=${here}`}>{t('join.signIn')}</ButtonLink>
          <ButtonLink href="/register" variant="secondary">
            {t('join.register')}
          </ButtonLink>
        </div>
      </Page>
    );
  }
  if (accepted.data) {
    const invitation = accepted.data.acceptCircleInvitation;
    return (
      <Page title={t('join.acceptedTitle')}>
        <Notice>
          <p>{t('join.accepted', { name: invitation.inviterDisplayName, circle: invitation.circleName })}</p>
        </Notice>
        <ButtonLink href="/home">{t('join.toHome')}</ButtonLink>
      </Page>
    );
  }
  if (declined.data) {
    return (
      <Page title={t('join.declinedTitle')}>
        <Notice>
          <p>{t('join.declined', { name: declined.data.declineCircleInvitation.inviterDisplayName })}</p>
        </Notice>
        <ButtonLink href="/home">{t('join.toHome')}</ButtonLink>
      </Page>
    );
  }
  return (
    <Page title={t('join.title')} intro={t('join.intro')}>
      <p>{t('join.whatItMeans')}</p>
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
