import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, TextField, type ButtonVariant } from '../../design';
import { errorCode, errorText } from '../../graphql/errors';

/** The API's code when a fellow coordinator's decision got there first. */
export const DECIDED_BY_ANOTHER = 'DECIDED_BY_ANOTHER';

export interface DecisionChoice {
  id: string;
  /** The button's words, naming the person ("Approve Alex's request"). */
  label: string;
  variant?: ButtonVariant;
  /** When the person must be told why: the field's label and what it is for. */
  reason?: { label: string; description: string; send: string };
}

export interface DecisionPanelProps {
  choices: readonly DecisionChoice[];
  /** Resolves once the API accepted; a refusal is thrown as the API's error. */
  onDecide: (choice: string, reason: string | null) => Promise<unknown>;
  /** Another coordinator decided first: the page says so and shows where things stand now. */
  onDecidedElsewhere: (explanation: string) => void;
}

/**
 * The buttons of a decision about a person. A choice that needs words for the person opens a
 * field first, so nothing is sent by one stray tap; a refusal is shown beside the buttons in
 * the API's kind words.
 */
export function DecisionPanel({ choices, onDecide, onDecidedElsewhere }: DecisionPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DecisionChoice | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const decide = (choice: DecisionChoice, words: string | null) => {
    setBusy(true);
    setProblem(null);
    onDecide(choice.id, words)
      .then(() => {
        setOpen(null);
        setReason('');
      })
      .catch((error: unknown) => {
        if (errorCode(error) === DECIDED_BY_ANOTHER) onDecidedElsewhere(errorText(error, t));
        else setProblem(error);
      })
      .finally(() => setBusy(false));
  };

  return (
    <div className="k-stack k-stack--tight">
      {open?.reason ? (
        <Form onSubmit={() => decide(open, reason.trim())} aria-label={open.label}>
          <TextField
            label={open.reason.label}
            description={open.reason.description}
            multiline
            rows={3}
            isRequired
            minLength={3}
            maxLength={1000}
            value={reason}
            onChange={setReason}
          />
          <div className="k-row k-wrap-buttons">
            <Button type="submit" isPending={busy}>
              {open.reason.send}
            </Button>
            <Button variant="quiet" onPress={() => setOpen(null)} isDisabled={busy}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      ) : (
        <div className="k-row k-wrap-buttons">
          {choices.map((choice) => (
            <Button
              key={choice.id}
              variant={choice.variant ?? 'secondary'}
              size="small"
              isDisabled={busy}
              onPress={() => (choice.reason ? setOpen(choice) : decide(choice, null))}
            >
              {choice.label}
            </Button>
          ))}
        </div>
      )}
      <ErrorMessage error={problem} />
    </div>
  );
}
