import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, CheckboxGroup, ErrorMessage, Form, Loading, Notice, Page, Select, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import type { MentorGender, RecoveryPathway, Weekday } from '../../graphql/generated/graphql';
import { AllianceSearch } from '../alliances/AllianceSearch';
import { ProfileFields, profileValues, useSaveProfile } from '../profile/ProfileFields';

export const OnboardingDocument = graphql(`
  query Onboarding {
    me {
      id
      displayName
      pronouns
      locale
      timeZone
    }
    myRecoveryPreferences {
      pathways
      languages
      preferredMentorGender
      availability {
        day
        start
        end
      }
    }
  }
`);

export const SaveIntroDocument = graphql(`
  mutation SaveIntro($intro: String) {
    updateProfileIntro(intro: $intro) {
      profile {
        id
        intro
      }
      languageSuggestions {
        matchedText
        alternatives
        message
      }
    }
  }
`);

export const SaveRecoveryPreferencesDocument = graphql(`
  mutation SaveRecoveryPreferences($input: RecoveryPreferencesInput!) {
    updateRecoveryPreferences(input: $input) {
      pathways
      languages
      preferredMentorGender
      availability {
        day
        start
        end
      }
      updatedAt
    }
  }
`);

const DAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const PATHWAYS: readonly RecoveryPathway[] = ['ABSTINENCE_BASED', 'MEDICATION_ASSISTED', 'HARM_REDUCTION'];
const NO_PREFERENCE = 'NONE';

interface Slot {
  key: number;
  day: Weekday;
  start: string;
  end: string;
}

type Step = 'about' | 'preferences' | 'alliance' | 'done';
const STEPS: readonly Step[] = ['about', 'preferences', 'alliance'];

function AboutStep({ me, onNext }: { me: { displayName: string; pronouns?: string | null; locale: string; timeZone: string }; onNext: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => profileValues(me));
  const [intro, setIntro] = useState('');
  const [saveProfile, profileState] = useSaveProfile();
  const [saveIntro, { data, loading, error }] = useMutation(SaveIntroDocument);
  const suggestions = data?.updateProfileIntro.languageSuggestions ?? [];
  // An empty introduction is left as it is: coming back here never erases one written since.
  const submit = async () => {
    await saveProfile(values);
    if (!intro.trim()) return onNext();
    const result = await saveIntro({ variables: { intro: intro.trim() } });
    if (result.data && result.data.updateProfileIntro.languageSuggestions.length === 0) onNext();
  };
  return (
    <Form onSubmit={() => void submit().catch(() => undefined)} aria-labelledby="onboarding-about">
      <h2 id="onboarding-about">{t('onboarding.aboutTitle')}</h2>
      <p className="k-muted">{t('profile.onboardingHint')}</p>
      <ProfileFields values={values} onChange={setValues} />
      <TextField label={t('onboarding.introField')} description={t('onboarding.introHint')} multiline maxLength={1000} value={intro} onChange={setIntro} />
      {suggestions.length > 0 ? (
        <Notice>
          <p>{t('onboarding.introSaved')}</p>
          <ul>
            {suggestions.map((s) => (
              <li key={`${s.matchedText}-${s.message}`}>{s.message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <ErrorMessage error={profileState.error ?? error} />
      <div className="k-row">
        {suggestions.length > 0 ? (
          <Button onPress={onNext}>{t('common.continue')}</Button>
        ) : (
          <Button type="submit" isPending={profileState.loading || loading}>
            {t('common.continue')}
          </Button>
        )}
      </div>
    </Form>
  );
}

function PreferencesStep({
  initial,
  onNext,
}: {
  initial: {
    pathways: RecoveryPathway[];
    languages: string[];
    preferredMentorGender?: MentorGender | null;
    availability: { day: Weekday; start: string; end: string }[];
  };
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const [pathways, setPathways] = useState<string[]>(initial.pathways);
  const [languages, setLanguages] = useState<string[]>(initial.languages.length > 0 ? initial.languages : ['en']);
  const [gender, setGender] = useState<string>(initial.preferredMentorGender ?? NO_PREFERENCE);
  const [slots, setSlots] = useState<Slot[]>(initial.availability.map((slot, key) => ({ ...slot, key })));
  const [save, { loading, error }] = useMutation(SaveRecoveryPreferencesDocument);

  const update = (key: number, change: Partial<Slot>) => setSlots((all) => all.map((slot) => (slot.key === key ? { ...slot, ...change } : slot)));
  const submit = () =>
    void save({
      variables: {
        input: {
          pathways: pathways as RecoveryPathway[],
          languages,
          preferredMentorGender: gender === NO_PREFERENCE ? null : (gender as MentorGender),
          availability: slots.map(({ day, start, end }) => ({ day, start, end })),
        },
      },
    })
      .then(onNext)
      .catch(() => undefined);

  return (
    <Form onSubmit={submit} aria-labelledby="onboarding-preferences">
      <h2 id="onboarding-preferences">{t('onboarding.preferencesTitle')}</h2>
      <p className="k-muted">{t('onboarding.preferencesPrivacy')}</p>
      <CheckboxGroup
        label={t('onboarding.pathways')}
        description={t('onboarding.pathwaysHint')}
        value={pathways}
        onChange={setPathways}
        options={PATHWAYS.map((id) => ({ id, label: t(`onboarding.pathway.${id}`) }))}
      />
      <CheckboxGroup
        label={t('onboarding.languages')}
        value={languages}
        onChange={setLanguages}
        options={[
          { id: 'en', label: 'English' },
          { id: 'fr', label: 'Français' },
        ]}
      />
      <Select
        label={t('onboarding.mentorGender')}
        value={gender}
        onChange={setGender}
        options={[NO_PREFERENCE, 'WOMAN', 'MAN', 'NON_BINARY'].map((id) => ({ id, label: t(`onboarding.gender.${id as 'NONE'}`) }))}
      />
      <fieldset className="k-fieldset">
        <legend>{t('onboarding.availability')}</legend>
        <p className="k-muted">{t('onboarding.availabilityHint')}</p>
        {slots.map((slot, index) => (
          <div key={slot.key} className="k-slot" role="group" aria-label={t('onboarding.slotLabel', { number: index + 1 })}>
            <Select
              label={t('onboarding.day')}
              value={slot.day}
              onChange={(day) => update(slot.key, { day: day as Weekday })}
              options={DAYS.map((id) => ({ id, label: t(`onboarding.days.${id}`) }))}
            />
            <TextField label={t('onboarding.from')} type="time" isRequired value={slot.start} onChange={(start) => update(slot.key, { start })} />
            <TextField label={t('onboarding.to')} type="time" isRequired value={slot.end} onChange={(end) => update(slot.key, { end })} />
            <Button variant="quiet" size="small" onPress={() => setSlots((all) => all.filter((s) => s.key !== slot.key))}>
              {t('onboarding.removeSlot')}
            </Button>
          </div>
        ))}
        <div>
          <Button
            variant="secondary"
            size="small"
            onPress={() => setSlots((all) => [...all, { key: Math.max(0, ...all.map((s) => s.key)) + 1, day: 'MONDAY', start: '18:00', end: '20:00' }])}
          >
            {t('onboarding.addSlot')}
          </Button>
        </div>
      </fieldset>
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isPending={loading}>
          {t('common.continue')}
        </Button>
        <Button variant="quiet" onPress={onNext}>
          {t('common.skip')}
        </Button>
      </div>
    </Form>
  );
}

/** The first steps after signing up: each can be skipped and changed later. */
export default function OnboardingPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('about');
  const { data, loading, error } = useQuery(OnboardingDocument);
  const next = () => {
    setStep(STEPS[STEPS.indexOf(step) + 1] ?? 'done');
    // The next step starts at the top, where the step counter announces it.
    window.scrollTo({ top: 0 });
  };

  if (loading && !data) return <Loading />;
  if (!data) {
    return (
      <Page title={t('onboarding.title')}>
        <ErrorMessage error={error} />
      </Page>
    );
  }
  return (
    <Page title={t('onboarding.title')} intro={t('onboarding.intro')}>
      {step !== 'done' ? (
        <p className="k-steps" aria-live="polite">
          {t('onboarding.stepOf', { step: STEPS.indexOf(step) + 1, total: STEPS.length })}
        </p>
      ) : null}
      {step === 'about' ? <AboutStep me={data.me} onNext={next} /> : null}
      {step === 'preferences' ? <PreferencesStep initial={data.myRecoveryPreferences} onNext={next} /> : null}
      {step === 'alliance' ? (
        <div className="k-stack">
          <h2>{t('onboarding.allianceTitle')}</h2>
          <p>{t('onboarding.allianceIntro')}</p>
          <AllianceSearch canJoin />
          <div className="k-row">
            <Button onPress={next}>{t('common.continue')}</Button>
          </div>
        </div>
      ) : null}
      {step === 'done' ? (
        <div className="k-stack">
          <h2>{t('onboarding.doneTitle')}</h2>
          <p>{t('onboarding.done')}</p>
          <ButtonLink href="/home">{t('onboarding.toHome')}</ButtonLink>
        </div>
      ) : null}
    </Page>
  );
}
