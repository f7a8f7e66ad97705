import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, Select, Switch } from '../../design';
import { CapitalChoicesDocument, SetReassessmentIntervalDocument, SetSelfDescriptionNudgesDocument } from './documents';

/** The usual choices; a number of days chosen elsewhere is still shown as it is. */
const INTERVALS = [7, 14, 30, 60, 90, 180, 0] as const;

/** How often Kindred offers to look again, and whether it nudges about words the person uses for themself. */
export function ChoicesSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CapitalChoicesDocument);
  const [setReassessment, settingReassessment] = useMutation(SetReassessmentIntervalDocument, {
    update: (cache, { data: answer }) => {
      const current = cache.readQuery({ query: CapitalChoicesDocument });
      if (current && answer) cache.writeQuery({ query: CapitalChoicesDocument, data: { ...current, myCheckinPreferences: answer.setReassessmentInterval } });
    },
  });
  const [setNudges, settingNudges] = useMutation(SetSelfDescriptionNudgesDocument, {
    update: (cache, { data: answer }, { variables }) => {
      const current = cache.readQuery({ query: CapitalChoicesDocument });
      if (current && answer?.setSelfDescriptionNudges.ok && variables) {
        cache.writeQuery({ query: CapitalChoicesDocument, data: { ...current, mySelfDescriptionNudges: variables.enabled } });
      }
    },
  });
  const every = data?.myCheckinPreferences.reassessEveryDays;
  const intervals: readonly number[] = every === undefined || INTERVALS.some((days) => days === every) ? INTERVALS : [every, ...INTERVALS];
  const label = (days: number) => (days === 0 ? t('recoveryCapital.choices.never') : t('recoveryCapital.choices.everyDays', { count: days }));

  return (
    <section id="choices" className="k-stack k-card" aria-labelledby="capital-choices">
      <h2 id="capital-choices">{t('recoveryCapital.choices.title')}</h2>
      {loading && !data ? <Loading /> : null}
      {!data && error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <Select
            label={t('recoveryCapital.choices.interval')}
            description={t('recoveryCapital.choices.intervalHint')}
            options={intervals.map((days) => ({ id: String(days), label: label(days) }))}
            value={String(data.myCheckinPreferences.reassessEveryDays)}
            onChange={(value) => void setReassessment({ variables: { days: Number(value) } }).catch(() => undefined)}
          />
          <ErrorMessage error={settingReassessment.error} />
          <Switch
            isSelected={data.mySelfDescriptionNudges}
            isDisabled={settingNudges.loading}
            onChange={(enabled) => void setNudges({ variables: { enabled } }).catch(() => undefined)}
          >
            {t('recoveryCapital.choices.nudges')}
          </Switch>
          <p className="k-muted">{t('recoveryCapital.choices.nudgesHint')}</p>
          <ErrorMessage error={settingNudges.error} />
        </>
      ) : null}
    </section>
  );
}
