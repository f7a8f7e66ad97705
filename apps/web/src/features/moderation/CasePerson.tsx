import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, RadioGroup, TextField } from '../../design';
import type { ModerationAction, ModerationDecisionFieldsFragment } from '../../graphql/generated/graphql';
import { DecisionList } from './DecisionList';
import { ModeratePersonDocument } from './documents';

const PERSON_ACTIONS = ['WARN', 'SUSPEND', 'BAN'] as const satisfies readonly ModerationAction[];
type PersonAction = (typeof PERSON_ACTIONS)[number];

/** A decision about the person themself, beside the case's own: a warning, a pause or a stop to their posting. */
function PersonDecisionForm({ personId, name, onDecided }: { personId: string; name: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<PersonAction | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('7');
  const [moderate, { loading, error }] = useMutation(ModeratePersonDocument);
  if (!open)
    return (
      <div className="k-row">
        <Button variant="secondary" onPress={() => setOpen(true)}>
          {t('moderation.person.decide', { name })}
        </Button>
      </div>
    );
  return (
    <Form
      aria-label={t('moderation.person.decide', { name })}
      onSubmit={() => {
        if (!action || !reason.trim()) return;
        const decision = { action, reason: reason.trim(), ...(action === 'SUSPEND' ? { suspendDays: Number(days) } : {}) };
        void moderate({ variables: { personId, decision } })
          .then(() => {
            setOpen(false);
            setAction(null);
            setReason('');
            onDecided();
          })
          .catch(() => undefined);
      }}
    >
      <RadioGroup
        label={t('moderation.case.action')}
        isRequired
        value={action}
        onChange={(value) => setAction(value as PersonAction)}
        options={PERSON_ACTIONS.map((id) => ({ id, label: t(`moderation.action.${id}`), description: t(`moderation.actionHint.${id}`) }))}
      />
      {action === 'SUSPEND' ? (
        <TextField label={t('moderation.case.days')} type="number" inputMode="numeric" isRequired value={days} onChange={setDays} />
      ) : null}
      <TextField
        label={t('moderation.case.reason')}
        description={t('moderation.case.reasonHint')}
        multiline
        isRequired
        maxLength={1000}
        value={reason}
        onChange={setReason}
      />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !action || !reason.trim()}>
          {t('moderation.case.submit')}
        </Button>
        <Button variant="quiet" onPress={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/**
 * The person a case concerns: what was decided about them before (so one report is judged
 * with their history in view) and a decision about them beyond this case.
 */
export function CasePerson({
  personId,
  name,
  history,
  onChanged,
}: {
  personId: string;
  name: string;
  history: readonly ModerationDecisionFieldsFragment[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="k-stack" aria-labelledby="case-person">
      <h2 id="case-person">{t('moderation.person.title', { name })}</h2>
      {history.length > 0 ? (
        <DecisionList label={t('moderation.person.history', { name })} decisions={history} withSubject onChanged={onChanged} />
      ) : (
        <p className="k-muted">{t('moderation.person.noHistory', { name })}</p>
      )}
      <PersonDecisionForm personId={personId} name={name} onDecided={onChanged} />
    </section>
  );
}
