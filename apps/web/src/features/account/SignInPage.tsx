import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { pendingInvitation } from '../circles/pending-invitation';
import { useLocation, useNavigate } from 'react-router';
import { Button, ButtonLink, ErrorMessage, Form, Page, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import { useSessionClient } from '../../session/session-context';
import { safeNext } from '../../app/gate';

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
    }
  }
`);

export default function SignInPage() {
  const { t } = useTranslation();
  const session = useSessionClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading, error }] = useMutation(SignInDocument);

  const submit = async () => {
    const { data } = await signIn({ variables: { email: email.trim(), password } }).catch(() => ({ data: undefined }));
    if (!data) return;
    session.signIn(data.login);
    await navigate(safeNext(location.search) ?? pendingInvitation.path() ?? '/home', { replace: true });
  };

  return (
    <Page title={t('signIn.title')} intro={t('signIn.intro')}>
      <Form onSubmit={() => void submit()} aria-label={t('signIn.title')}>
        <TextField label={t('fields.email')} type="email" name="email" autoComplete="email" isRequired value={email} onChange={setEmail} />
        <TextField
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={setPassword}
        />
        <ErrorMessage error={error} />
        <Button type="submit" isPending={loading} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Form>
      <div className="k-row">
        <ButtonLink href="/forgot-password" variant="quiet">
          {t('signIn.forgot')}
        </ButtonLink>
        <ButtonLink href="/register" variant="quiet">
          {t('signIn.noAccount')}
        </ButtonLink>
      </div>
    </Page>
  );
}
