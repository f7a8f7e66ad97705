import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, Select, TextField } from '../../design';
import type { RecoveryDomain } from '../../graphql/generated/graphql';
import { domainName } from '../recovery-capital/words';
import { CreateRecoveryGoalDocument, refetchPlan, UpdateRecoveryGoalDocument } from './plan-documents';
import { DOMAINS, type PlanGoal } from './plan-words';

/** Writing a new goal, or rewriting one: its area of life, its words, why it matters, a hoped-for day. */
export function GoalForm({ goal, onDone, onCancel }: { goal?: PlanGoal; onDone: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [domain, setDomain] = useState<RecoveryDomain | null>(goal?.domain ?? null);
  const [title, setTitle] = useState(goal?.title ?? '');
  const [why, setWhy] = useState(goal?.why ?? '');
  const [dueOn, setDueOn] = useState(goal?.dueOn ?? '');
  const [showMissing, setShowMissing] = useState(false);
  const [create, creating] = useMutation(CreateRecoveryGoalDocument, refetchPlan);
  const [update, updating] = useMutation(UpdateRecoveryGoalDocument, refetchPlan);
  const saving = goal ? updating : creating;
  const headingId = goal ? `goal-form-${goal.id}` : 'goal-form-new';

  const submit = () => {
    // Both checks at once, in the page's words (the browser's own would stop at the first).
    if (!domain || !title.trim()) {
      setShowMissing(true);
      return;
    }
    const input = { domain, title: title.trim(), why: why.trim() || null, dueOn: dueOn || null };
    const saved = goal ? update({ variables: { goalId: goal.id, input } }) : create({ variables: { input } });
    void saved.then(() => onDone(input.title)).catch(() => undefined);
  };

  return (
    <section className="k-card k-stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{goal ? t('recoveryPlan.editGoalTitle') : t('recoveryPlan.newGoalTitle')}</h3>
      <Form onSubmit={submit} aria-labelledby={headingId}>
        <Select
          label={t('recoveryPlan.domainLabel')}
          options={DOMAINS.map((id) => ({ id, label: domainName(t, id) }))}
          value={domain}
          onChange={(value) => setDomain(value as RecoveryDomain)}
          errorMessage={showMissing && !domain ? t('recoveryPlan.pickDomain') : null}
        />
        <TextField
          label={t('recoveryPlan.goalLabel')}
          description={t('recoveryPlan.goalHint')}
          value={title}
          onChange={setTitle}
          maxLength={200}
          errorMessage={showMissing && !title.trim() ? t('recoveryPlan.writeGoal') : null}
        />
        <TextField label={t('recoveryPlan.whyMattersLabel')} multiline rows={3} value={why} onChange={setWhy} maxLength={2000} />
        <TextField label={t('recoveryPlan.dueLabel')} type="date" value={dueOn} onChange={setDueOn} />
        <ErrorMessage error={saving.error} />
        <div className="k-row">
          <Button type="submit" isPending={saving.loading}>
            {t('recoveryPlan.saveGoal')}
          </Button>
          <Button variant="quiet" onPress={onCancel}>
            {t('recoveryPlan.cancel')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
