import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, EmptyState, ErrorMessage, Form, Loading, Notice, Page, RadioGroup, TextField } from '../../design';
import { CheckInDocument, DeleteCheckinDocument, MyCheckinsDocument } from './documents';
import { ReminderSection } from './ReminderSection';

const MOODS = [1, 2, 3, 4, 5] as const;
const CRAVINGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

function DeleteCheckin({ checkinId, when }: { checkinId: string; when: string }) {
  const { t } = useTranslation();
  const [remove, removing] = useMutation(DeleteCheckinDocument, { refetchQueries: [MyCheckinsDocument] });
  return (
    <Dialog
      role="alertdialog"
      title={t('checkIns.deleteTitle')}
      trigger={
        <Button variant="quiet" size="small" aria-label={t('checkIns.deleteNamed', { when })}>
          {t('checkIns.delete')}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('checkIns.deleteExplain', { when })}</p>
          <ErrorMessage error={removing.error} />
          <div className="k-row">
            <Button
              isPending={removing.loading}
              onPress={() =>
                void remove({ variables: { checkinId } })
                  .then(close)
                  .catch(() => undefined)
              }
            >
              {t('checkIns.deleteConfirm')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('checkIns.deleteKeep')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

export default function CheckInsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyCheckinsDocument);
  const [checkIn, saving] = useMutation(CheckInDocument);
  const [mood, setMood] = useState<string | null>(null);
  const [cravings, setCravings] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const when = new Intl.DateTimeFormat(i18n.language === 'fr' ? 'fr' : 'en', { dateStyle: 'medium', timeStyle: 'short' });

  const submit = () => {
    if (mood === null || cravings === null) {
      setShowMissing(true);
      return;
    }
    void checkIn({ variables: { input: { mood: Number(mood), cravings: Number(cravings), note: note.trim() || null } } })
      .then(() => {
        setMood(null);
        setCravings(null);
        setNote('');
        setShowMissing(false);
        return refetch();
      })
      .catch(() => undefined);
  };

  const checkins = data?.myCheckins.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title={t('checkIns.title')} intro={t('checkIns.intro')}>
      <section className="k-stack" aria-labelledby="check-in-form">
        <h2 id="check-in-form">{t('checkIns.formTitle')}</h2>
        <Form onSubmit={submit} aria-labelledby="check-in-form">
          <RadioGroup
            label={t('checkIns.mood')}
            options={MOODS.map((value) => ({ id: String(value), label: t(`checkIns.moods.${value}`) }))}
            value={mood}
            onChange={setMood}
            errorMessage={showMissing && mood === null ? t('checkIns.pickMood') : null}
          />
          <RadioGroup
            label={t('checkIns.cravings')}
            description={t('checkIns.cravingsHint')}
            options={CRAVINGS.map((value) => ({ id: String(value), label: String(value) }))}
            value={cravings}
            onChange={setCravings}
            errorMessage={showMissing && cravings === null ? t('checkIns.pickCravings') : null}
          />
          <TextField label={t('checkIns.note')} description={t('checkIns.noteHint')} multiline maxLength={2000} value={note} onChange={setNote} />
          <ErrorMessage error={saving.error} />
          {saving.data && !saving.loading ? (
            <Notice>
              <p>{t('checkIns.saved')}</p>
            </Notice>
          ) : null}
          <div className="k-row">
            <Button type="submit" isPending={saving.loading}>
              {t('checkIns.save')}
            </Button>
          </div>
        </Form>
      </section>

      <section className="k-stack" aria-labelledby="check-in-history">
        <h2 id="check-in-history">{t('checkIns.historyTitle')}</h2>
        {loading && !data ? <Loading /> : null}
        {!data && error ? <ErrorMessage error={error} action={<Button onPress={() => void refetch()}>{t('checkIns.tryAgain')}</Button>} /> : null}
        {data && checkins.length === 0 ? (
          <EmptyState title={t('checkIns.emptyTitle')} headingLevel={3}>
            {t('checkIns.emptyBody')}
          </EmptyState>
        ) : null}
        {checkins.length > 0 ? (
          <ul className="k-list" aria-labelledby="check-in-history">
            {checkins.map((entry) => (
              <li key={entry.id} className="k-card k-stack k-stack--tight">
                <div className="k-row k-row--between">
                  <p>
                    <strong>{when.format(new Date(entry.checkedInAt))}</strong>
                  </p>
                  <DeleteCheckin checkinId={entry.id} when={when.format(new Date(entry.checkedInAt))} />
                </div>
                <p>{t('checkIns.entry', { mood: t(`checkIns.moods.${entry.mood as 1 | 2 | 3 | 4 | 5}`), cravings: entry.cravings })}</p>
                {entry.note ? <p className="k-muted">{entry.note}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="k-muted">{t('checkIns.onlyYou')}</p>
      </section>

      <ReminderSection />
    </Page>
  );
}
