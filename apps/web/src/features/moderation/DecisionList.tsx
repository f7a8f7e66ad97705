import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { List } from '../../design';
import type { ModerationAction, ModerationDecisionFieldsFragment } from '../../graphql/generated/graphql';
import { ReverseModerationDecisionDocument } from './documents';
import { useFormatDate } from './labels';
import { ReasonButton } from './ReasonButton';

/** Decisions that can be undone; an undo itself is not undone again (a new decision is made instead). */
const UNDOABLE: readonly ModerationAction[] = ['HIDE', 'RESTORE', 'WARN', 'SUSPEND', 'BAN'];

function UndoForm({ decision, onUndone }: { decision: ModerationDecisionFieldsFragment; onUndone: () => void }) {
  const { t } = useTranslation();
  const [reverse, { loading, error }] = useMutation(ReverseModerationDecisionDocument);
  return (
    <ReasonButton
      label={t('moderation.case.undo')}
      reasonLabel={t('moderation.case.undoReason')}
      confirmLabel={t('moderation.case.undoConfirm')}
      loading={loading}
      error={error}
      onConfirm={(reason) => reverse({ variables: { decisionId: decision.id, reason } }).then(onUndone)}
    />
  );
}

/**
 * Decisions with their reasons, each still standing one with its own undo. `withSubject` names
 * what each was about, for a list that mixes decisions on writing and on the person.
 */
export function DecisionList({
  label,
  decisions,
  withSubject = false,
  onChanged,
}: {
  label: string;
  decisions: readonly ModerationDecisionFieldsFragment[];
  withSubject?: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const undone = new Set(decisions.flatMap((decision) => (decision.reversesId ? [decision.reversesId] : [])));
  return (
    <List
      label={label}
      items={decisions}
      getKey={(decision) => decision.id}
      renderItem={(decision) => (
        <div className="k-stack k-stack--tight">
          <p>
            <strong>{t(`moderation.action.${decision.action}`)}</strong>
            {withSubject ? ` · ${t(`moderation.about.${decision.subjectKind}`)}` : ''} · {formatDate(decision.createdAt)}
            {undone.has(decision.id) ? ` · ${t('moderation.case.undone')}` : ''}
          </p>
          <p>{decision.reason}</p>
          {decision.suspendedUntil ? <p className="k-muted">{t('moderation.case.until', { date: formatDate(decision.suspendedUntil) })}</p> : null}
          {!decision.reversesId && !undone.has(decision.id) && UNDOABLE.includes(decision.action) ? (
            <UndoForm decision={decision} onUndone={onChanged} />
          ) : null}
        </div>
      )}
    />
  );
}
