import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, CheckboxGroup, Form, RadioGroup, Select, TextField } from '../../design';
import type {
  MentorApplicationFieldsFragment,
  MentorApplicationInput,
  MentorGender,
  RecoveryDomain,
  RecoveryPathway,
  Weekday,
} from '../../graphql/generated/graphql';

const PATHWAYS: readonly RecoveryPathway[] = ['ABSTINENCE_BASED', 'MEDICATION_ASSISTED', 'HARM_REDUCTION'];
const DOMAINS: readonly RecoveryDomain[] = [
  'PHYSICAL_AND_MENTAL_HEALTH',
  'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
  'SAFE_HOUSING_AND_ENVIRONMENT',
  'PEER_SUPPORT',
  'EMPLOYMENT_AND_LEGAL',
  'SKILLS_AND_EDUCATION',
  'COMMUNITY_AND_CULTURE',
  'MEANING_AND_PURPOSE',
];
const GENDERS: readonly MentorGender[] = ['WOMAN', 'MAN', 'NON_BINARY'];
const DAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** The languages Kindred's alliances speak today; names are written in the page's language. */
const LANGUAGES = ['en', 'fr', 'pt', 'es'] as const;
const NOT_SAID = 'NOT_SAID';

const only = <T extends string>(allowed: readonly T[], values: string[]): T[] => allowed.filter((value) => values.includes(value));

export interface MentorApplicationFormProps {
  /** Choosing where to apply; absent when changing an application, which stays in its alliance. */
  alliances?: readonly { id: string; name: string }[];
  /** What to start from when changing an application. */
  application?: MentorApplicationFieldsFragment;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: MentorApplicationInput, allianceId: string | null) => void;
  onCancel: () => void;
}

/**
 * Weekly times are asked as days plus one window, which is how most people think of their
 * week; the API's per-day windows allow more, and an application already saved with varied
 * windows starts from its first one.
 */
export function MentorApplicationForm({ alliances, application, submitLabel, pending, onSubmit, onCancel }: MentorApplicationFormProps) {
  const { t, i18n } = useTranslation();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const [allianceId, setAllianceId] = useState<string | null>(alliances?.length === 1 ? (alliances[0]?.id ?? null) : null);
  const [allianceMissing, setAllianceMissing] = useState(false);
  const [story, setStory] = useState(application?.livedExperienceSummary ?? '');
  const [years, setYears] = useState(application ? String(application.yearsInRecovery) : '');
  const [pathways, setPathways] = useState<string[]>(application?.pathways ?? []);
  const [domains, setDomains] = useState<string[]>(application?.focusDomains ?? []);
  const [languages, setLanguages] = useState<string[]>(application?.languages ?? [i18n.language]);
  const [gender, setGender] = useState<string>(application?.gender ?? NOT_SAID);
  const [maxMentees, setMaxMentees] = useState(application ? String(application.maxMentees) : '2');
  const [training, setTraining] = useState(application?.trainingCompleted.join('\n') ?? '');
  const [days, setDays] = useState<string[]>(application ? [...new Set(application.availability.map((slot) => slot.day))] : []);
  const [start, setStart] = useState(application?.availability[0]?.start ?? '18:00');
  const [end, setEnd] = useState(application?.availability[0]?.end ?? '20:00');

  const submit = () => {
    if (alliances && !allianceId) {
      setAllianceMissing(true);
      return;
    }
    onSubmit(
      {
        livedExperienceSummary: story.trim(),
        yearsInRecovery: Number(years),
        pathways: only(PATHWAYS, pathways),
        focusDomains: only(DOMAINS, domains),
        languages,
        gender: GENDERS.find((value) => value === gender) ?? null,
        maxMentees: Number(maxMentees),
        trainingCompleted: training
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        availability: only(DAYS, days).map((day) => ({ day, start, end })),
      },
      allianceId,
    );
  };

  return (
    <Form aria-label={submitLabel} onSubmit={submit}>
      {alliances ? (
        <Select
          label={t('mentoring.form.alliance')}
          options={alliances.map((alliance) => ({ id: alliance.id, label: alliance.name }))}
          value={allianceId}
          onChange={(value) => {
            setAllianceId(value);
            setAllianceMissing(false);
          }}
          errorMessage={allianceMissing ? t('mentoring.form.allianceMissing') : null}
          isRequired
        />
      ) : null}
      <TextField
        label={t('mentoring.form.story')}
        description={t('mentoring.form.storyHint')}
        multiline
        rows={5}
        isRequired
        minLength={50}
        maxLength={2000}
        value={story}
        onChange={setStory}
      />
      <TextField label={t('mentoring.form.years')} type="number" inputMode="numeric" isRequired value={years} onChange={setYears} />
      <CheckboxGroup
        label={t('mentoring.form.pathways')}
        description={t('mentoring.form.pathwaysHint')}
        options={PATHWAYS.map((id) => ({ id, label: t(`onboarding.pathway.${id}`) }))}
        value={pathways}
        onChange={setPathways}
      />
      <CheckboxGroup
        label={t('mentoring.form.domains')}
        options={DOMAINS.map((id) => ({ id, label: t(`recoveryCapital.domains.${id}.name`) }))}
        value={domains}
        onChange={setDomains}
        columns
      />
      <CheckboxGroup
        label={t('mentoring.form.languages')}
        options={LANGUAGES.map((id) => ({ id, label: languageName.of(id) ?? id }))}
        value={languages}
        onChange={setLanguages}
        columns
      />
      <RadioGroup
        label={t('mentoring.form.gender')}
        description={t('mentoring.form.genderHint')}
        options={[...GENDERS.map((id) => ({ id, label: t(`mentoring.gender.${id}`) })), { id: NOT_SAID, label: t('mentoring.gender.NOT_SAID') }]}
        value={gender}
        onChange={setGender}
      />
      <TextField
        label={t('mentoring.form.maxMentees')}
        description={t('mentoring.form.maxMenteesHint')}
        type="number"
        inputMode="numeric"
        isRequired
        value={maxMentees}
        onChange={setMaxMentees}
      />
      <TextField
        label={t('mentoring.form.training')}
        description={t('mentoring.form.trainingHint')}
        multiline
        rows={3}
        value={training}
        onChange={setTraining}
      />
      <CheckboxGroup
        label={t('mentoring.form.days')}
        description={t('mentoring.form.daysHint')}
        options={DAYS.map((id) => ({ id, label: t(`onboarding.days.${id}`) }))}
        value={days}
        onChange={setDays}
        columns
      />
      <div className="k-row">
        <TextField label={t('mentoring.form.from')} type="time" value={start} onChange={setStart} />
        <TextField label={t('mentoring.form.to')} type="time" value={end} onChange={setEnd} />
      </div>
      <div className="k-row">
        <Button type="submit" isDisabled={pending}>
          {submitLabel}
        </Button>
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
