import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, TextField } from '../../design';
import { domainName } from '../recovery-capital/words';
import { AcceptPlanSuggestionDocument, DeclinePlanSuggestionDocument, refetchPlan } from './plan-documents';
import { formatDay, type PlanSuggestion } from './plan-words';

/**
 * A suggestion waiting for the member's answer: what, for where, who suggested it and why.
 * Accepting is a yes; "not for now" opens a few optional words back, in the card (no dialog).
 */
export function SuggestionCard({ suggestion, onAnswered }: { suggestion: PlanSuggestion; onAnswered: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState('');
  const [accept, accepting] = useMutation(AcceptPlanSuggestionDocument, refetchPlan);
  const [decline, sending] = useMutation(DeclinePlanSuggestionDocument, refetchPlan);
  const name = suggestion.suggestedByDisplayName;
  const what =
    suggestion.kind === 'GOAL'
      ? t('recoveryPlan.suggestedGoal', { domain: suggestion.domain ? domainName(t, suggestion.domain) : '' })
      : t('recoveryPlan.suggestedStep', { goal: suggestion.goalTitle ?? '' });

  const yes = () =>
    void accept({ variables: { suggestionId: suggestion.id } })
      .then(() => onAnswered(t('recoveryPlan.accepted', { title: suggestion.title })))
      .catch(() => undefined);
  const notNow = () =>
    void decline({ variables: { suggestionId: suggestion.id, note: note.trim() || null } })
      .then(() => onAnswered(t('recoveryPlan.declined', { name })))
      .catch(() => undefined);

  return (
    <article className="k-card k-stack" aria-labelledby={`${id}-title`}>
      <div className="k-stack k-stack--tight">
        <p className="k-muted">{what}</p>
        <h3 id={`${id}-title`}>{suggestion.title}</h3>
        <p>{t('recoveryPlan.suggestedBy', { name })}</p>
        {suggestion.dueOn ? <p className="k-muted">{t('recoveryPlan.hopedFor', { date: formatDay(i18n.language, suggestion.dueOn) })}</p> : null}
      </div>
      {suggestion.why ? (
        <blockquote className="k-quote">
          <p className="k-quote__label">{t('recoveryPlan.whyLabel')}</p>
          <p>{suggestion.why}</p>
        </blockquote>
      ) : null}
      <ErrorMessage error={accepting.error ?? sending.error} />
      {declining ? (
        <Form onSubmit={notNow} aria-label={t('recoveryPlan.decline')}>
          <TextField
            label={t('recoveryPlan.declineNoteLabel', { name })}
            description={t('recoveryPlan.declineNoteHint')}
            multiline
            rows={2}
            maxLength={500}
            value={note}
            onChange={setNote}
          />
          <div className="k-row">
            <Button type="submit" variant="secondary" isPending={sending.loading}>
              {t('recoveryPlan.sendDecline')}
            </Button>
            <Button variant="quiet" onPress={() => setDeclining(false)}>
              {t('recoveryPlan.cancel')}
            </Button>
          </div>
        </Form>
      ) : (
        <div className="k-row">
          <Button onPress={yes} isPending={accepting.loading}>
            {t('recoveryPlan.accept')}
          </Button>
          <Button variant="secondary" onPress={() => setDeclining(true)} isDisabled={accepting.loading}>
            {t('recoveryPlan.decline')}
          </Button>
        </div>
      )}
    </article>
  );
}
