import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, TextField } from '../../design';

/**
 * An action that needs words the other side will read (a moderator's reason, a person's
 * appeal): a small button that opens the field in place, so nothing is sent by one stray tap.
 */
export function ReasonButton({
  label,
  intro,
  reasonLabel,
  reasonHint,
  maxLength = 1000,
  confirmLabel,
  loading,
  error,
  onConfirm,
}: {
  label: string;
  /** Said above the field once it opens. */
  intro?: string;
  reasonLabel: string;
  /** Under the field; by default, that the person concerned will read it. */
  reasonHint?: string;
  maxLength?: number;
  confirmLabel: string;
  loading: boolean;
  error: unknown;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <div className="k-row">
        <Button variant="secondary" size="small" onPress={() => setOpen(true)}>
          {label}
        </Button>
      </div>
    );
  return (
    <Form
      aria-label={label}
      onSubmit={() => {
        if (!reason.trim()) return;
        void onConfirm(reason.trim())
          .then(() => {
            setOpen(false);
            setReason('');
          })
          .catch(() => undefined);
      }}
    >
      {intro ? <p>{intro}</p> : null}
      <TextField
        label={reasonLabel}
        description={reasonHint ?? t('moderation.case.reasonHint')}
        multiline
        isRequired
        maxLength={maxLength}
        value={reason}
        onChange={setReason}
        autoFocus
      />
      <ErrorMessage error={error} />
      <div className="k-row">
        <Button type="submit" isDisabled={loading || !reason.trim()}>
          {confirmLabel}
        </Button>
        <Button variant="quiet" onPress={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
