import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ButtonLink, Button, CheckboxGroup, ErrorMessage, Form, Notice, Page, Select, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import type { PlatformRole } from '../../graphql/generated/graphql';
import { browserTimeZone, timeZoneOptions } from './time-zones';

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
      message
    }
  }
`);

const MIN_PASSWORD = 12;

export default function RegisterPage() {
  const { t, i18n } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [pronouns, setPronouns] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState(i18n.language === 'fr' ? 'fr' : 'en');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [roles, setRoles] = useState<string[]>(['MEMBER']);
  const [register, { data, loading, error }] = useMutation(RegisterDocument);

  if (data?.register.ok) {
    return (
      <Page title={t('register.sentTitle')}>
        <Notice>
          <p>{data.register.message}</p>
          <p>{t('register.sentHint', { email })}</p>
        </Notice>
        <ButtonLink href="/sign-in" variant="secondary">
          {t('register.toSignIn')}
        </ButtonLink>
      </Page>
    );
  }

  const submit = () =>
    void register({
      variables: {
        input: {
          displayName: displayName.trim(),
          pronouns: pronouns.trim() || null,
          email: email.trim(),
          password,
          locale,
          timeZone,
          roles: (roles.length > 0 ? roles : ['MEMBER']) as PlatformRole[],
        },
      },
    }).catch(() => undefined);

  return (
    <Page title={t('register.title')} intro={t('register.intro')}>
      <Form onSubmit={submit} aria-label={t('register.title')}>
        <TextField
          label={t('fields.displayName')}
          description={t('fields.displayNameHint')}
          isRequired
          minLength={2}
          maxLength={40}
          autoComplete="nickname"
          value={displayName}
          onChange={setDisplayName}
        />
        <TextField label={t('fields.pronouns')} description={t('fields.pronounsHint')} value={pronouns} onChange={setPronouns} />
        <TextField label={t('fields.email')} type="email" autoComplete="email" isRequired value={email} onChange={setEmail} />
        <TextField
          label={t('fields.password')}
          description={t('fields.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          isRequired
          minLength={MIN_PASSWORD}
          value={password}
          onChange={setPassword}
        />
        <Select
          label={t('fields.language')}
          value={locale}
          onChange={setLocale}
          options={[
            { id: 'en', label: 'English' },
            { id: 'fr', label: 'Français' },
          ]}
        />
        <Select label={t('fields.timeZone')} description={t('fields.timeZoneHint')} value={timeZone} onChange={setTimeZone} options={timeZoneOptions()} />
        <CheckboxGroup
          label={t('register.why')}
          value={roles}
          onChange={setRoles}
          options={[
            { id: 'MEMBER', label: t('register.whyOwn') },
            { id: 'SUPPORTER', label: t('register.whySupport') },
          ]}
        />
        <p className="k-muted">{t('register.privacy')}</p>
        <ErrorMessage error={error} />
        <Button type="submit" isPending={loading} fullWidth>
          {t('register.submit')}
        </Button>
      </Form>
      <ButtonLink href="/sign-in" variant="quiet">
        {t('register.haveAccount')}
      </ButtonLink>
    </Page>
  );
}
