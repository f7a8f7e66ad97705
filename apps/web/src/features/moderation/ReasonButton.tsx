import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, Form, TextField } from '../../design';

/**
 * A moderator's action that needs a reason the person will read: a small button that opens
 * the reason field in place, so nothing is decided by one stray tap.
 */
export function ReasonButton({
  label,
  reasonLabel,
  confirmLabel,
  loading,
  error,
  onConfirm,
}: {
  label: string;
  reasonLabel: string;
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
      <TextField
        label={reasonLabel}
        description={t('moderation.case.reasonHint')}
        multiline
        isRequired
        maxLength={1000}
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
