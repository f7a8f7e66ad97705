import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Button, CheckboxGroup, ErrorMessage, Form, Loading, Notice, RadioGroup, TextField } from '../../design';
import type { CheckinCadence, MyCheckinRhythmQuery, Weekday } from '../../graphql/generated/graphql';
import { useViewer } from '../../session/viewer';
import { MyCheckinRhythmDocument, SetCheckinRhythmDocument, StopCheckinRemindersDocument } from './documents';

const CADENCES: readonly CheckinCadence[] = ['DAILY', 'FEW_TIMES_A_WEEK', 'WEEKLY'];
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

type Rhythm = MyCheckinRhythmQuery['myCheckinPreferences'];

/** Both mutations answer the whole rhythm; the page's query reads it straight from the cache. */
function keepRhythm(cache: ApolloCache, rhythm: Rhythm | undefined) {
  if (rhythm) cache.writeQuery({ query: MyCheckinRhythmDocument, data: { myCheckinPreferences: rhythm } });
}

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

function RhythmForm({ rhythm, onDone }: { rhythm: Rhythm; onDone: () => void }) {
  const { t } = useTranslation();
  const [cadence, setCadence] = useState<CheckinCadence>(rhythm.cadence ?? 'DAILY');
  const [days, setDays] = useState<Weekday[]>(rhythm.days);
  const [localTime, setLocalTime] = useState(rhythm.localTime ?? '19:00');
  const [save, saving] = useMutation(SetCheckinRhythmDocument, { update: (cache, { data }) => keepRhythm(cache, data?.setCheckinRhythm) });
  const picksDays = cadence !== 'DAILY';
  return (
    <Form
      aria-label={t('checkIns.reminders.formLabel')}
      onSubmit={() =>
        void save({ variables: { input: { cadence, localTime: localTime.trim(), days: picksDays && days.length > 0 ? days : null } } })
          .then(onDone)
          .catch(() => undefined)
      }
    >
      <RadioGroup
        label={t('checkIns.reminders.howOften')}
        options={CADENCES.map((id) => ({ id, label: t(`checkIns.reminders.cadence.${id}`) }))}
        value={cadence}
        onChange={(value) => setCadence(CADENCES.find((id) => id === value) ?? 'DAILY')}
      />
      {picksDays ? (
        <CheckboxGroup
          label={t('checkIns.reminders.days')}
          description={t(cadence === 'WEEKLY' ? 'checkIns.reminders.daysWeekly' : 'checkIns.reminders.daysFew')}
          options={WEEKDAYS.map((id) => ({ id, label: t(`checkIns.reminders.weekdays.${id}`) }))}
          value={days}
          onChange={(value) => setDays(value.filter(isWeekday))}
          columns
        />
      ) : null}
      <TextField label={t('checkIns.reminders.time')} description={t('checkIns.reminders.timeHint')} isRequired value={localTime} onChange={setLocalTime} />
      <ErrorMessage error={saving.error} />
      <div className="k-row">
        <Button type="submit" isPending={saving.loading}>
          {t('checkIns.reminders.save')}
        </Button>
        <Button variant="quiet" onPress={onDone}>
          {t('checkIns.reminders.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** When Kindred reminds the person to check in: shown plainly, changed or stopped in one place. */
export function ReminderSection() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyCheckinRhythmDocument);
  const [stop, stopping] = useMutation(StopCheckinRemindersDocument, { update: (cache, { data: answer }) => keepRhythm(cache, answer?.stopCheckinReminders) });
  const [editing, setEditing] = useState(false);
  const { viewer } = useViewer();
  const rhythm = data?.myCheckinPreferences;
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const dayList = new Intl.ListFormat(language, { type: 'conjunction' });
  // Reminders keep the time zone of the person's profile, which may not be this device's (after a trip, say).
  const timeZone = viewer?.timeZone;
  const next = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone });

  return (
    <section className="k-stack k-card" aria-labelledby="check-in-reminders">
      <h2 id="check-in-reminders">{t('checkIns.reminders.title')}</h2>
      {loading && !rhythm ? <Loading /> : null}
      {!rhythm && error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {rhythm && editing ? <RhythmForm rhythm={rhythm} onDone={() => setEditing(false)} /> : null}
      {rhythm && !editing ? (
        <>
          {rhythm.cadence ? (
            <p>
              {rhythm.cadence === 'DAILY'
                ? t('checkIns.reminders.nowDaily', { time: rhythm.localTime })
                : t('checkIns.reminders.nowOn', {
                    days: dayList.format(rhythm.days.map((day) => t('checkIns.reminders.onDay', { day: t(`checkIns.reminders.weekdays.${day}`) }))),
                    time: rhythm.localTime,
                  })}
            </p>
          ) : (
            <p>{t('checkIns.reminders.none')}</p>
          )}
          {rhythm.nextReminderAt ? <p className="k-muted">{t('checkIns.reminders.next', { when: next.format(new Date(rhythm.nextReminderAt)) })}</p> : null}
          <p className="k-muted">
            {timeZone ? t('checkIns.reminders.quietHoursIn', { timeZone: timeZone.replace(/_/g, ' ') }) : t('checkIns.reminders.quietHours')}
          </p>
          <ErrorMessage error={stopping.error} />
          {stopping.data && !rhythm.cadence ? (
            <Notice>
              <p>{t('checkIns.reminders.stopped')}</p>
            </Notice>
          ) : null}
          <div className="k-row">
            <Button variant="secondary" onPress={() => setEditing(true)}>
              {rhythm.cadence ? t('checkIns.reminders.change') : t('checkIns.reminders.start')}
            </Button>
            {rhythm.cadence ? (
              <Button variant="quiet" isPending={stopping.loading} onPress={() => void stop().catch(() => undefined)}>
                {t('checkIns.reminders.stop')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
