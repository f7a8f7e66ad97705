import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, ErrorMessage, Form, Loading, Notice, Page, Switch, TextField } from '../../design';
import type { NotificationKind, NotificationSettingsQuery } from '../../graphql/generated/graphql';
import { ClearQuietHoursDocument, NotificationSettingsDocument, SetQuietHoursDocument, UpdateNotificationPreferenceDocument } from './documents';
import { PushDeviceSection } from './PushDeviceSection';

type Preference = NotificationSettingsQuery['myNotificationPreferences'][number];

/** Kinds only mentors, coordinators or moderators receive: listed after everyone's own. */
const ROLE_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>(['SAFETY_ALERT', 'EARLY_HELP_ALERT', 'GRANT_REVIEW', 'MODERATION_QUEUE']);
const everyonesFirst = (preferences: readonly Preference[]): Preference[] =>
  [...preferences].sort((a, b) => Number(ROLE_KINDS.has(a.kind)) - Number(ROLE_KINDS.has(b.kind)));
type QuietHours = NonNullable<NotificationSettingsQuery['myQuietHours']>;

type Channels = { inApp: boolean; email: boolean; push: boolean; breakQuietHours: boolean };

/** One kind's switches; each change is saved at once, and put back if saving fails. */
function PreferenceRow({ preference }: { preference: Preference }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Channels>({
    inApp: preference.inApp,
    email: preference.email,
    push: preference.push,
    breakQuietHours: preference.breakQuietHours,
  });
  const [update, { error }] = useMutation(UpdateNotificationPreferenceDocument);
  const headingId = `kind-${preference.kind}`;
  const change = (next: Channels) => {
    const before = chosen;
    setChosen(next);
    void update({ variables: { kind: preference.kind, ...next, breakQuietHours: preference.mayBreakQuietHours ? next.breakQuietHours : null } }).catch(() =>
      setChosen(before),
    );
  };
  return (
    <div role="group" aria-labelledby={headingId} className="k-stack k-stack--tight">
      <h3 id={headingId}>{t(`notifications.kinds.${preference.kind}.label`)}</h3>
      <p className="k-muted">{t(`notifications.kinds.${preference.kind}.about`)}</p>
      <div className="k-row">
        <Switch isSelected={chosen.inApp} onChange={(inApp) => change({ ...chosen, inApp })}>
          {t('notifications.settings.inApp')}
        </Switch>
        <Switch isSelected={chosen.email} onChange={(email) => change({ ...chosen, email })}>
          {t('notifications.settings.email')}
        </Switch>
        <Switch isSelected={chosen.push} onChange={(push) => change({ ...chosen, push })}>
          {t('notifications.settings.push')}
        </Switch>
      </div>
      {preference.mayBreakQuietHours ? (
        <div className="k-stack k-stack--tight">
          <Switch isSelected={chosen.breakQuietHours} onChange={(breakQuietHours) => change({ ...chosen, breakQuietHours })}>
            {t('notifications.settings.breakQuietHours')}
          </Switch>
          <p className="k-muted">{t('notifications.settings.breakQuietHoursAbout')}</p>
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}

function QuietHoursForm({ current }: { current: QuietHours | null }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<QuietHours | null>(current);
  const [start, setStart] = useState(current?.start ?? '22:00');
  const [end, setEnd] = useState(current?.end ?? '07:00');
  const [done, setDone] = useState<'set' | 'cleared' | null>(null);
  const [setQuietHours, setting] = useMutation(SetQuietHoursDocument);
  const [clearQuietHours, clearing] = useMutation(ClearQuietHoursDocument);
  return (
    <section className="k-stack" aria-labelledby="quiet-hours">
      <h2 id="quiet-hours">{t('notifications.quiet.title')}</h2>
      <p>{t('notifications.quiet.intro')}</p>
      <p className="k-muted">
        {saved ? t('notifications.quiet.current', { start: saved.start, end: saved.end, timeZone: saved.timeZone }) : t('notifications.quiet.none')}
      </p>
      {done ? (
        <Notice>
          <p>{done === 'set' ? t('notifications.quiet.saved') : t('notifications.quiet.cleared')}</p>
        </Notice>
      ) : null}
      <Form
        aria-labelledby="quiet-hours"
        onSubmit={() => {
          setDone(null);
          void setQuietHours({ variables: { start, end } })
            .then((result) => {
              if (result.data) {
                setSaved(result.data.setQuietHours);
                setDone('set');
              }
            })
            .catch(() => undefined);
        }}
      >
        <div className="k-row">
          <TextField label={t('notifications.quiet.start')} type="time" isRequired value={start} onChange={setStart} />
          <TextField label={t('notifications.quiet.end')} type="time" isRequired value={end} onChange={setEnd} />
        </div>
        <ErrorMessage error={setting.error ?? clearing.error} />
        <div className="k-row">
          <Button type="submit" isDisabled={setting.loading}>
            {t('notifications.quiet.save')}
          </Button>
          {saved ? (
            <Button
              variant="secondary"
              isDisabled={clearing.loading}
              onPress={() => {
                setDone(null);
                void clearQuietHours()
                  .then(() => {
                    setSaved(null);
                    setDone('cleared');
                  })
                  .catch(() => undefined);
              }}
            >
              {t('notifications.quiet.clear')}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}

/** The person's own choices: how they hear about each kind of notification, and when Kindred stays quiet. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationSettingsDocument, { fetchPolicy: 'network-only' });
  return (
    <Page title={t('notifications.settings.title')} intro={t('notifications.settings.intro')}>
      <div className="k-row">
        <ButtonLink href="/notifications" variant="quiet" size="small">
          {t('notifications.settings.back')}
        </ButtonLink>
      </div>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <PushDeviceSection applicationServerKey={data.myWebPushSettings.applicationServerKey} deviceCount={data.myWebPushSettings.deviceCount} />
          <QuietHoursForm current={data.myQuietHours ?? null} />
          <section className="k-stack" aria-labelledby="kinds">
            <h2 id="kinds">{t('notifications.settings.kindsTitle')}</h2>
            <p className="k-muted">{t('notifications.settings.emailNote')}</p>
            <p className="k-muted">{t('notifications.settings.pushNote')}</p>
            <ul className="k-list" role="list">
              {everyonesFirst(data.myNotificationPreferences).map((preference) => (
                <li key={preference.kind} className="k-list__item">
                  <PreferenceRow preference={preference} />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </Page>
  );
}
