import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, Form, Notice, Page, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import { useLinkToken } from './use-token';

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      ok
      message
    }
  }
`);

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [reset, { data, loading, error }] = useMutation(ResetPasswordDocument);
  const mismatch = again.length > 0 && again !== password ? t('reset.mismatch') : null;

  if (!token) {
    return (
      <Page title={t('reset.title')}>
        <ErrorMessage error={t('reset.noToken')} />
        <ButtonLink href="/forgot-password">{t('reset.askAgain')}</ButtonLink>
      </Page>
    );
  }
  return (
    <Page title={t('reset.title')} intro={t('reset.intro')}>
      {data?.resetPassword.ok ? (
        <>
          <Notice>
            <p>{data.resetPassword.message}</p>
          </Notice>
          <ButtonLink href="/sign-in">{t('reset.toSignIn')}</ButtonLink>
        </>
      ) : (
        <Form
          onSubmit={() => {
            if (!mismatch) void reset({ variables: { token, newPassword: password } }).catch(() => undefined);
          }}
          aria-label={t('reset.title')}
        >
          <TextField
            label={t('fields.newPassword')}
            description={t('fields.newPasswordHint')}
            type="password"
            autoComplete="new-password"
            isRequired
            minLength={12}
            value={password}
            onChange={setPassword}
          />
          <TextField
            label={t('fields.newPasswordAgain')}
            type="password"
            autoComplete="new-password"
            isRequired
            value={again}
            onChange={setAgain}
            errorMessage={mismatch}
          />
          <ErrorMessage error={error} />
          <Button type="submit" isPending={loading} fullWidth>
            {t('reset.submit')}
          </Button>
        </Form>
      )}
    </Page>
  );
}
