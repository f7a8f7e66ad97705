import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, EmptyState, ErrorMessage, Form, List, Loading, Notice, Page, TextField } from '../../design';
import type { JourneyFieldsFragment } from '../../graphql/generated/graphql';
import { today, useDayFormat } from '../../i18n/days';
import { DeleteSetbackDocument, MyJourneyDocument, RecordSetbackDocument, SetRecoveryStartDocument } from './journey-documents';

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365;

/** The day `days` after `day`, YYYY-MM-DD. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The journey has no id of its own: every change writes the new journey where the page reads it. */
function keepJourney(cache: ApolloCache, journey: JourneyFieldsFragment | undefined) {
  if (journey) cache.writeQuery({ query: MyJourneyDocument, data: { myRecoveryJourney: journey } });
}

function useMilestoneName() {
  const { t } = useTranslation();
  return (days: number) =>
    days === 7 ? t('journey.oneWeek') : days % YEAR_DAYS === 0 ? t('journey.years', { count: days / YEAR_DAYS }) : t('journey.days', { count: days });
}

function StartDateForm({ startedOn, labelledBy }: { startedOn: string | null; labelledBy: string }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(startedOn ?? '');
  const [save, saving] = useMutation(SetRecoveryStartDocument, { update: (cache, { data }) => keepJourney(cache, data?.setRecoveryStartDate) });
  return (
    <Form aria-labelledby={labelledBy} onSubmit={() => void save({ variables: { startedOn: day } }).catch(() => undefined)}>
      <TextField label={t('journey.startDate')} type="date" isRequired value={day} onChange={setDay} />
      <ErrorMessage error={saving.error} />
      {startedOn && saving.data && !saving.loading ? <Notice>{t('journey.startSaved')}</Notice> : null}
      <div className="k-row">
        <Button type="submit" variant={startedOn ? 'secondary' : 'primary'} isPending={saving.loading}>
          {startedOn ? t('journey.changeStart') : t('journey.saveStart')}
        </Button>
      </div>
    </Form>
  );
}

function Days({ journey }: { journey: JourneyFieldsFragment & { startedOn: string } }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat('long');
  return (
    <section className="k-card k-stack k-stack--tight" aria-labelledby="journey-days">
      <h2 id="journey-days">{t('journey.daysTitle')}</h2>
      <p className="k-stat">
        <span className="k-stat__value">{journey.totalDays}</span> <span>{t('journey.daysOnRoad', { count: journey.totalDays })}</span>
      </p>
      <p>{t('journey.since', { date: formatDay(journey.startedOn) })}</p>
      {journey.setbacks.length > 0 ? <p>{t('journey.longest', { count: journey.longestStretchDays })}</p> : null}
      <p className="k-muted">{t('journey.neverTaken')}</p>
    </section>
  );
}

function Milestones({ journey }: { journey: JourneyFieldsFragment & { startedOn: string } }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat('long');
  const name = useMilestoneName();
  const next = journey.nextMilestoneDays;
  return (
    <section className="k-stack" aria-labelledby="journey-milestones">
      <h2 id="journey-milestones">{t('journey.milestonesTitle')}</h2>
      {next !== null && next !== undefined ? (
        <p>
          <strong>{t('journey.nextLabel')}</strong>{' '}
          {t('journey.next', { name: name(next), date: formatDay(addDays(journey.startedOn, next)), count: next - journey.totalDays })}
        </p>
      ) : null}
      <List
        items={journey.milestones}
        getKey={(milestone) => String(milestone.days)}
        label={t('journey.reachedLabel')}
        empty={
          <EmptyState title={t('journey.noMilestoneTitle')} headingLevel={3}>
            {t('journey.noMilestone')}
          </EmptyState>
        }
        renderItem={(milestone) => (
          <p className="k-milestone">
            <span className="k-milestone__mark" aria-hidden="true">
              ★
            </span>
            <span>
              <strong>{name(milestone.days)}</strong>
              <br />
              <span className="k-muted">{t('journey.reachedOn', { date: formatDay(milestone.reachedOn) })}</span>
            </span>
          </p>
        )}
      />
    </section>
  );
}

function RemoveSetback({ setbackId, dayLabel }: { setbackId: string; dayLabel: string }) {
  const { t } = useTranslation();
  const [remove, removing] = useMutation(DeleteSetbackDocument, { update: (cache, { data }) => keepJourney(cache, data?.deleteSetback) });
  return (
    <Dialog
      role="alertdialog"
      title={t('journey.removeTitle')}
      trigger={
        <Button variant="quiet" size="small" aria-label={t('journey.removeNamed', { day: dayLabel })}>
          {t('journey.remove')}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('journey.removeExplain', { day: dayLabel })}</p>
          <ErrorMessage error={removing.error} />
          <div className="k-row">
            <Button
              isPending={removing.loading}
              onPress={() =>
                void remove({ variables: { setbackId } })
                  .then(close)
                  .catch(() => undefined)
              }
            >
              {t('journey.removeConfirm')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('journey.removeKeep')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function Setbacks({ journey }: { journey: JourneyFieldsFragment & { startedOn: string } }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat('long');
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(today());
  const [note, setNote] = useState('');
  const [record, recording] = useMutation(RecordSetbackDocument, { update: (cache, { data }) => keepJourney(cache, data?.recordSetback.journey) });
  const support = recording.data?.recordSetback;
  const supportRef = useRef<HTMLDivElement>(null);
  // The form closes once the setback is noted: the support words take its focus, and are read first.
  useEffect(() => {
    if (support) supportRef.current?.focus();
  }, [support]);

  const submit = () =>
    void record({ variables: { input: { occurredOn: day, note: note.trim() || null } } })
      .then(() => {
        setOpen(false);
        setNote('');
        setDay(today());
      })
      .catch(() => undefined);

  return (
    <section className="k-stack" aria-labelledby="journey-setback">
      <h2 id="journey-setback">{t('journey.setbackTitle')}</h2>
      <p>{t('journey.setbackIntro')}</p>
      {support && !open ? (
        <div className="k-card k-card--muted k-stack k-stack--tight" role="status" ref={supportRef} tabIndex={-1}>
          <p>{support.message}</p>
          <h3>{t('journey.nextStepsTitle')}</h3>
          <ul>
            {support.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          <div className="k-row">
            <ButtonLink href="/check-ins" variant="secondary" size="small">
              {t('journey.checkIn')}
            </ButtonLink>
            <ButtonLink href="/help" variant="secondary" size="small">
              {t('journey.help')}
            </ButtonLink>
          </div>
        </div>
      ) : null}
      {open ? (
        <div className="k-card k-stack">
          <h3 id="journey-setback-form">{t('journey.setbackFormTitle')}</h3>
          <Form aria-labelledby="journey-setback-form" onSubmit={submit}>
            <TextField label={t('journey.setbackDay')} type="date" isRequired value={day} onChange={setDay} />
            <TextField label={t('journey.setbackNote')} description={t('journey.setbackNoteHint')} multiline maxLength={2000} value={note} onChange={setNote} />
            <ErrorMessage error={recording.error} />
            <div className="k-row">
              <Button type="submit" isPending={recording.loading}>
                {t('journey.setbackSave')}
              </Button>
              <Button variant="quiet" onPress={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        </div>
      ) : (
        <div className="k-row">
          <Button variant="secondary" onPress={() => setOpen(true)}>
            {t('journey.setbackOpen')}
          </Button>
        </div>
      )}
      {journey.setbacks.length > 0 ? (
        <>
          <h3 id="journey-setbacks-noted">{t('journey.setbacksNoted')}</h3>
          <ul className="k-list" aria-labelledby="journey-setbacks-noted">
            {journey.setbacks.map((setback) => (
              <li key={setback.id} className="k-list__item k-stack k-stack--tight">
                <p>
                  <strong>{formatDay(setback.occurredOn)}</strong>
                </p>
                {setback.note ? <p className="k-text-block">{setback.note}</p> : null}
                <div className="k-row">
                  <RemoveSetback setbackId={setback.id} dayLabel={formatDay(setback.occurredOn)} />
                </div>
              </li>
            ))}
          </ul>
          <p className="k-muted">{t('journey.setbacksPrivate')}</p>
        </>
      ) : null}
    </section>
  );
}

export default function JourneyPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyJourneyDocument);
  const journey = data?.myRecoveryJourney;
  return (
    <Page title={t('journey.title')} intro={t('journey.intro')}>
      {loading && !data ? <Loading /> : null}
      {!data && error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {journey && !journey.startedOn ? (
        <section className="k-card k-stack" aria-labelledby="journey-start">
          <h2 id="journey-start">{t('journey.startTitle')}</h2>
          <p>{t('journey.startIntro')}</p>
          <StartDateForm startedOn={null} labelledBy="journey-start" />
        </section>
      ) : null}
      {journey?.startedOn ? (
        <>
          <Days journey={{ ...journey, startedOn: journey.startedOn }} />
          <Milestones journey={{ ...journey, startedOn: journey.startedOn }} />
          <Setbacks journey={{ ...journey, startedOn: journey.startedOn }} />
          <section className="k-stack" aria-labelledby="journey-change-start">
            <h2 id="journey-change-start">{t('journey.changeStartTitle')}</h2>
            <p className="k-muted">{t('journey.changeStartIntro')}</p>
            <StartDateForm key={journey.startedOn} startedOn={journey.startedOn} labelledBy="journey-change-start" />
          </section>
        </>
      ) : null}
    </Page>
  );
}
