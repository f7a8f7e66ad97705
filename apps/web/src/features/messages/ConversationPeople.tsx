import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, ErrorMessage, List, Notice } from '../../design';
import type { ConversationQuery } from '../../graphql/generated/graphql';
import { LeaveConversationDocument, MyConversationsDocument, ReportPersonDocument, StartDirectConversationDocument } from './documents';
import { ReportDialog } from './ReportDialog';

type Conversation = ConversationQuery['conversation'];
type Participant = Conversation['participants'][number];

/** Reporting a person rather than one message: for a pattern, or when nothing they wrote shows it on its own. */
export function ReportPersonDialog({ person }: { person: Participant }) {
  const { t } = useTranslation();
  const name = person.displayName;
  const [report, { data, loading, error, reset }] = useMutation(ReportPersonDocument);
  return (
    <ReportDialog
      title={t('messages.reportPerson.title', { name })}
      openLabel={t('messages.reportPerson.open', { name })}
      intro={t('messages.reportPerson.intro', { name })}
      reasonLabel={t('messages.reportPerson.reason')}
      reasonWords={(id) => t(`messages.reportPerson.reasons.${id}`)}
      sent={Boolean(data)}
      loading={loading}
      error={error}
      reset={reset}
      send={(reason, note) => void report({ variables: { personId: person.personId, reason, note } }).catch(() => undefined)}
    />
  );
}

/** Opens (or finds) a two-person conversation with someone from this group; the API decides who may be written to. */
function WriteTo({ person }: { person: Participant }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [start, { loading, error }] = useMutation(StartDirectConversationDocument);
  return (
    <>
      <Button
        variant="secondary"
        size="small"
        isPending={loading}
        onPress={() =>
          void start({ variables: { withUserId: person.personId } })
            .then((result) => {
              if (result.data) void navigate(`/messages/${result.data.startDirectConversation.id}`);
            })
            .catch(() => undefined)
        }
      >
        {t('messages.people.write', { name: person.displayName })}
      </Button>
      <ErrorMessage error={error} />
    </>
  );
}

/** Everyone else in a group or circle: a private word with one of them, or a report about them. */
export function ConversationPeople({ conversation, myId }: { conversation: Conversation; myId: string }) {
  const { t } = useTranslation();
  const others = conversation.participants.filter((participant) => participant.personId !== myId);
  return (
    <section className="k-stack" aria-labelledby="conversation-people">
      <h2 id="conversation-people">{t('messages.people.title')}</h2>
      <p className="k-muted">{t('messages.people.intro')}</p>
      <List
        items={others}
        getKey={(person) => person.personId}
        label={t('messages.people.title')}
        empty={<p className="k-muted">{t('messages.people.none')}</p>}
        renderItem={(person) => (
          <div className="k-stack k-stack--tight">
            <p>
              <strong>{person.displayName}</strong>
            </p>
            <div className="k-row">
              <WriteTo person={person} />
              <ReportPersonDialog person={person} />
            </div>
          </div>
        )}
      />
    </section>
  );
}

/** Only groups can be left (a circle is left by leaving the circle), so this is offered on groups alone. */
export function LeaveGroup({ conversation, onLeft }: { conversation: Conversation; onLeft: () => void }) {
  const { t } = useTranslation();
  const title = conversation.title;
  const [leave, { loading, error }] = useMutation(LeaveConversationDocument, { refetchQueries: [MyConversationsDocument] });
  return (
    <Dialog
      role="alertdialog"
      title={t('messages.leave.title', { title })}
      trigger={
        <Button variant="secondary" size="small">
          {t('messages.leave.open')}
        </Button>
      }
    >
      {(close) => (
        <>
          <ul className="k-stack k-stack--tight">
            <li>{t('messages.leave.noMore')}</li>
            <li>{t('messages.leave.told')}</li>
            <li>{t('messages.leave.back')}</li>
          </ul>
          <ErrorMessage error={error} />
          <div className="k-row">
            <Button
              isPending={loading}
              onPress={() =>
                void leave({ variables: { conversationId: conversation.id } })
                  .then(() => {
                    close();
                    onLeft();
                  })
                  .catch(() => undefined)
              }
            >
              {t('messages.leave.confirm')}
            </Button>
            <Button variant="quiet" onPress={close}>
              {t('messages.leave.stay')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

export function LeftGroup({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Notice>
      <p>{t('messages.leave.done', { title })}</p>
      <ButtonLink href="/messages" variant="secondary" size="small">
        {t('messages.back')}
      </ButtonLink>
    </Notice>
  );
}
