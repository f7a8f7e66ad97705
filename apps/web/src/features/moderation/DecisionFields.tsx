import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup, TextField } from '../../design';
import type { ModerationAction, ModerationDecisionInput } from '../../graphql/generated/graphql';

/** What a moderator can decide by choosing it (undoing has its own button). */
export type DecidableAction = Extract<ModerationAction, 'DISMISS' | 'HIDE' | 'WARN' | 'SUSPEND' | 'BAN'>;

/** A decision being written: what to do, for how many days when pausing, and the reason the person will read. */
export interface DecisionDraft<A extends DecidableAction> {
  action: A | null;
  setAction: (action: A) => void;
  days: string;
  setDays: (days: string) => void;
  reason: string;
  setReason: (reason: string) => void;
  /** The decision to send, or null until an action and a reason are there. */
  decision: ModerationDecisionInput | null;
  clear: () => void;
}

export function useDecisionDraft<A extends DecidableAction>(): DecisionDraft<A> {
  const [action, setAction] = useState<A | null>(null);
  const [days, setDays] = useState('7');
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  return {
    action,
    setAction,
    days,
    setDays,
    reason,
    setReason,
    decision: action && trimmed ? { action, reason: trimmed, ...(action === 'SUSPEND' ? { suspendDays: Number(days) } : {}) } : null,
    clear: () => {
      setAction(null);
      setReason('');
    },
  };
}

/** The same fields wherever a moderator decides: on a case, or about the person beside it. */
export function DecisionFields<A extends DecidableAction>({ draft, actions }: { draft: DecisionDraft<A>; actions: readonly A[] }) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        label={t('moderation.case.action')}
        isRequired
        value={draft.action}
        onChange={(value) => draft.setAction(value as A)}
        options={actions.map((id) => ({ id, label: t(`moderation.action.${id}`), description: t(`moderation.actionHint.${id}`) }))}
      />
      {draft.action === 'SUSPEND' ? (
        <TextField label={t('moderation.case.days')} type="number" inputMode="numeric" isRequired value={draft.days} onChange={draft.setDays} />
      ) : null}
      <TextField
        label={t('moderation.case.reason')}
        description={t('moderation.case.reasonHint')}
        multiline
        isRequired
        maxLength={1000}
        value={draft.reason}
        onChange={draft.setReason}
      />
    </>
  );
}
