import { useEffect, useId, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, TextField } from '../../design';
import type { LanguageCheckQuery } from '../../graphql/generated/graphql';
import { LanguageCheckDocument } from './documents';

type Suggestion = LanguageCheckQuery['languageCheck'][number];

interface Nudge {
  /** The words the suggestions were made for: a change to the draft makes them stale. */
  text: string;
  suggestions: Suggestion[];
}

export interface MessageDraftProps {
  label: string;
  submitLabel: string;
  /** The nudge's button that keeps the words as written. */
  anywayLabel?: string;
  initial?: string;
  /** Sends the words; resolves true when they were accepted (the draft is then cleared). */
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
  error?: unknown;
  busy: boolean;
  autoFocus?: boolean;
}

/** The draft with one suggestion's words replaced, and the other suggestions moved along with the text. */
function withAlternative(nudge: Nudge, chosen: Suggestion, alternative: string): Nudge {
  const text = nudge.text.slice(0, chosen.start) + alternative + nudge.text.slice(chosen.end);
  const shift = alternative.length - (chosen.end - chosen.start);
  const suggestions = nudge.suggestions
    .filter((suggestion) => suggestion !== chosen)
    .map((suggestion) => (suggestion.start >= chosen.end ? { ...suggestion, start: suggestion.start + shift, end: suggestion.end + shift } : suggestion));
  return { text, suggestions };
}

/**
 * Writing a message or a correction. Before the words go, they are checked against the
 * stigma-free language guide: when some may land as labels, the person sees the suggestion
 * and chooses to send as written, take an alternative, or change their words. A nudge, never
 * a block: if the check itself fails, the message is sent.
 */
export function MessageDraft({ label, submitLabel, anywayLabel, initial = '', onSubmit, onCancel, error, busy, autoFocus }: MessageDraftProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [draft, setDraft] = useState(initial);
  const [nudge, setNudge] = useState<Nudge | null>(null);
  const [checking, setChecking] = useState(false);
  const nudgeHeading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const nudgeShown = nudge !== null;

  useEffect(() => {
    // Keyboard and screen reader users land on the suggestion rather than missing it.
    if (nudgeShown) nudgeHeading.current?.focus();
  }, [nudgeShown]);

  const focusField = () => field.current?.querySelector('textarea')?.focus();

  const send = async (text: string) => {
    setNudge(null);
    if (await onSubmit(text)) setDraft('');
    else focusField();
  };

  const check = async () => {
    const text = draft;
    setChecking(true);
    const suggestions = await client
      .query({ query: LanguageCheckDocument, variables: { text }, fetchPolicy: 'network-only' })
      .then((result) => result.data?.languageCheck ?? [])
      .catch(() => []);
    setChecking(false);
    if (suggestions.length > 0) setNudge({ text, suggestions });
    else await send(text);
  };

  const take = (chosen: Suggestion, alternative: string) => {
    if (!nudge) return;
    const next = withAlternative(nudge, chosen, alternative);
    setDraft(next.text);
    if (next.suggestions.length > 0) {
      setNudge(next);
    } else {
      setNudge(null);
      focusField();
    }
  };

  return (
    <Form onSubmit={() => void check()} aria-label={label}>
      <div ref={field}>
        <TextField
          label={label}
          multiline
          isRequired
          maxLength={4000}
          value={draft}
          autoFocus={autoFocus}
          onChange={(value) => {
            setDraft(value);
            if (nudge && value !== nudge.text) setNudge(null);
          }}
        />
      </div>
      <ErrorMessage error={error} />
      {nudge ? (
        <section className="k-card k-card--muted k-stack" aria-labelledby={headingId}>
          <h3 id={headingId} ref={nudgeHeading} tabIndex={-1}>
            {t('messages.nudge.title')}
          </h3>
          <p>{t('messages.nudge.intro')}</p>
          <ul className="k-stack k-stack--tight k-plain-list" role="list">
            {nudge.suggestions.map((suggestion) => (
              <li key={`${suggestion.start}-${suggestion.matchedText}`} className="k-stack k-stack--tight">
                <p>{suggestion.message}</p>
                <div className="k-row k-wrap-buttons">
                  {suggestion.alternatives.map((alternative) => (
                    <Button key={alternative} variant="secondary" size="small" onPress={() => take(suggestion, alternative)}>
                      {t('messages.nudge.use', { words: alternative })}
                    </Button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          <div className="k-row">
            <Button isDisabled={busy} onPress={() => void send(nudge.text)}>
              {anywayLabel ?? t('messages.nudge.sendAnyway')}
            </Button>
            <Button
              variant="secondary"
              onPress={() => {
                setNudge(null);
                focusField();
              }}
            >
              {t('messages.nudge.change')}
            </Button>
          </div>
        </section>
      ) : (
        <div className="k-row">
          <Button type="submit" isDisabled={busy || checking}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="quiet" onPress={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      )}
    </Form>
  );
}
