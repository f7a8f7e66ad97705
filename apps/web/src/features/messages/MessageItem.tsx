import { useEffect, useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Form, Notice, RadioGroup, TextField } from '../../design';
import type { MessageFieldsFragment, ReportReason } from '../../graphql/generated/graphql';
import { DeleteMessageDocument, EditMessageDocument, ReportMessageDocument } from './documents';
import { MessageDraft } from './MessageDraft';

type Message = MessageFieldsFragment;

export const REPORT_REASONS: readonly ReportReason[] = ['HARASSMENT', 'STIGMATIZING_LANGUAGE', 'SAFETY_CONCERN', 'DRUG_SELLING', 'SPAM', 'OTHER'];

/** The current time, moved on every half minute, so an edit window closes on screen as it does in the API. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function ReportDialog({ message }: { message: Message }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [report, { data, loading, error, reset }] = useMutation(ReportMessageDocument);
  return (
    <Dialog
      title={t('messages.report.title')}
      trigger={
        <Button variant="quiet" size="small">
          {t('messages.report.open')}
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
        data ? (
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
            aria-label={t('messages.report.title')}
            onSubmit={() => {
              if (!reason) return;
              void report({ variables: { messageId: message.id, reason, note: note.trim() || null } }).catch(() => undefined);
            }}
          >
            <p>{t('messages.report.intro', { name: message.authorDisplayName })}</p>
            <p className="k-muted">{t('messages.report.safety')}</p>
            <RadioGroup
              label={t('messages.report.reason')}
              isRequired
              value={reason}
              onChange={(value) => setReason(value as ReportReason)}
              options={REPORT_REASONS.map((id) => ({ id, label: t(`messages.report.reasons.${id}`) }))}
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

function DeleteDialog({ message, onDeleted }: { message: Message; onDeleted: (message: Message) => void }) {
  const { t } = useTranslation();
  const [remove, { loading, error }] = useMutation(DeleteMessageDocument);
  return (
    <Dialog
      role="alertdialog"
      title={t('messages.delete.title')}
      trigger={
        <Button variant="quiet" size="small">
          {t('messages.delete.open')}
        </Button>
      }
    >
      {(close) => (
        <>
          <p>{t('messages.delete.body')}</p>
          <ErrorMessage error={error} />
          <div className="k-row">
            <Button
              isDisabled={loading}
              onPress={() =>
                void remove({ variables: { messageId: message.id } })
                  .then((result) => {
                    if (result.data) onDeleted(result.data.deleteMessage);
                    close();
                  })
                  .catch(() => undefined)
              }
            >
              {t('messages.delete.confirm')}
            </Button>
            <Button variant="secondary" onPress={close}>
              {t('messages.delete.keep')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

export interface MessageItemProps {
  message: Message;
  /** Whether new words may be written here (not archived, no block). */
  writable: boolean;
  onChanged: (message: Message) => void;
}

/** One message: who and when, its words (or why they are not shown), and what the reader may do with it. */
export function MessageItem({ message, writable, onChanged }: MessageItemProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const optionsId = useId();
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [edit, editState] = useMutation(EditMessageDocument);
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const clock = (iso: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso));
  const editableUntil = message.editableUntil ? new Date(message.editableUntil).getTime() : null;
  const mayEdit = writable && editableUntil !== null && editableUntil > now;
  const hasOptions = !message.deleted && (message.sentByMe || message.body !== null);

  let content;
  if (message.deleted) {
    content = <p className="k-muted">{t('messages.deleted')}</p>;
  } else if (editing) {
    content = (
      <MessageDraft
        label={t('messages.edit.field')}
        submitLabel={t('messages.edit.save')}
        anywayLabel={t('messages.edit.saveAnyway')}
        initial={message.body ?? ''}
        busy={editState.loading}
        error={editState.error}
        autoFocus
        onCancel={() => {
          setEditing(false);
          editState.reset();
        }}
        onSubmit={async (body) => {
          const result = await edit({ variables: { messageId: message.id, body } }).catch(() => null);
          if (!result?.data) return false;
          onChanged(result.data.editMessage);
          setEditing(false);
          setOptionsOpen(false);
          return true;
        }}
      />
    );
  } else if (message.body === null) {
    content = <p className="k-muted">{t('messages.heldForOthers')}</p>;
  } else {
    content = <p className="k-bubble__body">{message.body}</p>;
  }

  return (
    <article className="k-stack k-stack--tight" aria-label={t('messages.from', { name: message.sentByMe ? t('messages.you') : message.authorDisplayName })}>
      <p className="k-bubble__meta">
        <strong>{message.sentByMe ? t('messages.you') : message.authorDisplayName}</strong> ·{' '}
        <time dateTime={message.createdAt}>{time(message.createdAt)}</time>
        {message.editedAt && !message.deleted ? ` · ${t('messages.edited')}` : null}
      </p>
      {content}
      {message.sentByMe && message.heldForReview && !message.deleted ? (
        <div className="k-held">
          <p>
            <strong>{t('messages.held')}</strong>
          </p>
          {message.heldReason ? <p>{message.heldReason}</p> : null}
        </div>
      ) : null}
      {hasOptions && !editing ? (
        <div className="k-stack k-stack--tight">
          <Button
            variant="quiet"
            size="small"
            aria-expanded={optionsOpen}
            aria-controls={optionsOpen ? optionsId : undefined}
            onPress={() => setOptionsOpen(!optionsOpen)}
          >
            {t('messages.options')}
          </Button>
          {optionsOpen ? (
            <div id={optionsId} className="k-stack k-stack--tight">
              {message.sentByMe ? (
                <>
                  {mayEdit ? (
                    <p className="k-muted">{t('messages.edit.until', { time: clock(message.editableUntil ?? '') })}</p>
                  ) : writable && message.editableUntil ? (
                    <p className="k-muted">{t('messages.edit.closed', { time: clock(message.editableUntil) })}</p>
                  ) : null}
                  <div className="k-row">
                    {mayEdit ? (
                      <Button variant="secondary" size="small" onPress={() => setEditing(true)}>
                        {t('messages.edit.open')}
                      </Button>
                    ) : null}
                    <DeleteDialog message={message} onDeleted={onChanged} />
                  </div>
                </>
              ) : (
                <div className="k-row">
                  <ReportDialog message={message} />
                </div>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
