import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import { rememberLanguage, toLanguage } from '../../i18n/i18n';
import { timeZoneOptions } from '../account/time-zones';

export const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: ProfileInput!) {
    updateMyProfile(input: $input) {
      id
      displayName
      pronouns
      locale
      timeZone
    }
  }
`);

export interface ProfileValues {
  displayName: string;
  pronouns: string;
  locale: string;
  timeZone: string;
}

/** The form's starting values from the account: pronouns not given are an empty field. */
export function profileValues(me: { displayName: string; pronouns?: string | null; locale: string; timeZone: string }): ProfileValues {
  return { displayName: me.displayName, pronouns: me.pronouns ?? '', locale: me.locale, timeZone: me.timeZone };
}

/**
 * Saves the profile. Once saved, the interface speaks the chosen language at once (and this
 * device remembers it, as the language switcher does); the account in the cache updates too.
 */
export function useSaveProfile() {
  const { i18n } = useTranslation();
  const [update, state] = useMutation(UpdateMyProfileDocument);
  const save = async (values: ProfileValues) => {
    const result = await update({
      variables: {
        input: { displayName: values.displayName.trim(), pronouns: values.pronouns.trim(), locale: values.locale, timeZone: values.timeZone },
      },
    });
    const language = toLanguage(result.data?.updateMyProfile.locale);
    if (language) {
      rememberLanguage(language);
      if (i18n.language !== language) await i18n.changeLanguage(language);
    }
    return result;
  };
  return [save, state] as const;
}

/** Display name, pronouns, language and time zone: how others know the person, and how Kindred speaks to them. */
export function ProfileFields({ values, onChange }: { values: ProfileValues; onChange: (values: ProfileValues) => void }) {
  const { t } = useTranslation();
  const set = (change: Partial<ProfileValues>) => onChange({ ...values, ...change });
  const zones = timeZoneOptions();
  // The zone saved on the account is always a choice, even one this browser does not list (UTC).
  const timeZones = zones.some((zone) => zone.id === values.timeZone) ? zones : [{ id: values.timeZone, label: values.timeZone.replace(/_/g, ' ') }, ...zones];
  return (
    <>
      <TextField
        label={t('fields.displayName')}
        description={t('fields.displayNameHint')}
        isRequired
        minLength={2}
        maxLength={40}
        autoComplete="nickname"
        value={values.displayName}
        onChange={(displayName) => set({ displayName })}
      />
      <TextField
        label={t('fields.pronouns')}
        description={t('fields.pronounsHint')}
        maxLength={40}
        value={values.pronouns}
        onChange={(pronouns) => set({ pronouns })}
      />
      <Select
        label={t('fields.language')}
        description={t('profile.languageHint')}
        value={values.locale}
        onChange={(locale) => set({ locale })}
        options={[
          { id: 'en', label: 'English' },
          { id: 'fr', label: 'Français' },
        ]}
      />
      <Select
        label={t('fields.timeZone')}
        description={t('fields.timeZoneHint')}
        value={values.timeZone}
        onChange={(timeZone) => set({ timeZone })}
        options={timeZones}
      />
    </>
  );
}
