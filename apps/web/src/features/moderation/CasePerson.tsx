import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form } from '../../design';
import type { ModerationDecisionFieldsFragment } from '../../graphql/generated/graphql';
import { DecisionFields, useDecisionDraft, type DecidableAction } from './DecisionFields';
import { DecisionList } from './DecisionList';
import { ModeratePersonDocument } from './documents';

const PERSON_ACTIONS = ['WARN', 'SUSPEND', 'BAN'] as const satisfies readonly DecidableAction[];
type PersonAction = (typeof PERSON_ACTIONS)[number];

/** A decision about the person themself, beside the case's own: a warning, a pause or a stop to their posting. */
function PersonDecisionForm({ personId, name, onDecided }: { personId: string; name: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const draft = useDecisionDraft<PersonAction>();
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
        if (!draft.decision) return;
        void moderate({ variables: { personId, decision: draft.decision } })
          .then(() => {
            setOpen(false);
            draft.clear();
            onDecided();
          })
          .catch(() => undefined);
      }}
    >
      <DecisionFields draft={draft} actions={PERSON_ACTIONS} />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !draft.decision}>
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
