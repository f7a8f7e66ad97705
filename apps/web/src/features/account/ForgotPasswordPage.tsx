import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, Form, Notice, Page, TextField } from '../../design';
import { graphql } from '../../graphql/generated';

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      ok
      message
    }
  }
`);

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [request, { data, loading, error }] = useMutation(RequestPasswordResetDocument);
  return (
    <Page title={t('forgot.title')} intro={t('forgot.intro')}>
      {data ? (
        <Notice>
          <p>{data.requestPasswordReset.message}</p>
        </Notice>
      ) : (
        <Form onSubmit={() => void request({ variables: { email: email.trim() } }).catch(() => undefined)} aria-label={t('forgot.title')}>
          <TextField label={t('fields.email')} type="email" autoComplete="email" isRequired value={email} onChange={setEmail} />
          <ErrorMessage error={error} />
          <Button type="submit" isPending={loading} fullWidth>
            {t('forgot.submit')}
          </Button>
        </Form>
      )}
      <ButtonLink href="/sign-in" variant="quiet">
        {t('forgot.back')}
      </ButtonLink>
    </Page>
  );
}
