import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, Loading, Notice, Page, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileFields, profileValues, useSaveProfile, type ProfileValues } from './ProfileFields';

export const MyProfileDocument = graphql(`
  query MyProfile {
    me {
      id
      displayName
      pronouns
      locale
      timeZone
    }
  }
`);

export const MyIntroDocument = graphql(`
  query MyIntro($userId: ID!) {
    personProfile(userId: $userId) {
      id
      intro
      introHeldForReview
      introHeldReason
    }
  }
`);

export const UpdateMyIntroDocument = graphql(`
  mutation UpdateMyIntro($intro: String) {
    updateProfileIntro(intro: $intro) {
      profile {
        id
        intro
        introHeldForReview
        introHeldReason
      }
      languageSuggestions {
        matchedText
        message
      }
    }
  }
`);

function AboutForm({ initial }: { initial: ProfileValues }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useSaveProfile();
  return (
    <Form
      aria-labelledby="profile-about"
      onSubmit={() => {
        setSaved(false);
        void save(values)
          .then(() => setSaved(true))
          .catch(() => undefined);
      }}
    >
      <h2 id="profile-about">{t('profile.aboutTitle')}</h2>
      <ProfileFields
        values={values}
        onChange={(next) => {
          setValues(next);
          setSaved(false);
        }}
      />
      <ErrorMessage error={error} />
      {saved ? (
        <Notice>
          <p>{t('profile.saved')}</p>
        </Notice>
      ) : null}
      <div className="k-row">
        <Button type="submit" isPending={loading}>
          {t('profile.save')}
        </Button>
      </div>
    </Form>
  );
}

function IntroForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { data, error: loadError } = useQuery(MyIntroDocument, { variables: { userId } });
  const [draft, setDraft] = useState<string | null>(null);
  const [save, { data: saved, loading, error }] = useMutation(UpdateMyIntroDocument);
  const profile = data?.personProfile;
  const intro = draft ?? profile?.intro ?? '';
  const suggestions = saved?.updateProfileIntro.languageSuggestions ?? [];
  return (
    <Form
      aria-labelledby="profile-intro"
      onSubmit={() =>
        void save({ variables: { intro: intro.trim() || null } })
          .then(() => setDraft(null))
          .catch(() => undefined)
      }
    >
      <h2 id="profile-intro">{t('profile.introTitle')}</h2>
      <ErrorMessage error={loadError} />
      <TextField label={t('onboarding.introField')} description={t('onboarding.introHint')} multiline maxLength={1000} value={intro} onChange={setDraft} />
      {profile?.introHeldForReview && profile.introHeldReason ? (
        <Notice>
          <p>{profile.introHeldReason}</p>
        </Notice>
      ) : null}
      {saved && !loading && draft === null ? (
        <Notice>
          <p>{suggestions.length > 0 ? t('onboarding.introSaved') : t('profile.introSavedPlain')}</p>
          {suggestions.length > 0 ? (
            <ul>
              {suggestions.map((suggestion) => (
                <li key={`${suggestion.matchedText}-${suggestion.message}`}>{suggestion.message}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isPending={loading}>
          {t('profile.saveIntro')}
        </Button>
      </div>
    </Form>
  );
}

/** How others know the person and how Kindred speaks to them; reached from the account menu. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyProfileDocument);
  if (loading && !data) return <Loading />;
  if (!data) {
    return (
      <Page title={t('profile.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  return (
    <Page title={t('profile.title')} intro={t('profile.intro')}>
      <AboutForm initial={profileValues(data.me)} />
      <IntroForm userId={data.me.id} />
      <ChangePasswordForm />
    </Page>
  );
}
