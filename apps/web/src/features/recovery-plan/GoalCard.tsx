import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, ErrorMessage, Form, TextField } from '../../design';
import type { RecoveryGoalStatus } from '../../graphql/generated/graphql';
import { GoalForm } from './GoalForm';
import {
  AddRecoveryStepDocument,
  DeleteRecoveryGoalDocument,
  DeleteRecoveryStepDocument,
  refetchPlan,
  ReorderRecoveryStepsDocument,
  SetRecoveryGoalStatusDocument,
  SetRecoveryStepDoneDocument,
  UpdateRecoveryStepDocument,
} from './plan-documents';
import { formatDay, type PlanGoal, type PlanStep } from './plan-words';

/** One goal: its words, where it stands, and its steps, which the member adds, ticks off, rewrites, reorders and deletes. */
export function GoalCard({ goal }: { goal: PlanGoal }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [setStatus, statusing] = useMutation(SetRecoveryGoalStatusDocument, refetchPlan);
  const [remove, removing] = useMutation(DeleteRecoveryGoalDocument, refetchPlan);

  if (editing) return <GoalForm goal={goal} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />;

  const changeStatus = (status: RecoveryGoalStatus) => void setStatus({ variables: { goalId: goal.id, status } }).catch(() => undefined);

  return (
    <article className="k-card k-stack" aria-labelledby={`${id}-title`}>
      <div className="k-stack k-stack--tight">
        <h4 id={`${id}-title`} className="k-goal__title">
          {goal.title}
        </h4>
        <p>
          <span className="k-badge" data-status={goal.status}>
            {t(`recoveryPlan.status.${goal.status}`)}
          </span>
        </p>
        {goal.why ? <p>{goal.why}</p> : null}
        {goal.dueOn ? <p className="k-muted">{t('recoveryPlan.hopedFor', { date: formatDay(i18n.language, goal.dueOn) })}</p> : null}
        {goal.suggested && goal.suggestedByDisplayName ? (
          <p className="k-muted">{t('recoveryPlan.suggestedBy', { name: goal.suggestedByDisplayName })}</p>
        ) : null}
      </div>

      <Steps goal={goal} />

      <ErrorMessage error={statusing.error ?? removing.error} />
      {confirmingDelete ? (
        <div className="k-stack k-card k-card--muted" role="group" aria-labelledby={`${id}-delete`}>
          <p id={`${id}-delete`}>{t('recoveryPlan.deleteGoalConfirm', { title: goal.title })}</p>
          <div className="k-row">
            <Button variant="secondary" isPending={removing.loading} onPress={() => void remove({ variables: { goalId: goal.id } }).catch(() => undefined)}>
              {t('recoveryPlan.confirmDelete')}
            </Button>
            <Button variant="quiet" onPress={() => setConfirmingDelete(false)}>
              {t('recoveryPlan.keep')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="k-row k-goal__actions">
          {goal.status === 'ACTIVE' ? (
            <>
              <Button variant="secondary" size="small" isPending={statusing.loading} onPress={() => changeStatus('ACHIEVED')}>
                {t('recoveryPlan.markReached')}
              </Button>
              <Button variant="quiet" size="small" isDisabled={statusing.loading} onPress={() => changeStatus('SET_ASIDE')}>
                {t('recoveryPlan.setAside')}
              </Button>
            </>
          ) : (
            <Button variant="secondary" size="small" isPending={statusing.loading} onPress={() => changeStatus('ACTIVE')}>
              {t('recoveryPlan.takeUp')}
            </Button>
          )}
          <Button variant="quiet" size="small" aria-label={t('recoveryPlan.changeGoal', { title: goal.title })} onPress={() => setEditing(true)}>
            {t('recoveryPlan.change')}
          </Button>
          <Button variant="quiet" size="small" aria-label={t('recoveryPlan.deleteGoal', { title: goal.title })} onPress={() => setConfirmingDelete(true)}>
            {t('recoveryPlan.delete')}
          </Button>
        </div>
      )}
    </article>
  );
}

/**
 * The goal's steps in the member's order. Reordering is by "Move up" and "Move down" buttons,
 * so it works from a keyboard and a screen reader; focus follows the moved step and the new
 * place is announced.
 */
function Steps({ goal }: { goal: PlanGoal }) {
  const { t } = useTranslation();
  const steps = [...goal.steps].sort((a, b) => a.position - b.position);
  const [newStep, setNewStep] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ stepId: string; direction: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const [add, adding] = useMutation(AddRecoveryStepDocument, refetchPlan);
  const [reorder, reordering] = useMutation(ReorderRecoveryStepsDocument, refetchPlan);

  useEffect(() => {
    if (!focusAfterMove || !list.current) return;
    const buttons = (direction: string) => list.current?.querySelector<HTMLButtonElement>(`[data-step="${focusAfterMove.stepId}"][data-move="${direction}"]`);
    // At the top (or bottom) the same button is disabled: the other one keeps focus in the step.
    const target = buttons(focusAfterMove.direction);
    const fallback = buttons(focusAfterMove.direction === 'up' ? 'down' : 'up');
    (target && !target.disabled ? target : fallback)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, goal]);

  const move = (step: PlanStep, direction: 'up' | 'down') => {
    const from = steps.findIndex((entry) => entry.id === step.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= steps.length) return;
    const order = steps.map((entry) => entry.id);
    order.splice(from, 1);
    order.splice(to, 0, step.id);
    void reorder({ variables: { goalId: goal.id, stepIds: order } })
      .then(() => {
        setAnnouncement(t('recoveryPlan.moved', { title: step.title, position: to + 1, count: steps.length }));
        setFocusAfterMove({ stepId: step.id, direction });
      })
      .catch(() => undefined);
  };

  const addStep = () =>
    void add({ variables: { goalId: goal.id, input: { title: newStep.trim() } } })
      .then(() => setNewStep(''))
      .catch(() => undefined);

  return (
    // The goal's title is right above, so the heading says "Steps"; the region's name says whose.
    <section className="k-stack" aria-label={t('recoveryPlan.stepsTitle', { title: goal.title })}>
      <div className="k-stack k-stack--tight">
        <h5 className="k-steps-title">{t('recoveryPlan.steps')}</h5>
        {steps.length > 0 ? <p className="k-muted">{t('recoveryPlan.stepsProgress', { done: goal.stepsDone, count: steps.length })}</p> : null}
      </div>
      {steps.length === 0 ? <p className="k-muted">{t('recoveryPlan.noSteps')}</p> : null}
      {steps.length > 0 ? (
        <ol className="k-step-list" ref={list} aria-label={t('recoveryPlan.stepsTitle', { title: goal.title })}>
          {steps.map((step, index) => (
            <StepItem
              key={step.id}
              step={step}
              isFirst={index === 0}
              isLast={index === steps.length - 1}
              moving={reordering.loading}
              onMove={(direction) => move(step, direction)}
            />
          ))}
        </ol>
      ) : null}
      <p className="k-visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorMessage error={reordering.error} />
      {goal.status === 'ACTIVE' ? (
        <Form onSubmit={addStep} aria-label={t('recoveryPlan.newStepLabel', { title: goal.title })}>
          <TextField label={t('recoveryPlan.newStepLabel', { title: goal.title })} value={newStep} onChange={setNewStep} isRequired maxLength={200} />
          <ErrorMessage error={adding.error} />
          <Button type="submit" variant="secondary" size="small" isPending={adding.loading}>
            {t('recoveryPlan.addStep')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}

function StepItem({
  step,
  isFirst,
  isLast,
  moving,
  onMove,
}: {
  step: PlanStep;
  isFirst: boolean;
  isLast: boolean;
  moving: boolean;
  onMove: (direction: 'up' | 'down') => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [title, setTitle] = useState(step.title);
  const [dueOn, setDueOn] = useState(step.dueOn ?? '');
  const [setDone, marking] = useMutation(SetRecoveryStepDoneDocument, refetchPlan);
  // The tick shows at once; if saving fails it goes back and the error says why.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const done = ticking ?? step.done;
  const [update, updating] = useMutation(UpdateRecoveryStepDocument, refetchPlan);
  const [remove, removing] = useMutation(DeleteRecoveryStepDocument, refetchPlan);

  if (editing) {
    return (
      <li className="k-step">
        <Form
          aria-label={t('recoveryPlan.changeStep', { title: step.title })}
          onSubmit={() =>
            void update({ variables: { stepId: step.id, input: { title: title.trim(), dueOn: dueOn || null } } })
              .then(() => setEditing(false))
              .catch(() => undefined)
          }
        >
          <TextField label={t('recoveryPlan.stepLabel')} value={title} onChange={setTitle} isRequired maxLength={200} />
          <TextField label={t('recoveryPlan.dueLabel')} type="date" value={dueOn} onChange={setDueOn} />
          <ErrorMessage error={updating.error} />
          <div className="k-row">
            <Button type="submit" size="small" isPending={updating.loading}>
              {t('recoveryPlan.saveStep')}
            </Button>
            <Button variant="quiet" size="small" onPress={() => setEditing(false)}>
              {t('recoveryPlan.cancel')}
            </Button>
          </div>
        </Form>
      </li>
    );
  }

  return (
    <li className="k-step">
      <Checkbox
        isSelected={done}
        isDisabled={marking.loading}
        onChange={(value) => {
          setTicking(value);
          void setDone({ variables: { stepId: step.id, done: value } })
            .catch(() => undefined)
            .finally(() => setTicking(null));
        }}
      >
        <span className={done ? 'k-step__title k-step__title--done' : 'k-step__title'}>{step.title}</span>
      </Checkbox>
      {step.dueOn || step.suggestedByDisplayName ? (
        <p className="k-muted k-step__meta">
          {[
            step.dueOn ? t('recoveryPlan.stepDue', { date: formatDay(i18n.language, step.dueOn) }) : null,
            step.suggested && step.suggestedByDisplayName ? t('recoveryPlan.suggestedBy', { name: step.suggestedByDisplayName }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      <ErrorMessage error={marking.error ?? removing.error} />
      {confirmingDelete ? (
        <div className="k-row" role="group" aria-label={t('recoveryPlan.deleteStepConfirm', { title: step.title })}>
          <p className="k-step__confirm">{t('recoveryPlan.deleteStepConfirm', { title: step.title })}</p>
          <Button
            variant="secondary"
            size="small"
            isPending={removing.loading}
            onPress={() => void remove({ variables: { stepId: step.id } }).catch(() => undefined)}
          >
            {t('recoveryPlan.confirmDelete')}
          </Button>
          <Button variant="quiet" size="small" onPress={() => setConfirmingDelete(false)}>
            {t('recoveryPlan.keep')}
          </Button>
        </div>
      ) : (
        <div className="k-row k-step__actions">
          <Button
            variant="quiet"
            size="small"
            data-step={step.id}
            data-move="up"
            isDisabled={isFirst || moving}
            aria-label={t('recoveryPlan.moveUpLabel', { title: step.title })}
            onPress={() => onMove('up')}
          >
            {t('recoveryPlan.moveUp')}
          </Button>
          <Button
            variant="quiet"
            size="small"
            data-step={step.id}
            data-move="down"
            isDisabled={isLast || moving}
            aria-label={t('recoveryPlan.moveDownLabel', { title: step.title })}
            onPress={() => onMove('down')}
          >
            {t('recoveryPlan.moveDown')}
          </Button>
          <Button
            variant="quiet"
            size="small"
            aria-label={t('recoveryPlan.changeStep', { title: step.title })}
            onPress={() => {
              setTitle(step.title);
              setDueOn(step.dueOn ?? '');
              setEditing(true);
            }}
          >
            {t('recoveryPlan.change')}
          </Button>
          <Button variant="quiet" size="small" aria-label={t('recoveryPlan.deleteStep', { title: step.title })} onPress={() => setConfirmingDelete(true)}>
            {t('recoveryPlan.delete')}
          </Button>
        </div>
      )}
    </li>
  );
}
