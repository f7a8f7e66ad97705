import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, Notice, RatingScale, TextField } from '../../design';
import { graphql } from '../../graphql/generated';
import type { DomainRatingsQuery, RecoveryDomain } from '../../graphql/generated/graphql';
import { capitalName, domainAbout, domainName, listOf } from './words';

export const RecordDomainRatingsDocument = graphql(`
  mutation RecordDomainRatings($input: RecordDomainRatingsInput!) {
    recordDomainRatings(input: $input) {
      id
      takenAt
    }
  }
`);

type Guide = DomainRatingsQuery['recoveryCapitalGuide'];
type Snapshot = NonNullable<DomainRatingsQuery['myRecoveryCapital']['latestDomainRatings']>;

/** The scale's words, for the points the guide names. */
const ANCHOR_KEYS = { 0: 'recoveryCapital.anchors.0', 5: 'recoveryCapital.anchors.5', 10: 'recoveryCapital.anchors.10' } as const;

interface Draft {
  score: number | null;
  note: string;
}

function startFrom(guide: Guide, latest: Snapshot | null): Record<string, Draft> {
  const before = new Map(latest?.scores.map((entry) => [entry.domain, entry]));
  return Object.fromEntries(guide.domains.map(({ domain }) => [domain, { score: before.get(domain)?.score ?? null, note: before.get(domain)?.note ?? '' }]));
}

/**
 * Rating the eight domains, 0 to 10, each with an optional private note. A new rating starts
 * from the last one, so only what changed needs touching; every rating is kept as its own snapshot.
 */
export function DomainRatingForm({ guide, latest, onSaved }: { guide: Guide; latest: Snapshot | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => startFrom(guide, latest));
  const [startedFrom, setStartedFrom] = useState(latest?.id ?? null);
  const [showMissing, setShowMissing] = useState(false);
  const [record, recording] = useMutation(RecordDomainRatingsDocument);
  const { minimum: min, maximum: max } = guide.scale;

  // A rating saved elsewhere (or just now) becomes the new starting point.
  if ((latest?.id ?? null) !== startedFrom) {
    setStartedFrom(latest?.id ?? null);
    setDrafts(startFrom(guide, latest));
  }

  const anchors = guide.scale.anchors.map((anchor) => {
    const key = ANCHOR_KEYS[anchor.value as keyof typeof ANCHOR_KEYS] as (typeof ANCHOR_KEYS)[keyof typeof ANCHOR_KEYS] | undefined;
    // A point the catalogues do not know yet keeps the API's English words rather than none.
    return { value: anchor.value, label: key ? t(key) : anchor.label };
  });
  const change = (domain: RecoveryDomain, patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [domain]: { score: null, note: '', ...all[domain], ...patch } }));
  const complete = guide.domains.every(({ domain }) => drafts[domain]?.score !== null && drafts[domain]?.score !== undefined);

  const submit = () => {
    if (!complete) {
      setShowMissing(true);
      return;
    }
    const ratings = guide.domains.map(({ domain }) => ({ domain, score: drafts[domain]?.score ?? 0, note: drafts[domain]?.note.trim() || null }));
    void record({ variables: { input: { ratings } } })
      .then(() => {
        setShowMissing(false);
        onSaved();
      })
      .catch(() => undefined);
  };

  return (
    <section className="k-stack" aria-labelledby="rate">
      <h2 id="rate">{t('recoveryCapital.rateTitle')}</h2>
      <p className="k-muted">{t('recoveryCapital.rateIntro', { min, max })}</p>
      {latest ? <p className="k-muted">{t('recoveryCapital.ratePrefilled')}</p> : null}
      <div className="k-card k-card--muted">
        <h3>{t('recoveryCapital.scaleTitle')}</h3>
        <ul className="k-bullets">
          {anchors.map((anchor) => (
            <li key={anchor.value}>
              <strong>{anchor.value}</strong> · {anchor.label}
            </li>
          ))}
        </ul>
      </div>
      <Form onSubmit={submit} aria-labelledby="rate">
        {guide.domains.map(({ domain, number, dimensions }) => {
          const name = domainName(t, domain);
          const draft = drafts[domain];
          return (
            <div key={domain} className="k-card k-stack">
              <RatingScale
                label={`${number}. ${name}`}
                description={`${domainAbout(t, domain)} ${t('recoveryCapital.countsTowards', {
                  capitals: listOf(
                    i18n.language,
                    dimensions.map((dimension) => capitalName(t, dimension)),
                  ),
                })}`}
                min={min}
                max={max}
                anchors={anchors}
                value={draft?.score ?? null}
                onChange={(score) => change(domain, { score })}
                errorMessage={showMissing && (draft?.score === null || draft?.score === undefined) ? t('recoveryCapital.pickRating', { min, max }) : null}
              />
              <TextField
                label={t('recoveryCapital.noteLabel', { name })}
                description={t('recoveryCapital.noteHint')}
                multiline
                rows={2}
                maxLength={guide.scale.noteMaxLength}
                value={draft?.note ?? ''}
                onChange={(note) => change(domain, { note })}
              />
            </div>
          );
        })}
        {showMissing && !complete ? <p role="alert">{t('recoveryCapital.ratingsMissing')}</p> : null}
        <ErrorMessage error={recording.error} />
        {recording.data && !recording.loading ? (
          <Notice>
            <p>{t('recoveryCapital.ratingsSaved')}</p>
          </Notice>
        ) : null}
        <div className="k-row">
          <Button type="submit" isPending={recording.loading}>
            {t('recoveryCapital.saveRatings')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
