import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { pendingInvitation } from '../circles/pending-invitation';
import { ButtonLink, ErrorMessage, Loading, Notice, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import { useSession } from '../../session/session-context';
import { useLinkToken } from './use-token';

export const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ok
      message
    }
  }
`);

export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const { status } = useSession();
  const [verify, { data, error, called }] = useMutation(VerifyEmailDocument);
  // A link is used once, even when React runs effects twice in development.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    void verify({ variables: { token } }).catch(() => undefined);
  }, [token, verify]);

  // Someone who came from a circle invitation goes back to answer it; everyone else starts with onboarding.
  const invitation = pendingInvitation.path();
  const after = invitation ?? '/welcome';
  const next =
    status === 'signedIn'
      ? { href: after, label: invitation ? t('verify.toInvitation') : t('verify.toOnboarding') }
      : { href: `/sign-in?next=${encodeURIComponent(after)}`, label: t('verify.toSignIn') };
  return (
    <Page title={t('verify.title')}>
      {!token ? <ErrorMessage error={t('verify.noToken')} /> : null}
      {token && called && !data && !error ? <Loading label={t('verify.checking')} /> : null}
      {data ? (
        <Notice>
          <p>{data.verifyEmail.message}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={error} />
      {data?.verifyEmail.ok ? (
        <ButtonLink href={next.href}>{next.label}</ButtonLink>
      ) : (
        <ButtonLink href="/sign-in" variant="secondary">
          {t('verify.toSignIn')}
        </ButtonLink>
      )}
    </Page>
  );
}
