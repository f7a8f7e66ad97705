import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Form, Notice, RadioGroup, TextField } from '../../design';
import type { ReportReason } from '../../graphql/generated/graphql';

export const REPORT_REASONS: readonly ReportReason[] = ['HARASSMENT', 'STIGMATIZING_LANGUAGE', 'SAFETY_CONCERN', 'DRUG_SELLING', 'SPAM', 'OTHER'];

/**
 * One report dialog, for a message or for a person: a reason, an optional note, then thanks.
 * The caller sends it with its own mutation and passes that mutation's state.
 */
export function ReportDialog({
  title,
  openLabel,
  intro,
  reasonLabel,
  reasonWords,
  sent,
  loading,
  error,
  reset,
  send,
}: {
  title: string;
  openLabel: string;
  intro: string;
  reasonLabel: string;
  reasonWords: (reason: ReportReason) => string;
  sent: boolean;
  loading: boolean;
  error: unknown;
  reset: () => void;
  send: (reason: ReportReason, note: string | null) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  return (
    <Dialog
      title={title}
      trigger={
        <Button variant="quiet" size="small">
          {openLabel}
        </Button>
      }
      onOpenChange={(open) => {
        if (open) return;
        setReason(null);
        setNote('');
        reset();
      }}
    >
      {(close) =>
        sent ? (
          <>
            <Notice>
              <p>{t('messages.report.thanks')}</p>
            </Notice>
            {/* The form that had focus is gone: focus lands here, inside the dialog, so Escape still closes it. */}
            <Button autoFocus onPress={close}>
              {t('common.close')}
            </Button>
          </>
        ) : (
          <Form
            aria-label={title}
            onSubmit={() => {
              if (reason) send(reason, note.trim() || null);
            }}
          >
            <p>{intro}</p>
            <p className="k-muted">{t('messages.report.safety')}</p>
            <RadioGroup
              label={reasonLabel}
              isRequired
              value={reason}
              onChange={(value) => setReason(value as ReportReason)}
              options={REPORT_REASONS.map((id) => ({ id, label: reasonWords(id) }))}
            />
            <TextField
              label={t('messages.report.note')}
              description={t('messages.report.noteHint')}
              multiline
              maxLength={1000}
              value={note}
              onChange={setNote}
            />
            <ErrorMessage error={error} />
            <div className="k-row">
              <Button type="submit" isDisabled={loading}>
                {t('messages.report.send')}
              </Button>
              <Button variant="quiet" onPress={close}>
                {t('common.cancel')}
              </Button>
            </div>
          </Form>
        )
      }
    </Dialog>
  );
}
