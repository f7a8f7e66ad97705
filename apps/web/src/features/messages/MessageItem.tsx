import { useEffect, useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage } from '../../design';
import type { MessageFieldsFragment } from '../../graphql/generated/graphql';
import { DeleteMessageDocument, EditMessageDocument, ReportMessageDocument } from './documents';
import { MessageDraft } from './MessageDraft';
import { ReportDialog } from './ReportDialog';

type Message = MessageFieldsFragment;

/** The current time, moved on every half minute, so an edit window closes on screen as it does in the API. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function ReportMessageDialog({ message }: { message: Message }) {
  const { t } = useTranslation();
  const [report, { data, loading, error, reset }] = useMutation(ReportMessageDocument);
  return (
    <ReportDialog
      title={t('messages.report.title')}
      openLabel={t('messages.report.open')}
      intro={t('messages.report.intro', { name: message.authorDisplayName })}
      reasonLabel={t('messages.report.reason')}
      reasonWords={(id) => t(`messages.report.reasons.${id}`)}
      sent={Boolean(data)}
      loading={loading}
      error={error}
      reset={reset}
      send={(reason, note) => void report({ variables: { messageId: message.id, reason, note } }).catch(() => undefined)}
    />
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
                  <ReportMessageDialog message={message} />
                </div>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
