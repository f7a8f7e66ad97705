import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, Dialog, ErrorMessage, Loading, Notice, Page, Switch } from '../../design';
import type { ConversationQuery, MessageFieldsFragment } from '../../graphql/generated/graphql';
import {
  BlockPersonDocument,
  ConversationDocument,
  ConversationMessagesDocument,
  MarkConversationReadDocument,
  MessageEventsDocument,
  MuteConversationDocument,
  MyBlockedPeopleDocument,
  SendMessageDocument,
  UnblockPersonDocument,
} from './documents';
import { ConversationPeople, LeaveGroup, LeftGroup, ReportPersonDialog } from './ConversationPeople';
import { MessageDraft } from './MessageDraft';
import { MessageItem } from './MessageItem';

type Message = MessageFieldsFragment;
type Conversation = ConversationQuery['conversation'];

const byTime = (a: Message, b: Message) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * Every message seen so far, by id: history pages, live events and the answers to my own
 * changes all carry the message as it is now, so the newest word on one simply replaces it.
 */
function useMessageStore() {
  const [byId, setById] = useState<ReadonlyMap<string, Message>>(new Map());
  const upsert = useCallback((messages: readonly Message[]) => {
    if (messages.length === 0) return;
    setById((current) => {
      const next = new Map(current);
      for (const message of messages) next.set(message.id, message);
      return next;
    });
  }, []);
  const sorted = useMemo(() => [...byId.values()].sort(byTime), [byId]);
  return { messages: sorted, upsert };
}

function BlockControls({ conversation, otherId }: { conversation: Conversation; otherId: string }) {
  const { t } = useTranslation();
  const name = conversation.title;
  const [block, blocking] = useMutation(BlockPersonDocument, { refetchQueries: [MyBlockedPeopleDocument], awaitRefetchQueries: true });
  return (
    <Dialog
      role="alertdialog"
      title={t('messages.block.title', { name })}
      trigger={
        <Button variant="secondary" size="small">
          {t('messages.block.open', { name })}
        </Button>
      }
    >
      {(close) => (
        <>
          <ul className="k-stack k-stack--tight">
            <li>{t('messages.block.noMessages', { name })}</li>
            <li>{t('messages.block.noSuggestions')}</li>
            <li>{t('messages.block.notTold', { name })}</li>
            <li>{t('messages.block.undo')}</li>
          </ul>
          <p>{t('messages.block.otherWays')}</p>
          <ErrorMessage error={blocking.error} />
          <div className="k-row">
            <Button
              isDisabled={blocking.loading}
              onPress={() =>
                void block({ variables: { userId: otherId } })
                  .then(close)
                  .catch(() => undefined)
              }
            >
              {t('messages.block.confirm', { name })}
            </Button>
            <Button variant="secondary" onPress={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function BlockedNotice({ name, otherId }: { name: string; otherId: string }) {
  const { t } = useTranslation();
  const [unblock, unblocking] = useMutation(UnblockPersonDocument, { refetchQueries: [MyBlockedPeopleDocument], awaitRefetchQueries: true });
  return (
    <Notice>
      <p>{t('messages.block.blocked', { name })}</p>
      <ErrorMessage error={unblocking.error} />
      <Button
        variant="secondary"
        size="small"
        isDisabled={unblocking.loading}
        onPress={() => void unblock({ variables: { userId: otherId } }).catch(() => undefined)}
      >
        {t('messages.blocked.unblock', { name })}
      </Button>
    </Notice>
  );
}

function Thread({ conversation, myId, onLeft }: { conversation: Conversation; myId: string; onLeft: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const conversationId = conversation.id;
  const { messages, upsert } = useMessageStore();
  const [older, setOlder] = useState<{ cursor: string | null; more: boolean; loading: boolean; error: unknown }>({
    cursor: null,
    more: false,
    loading: false,
    error: null,
  });
  const history = useQuery(ConversationMessagesDocument, { variables: { conversationId }, fetchPolicy: 'network-only' });
  const blocked = useQuery(MyBlockedPeopleDocument, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkConversationReadDocument);
  const [send, sending] = useMutation(SendMessageDocument);
  const [mute, muting] = useMutation(MuteConversationDocument);
  const [muted, setMuted] = useState(conversation.muted);

  const readNow = useCallback(() => {
    // Only what the person can actually see counts as read.
    if (document.visibilityState === 'visible') void markRead({ variables: { conversationId } }).catch(() => undefined);
  }, [markRead, conversationId]);

  const firstPage = history.data?.messages;
  useEffect(() => {
    if (!firstPage) return;
    upsert(firstPage.edges.map((edge) => edge.node));
    setOlder((current) => ({ ...current, cursor: firstPage.pageInfo.endCursor ?? null, more: firstPage.pageInfo.hasNextPage }));
  }, [firstPage, upsert]);

  const hasUnread = conversation.unreadCount > 0;
  useEffect(() => {
    if (firstPage && hasUnread) readNow();
  }, [firstPage, hasUnread, readNow]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') readNow();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [readNow]);

  useSubscription(MessageEventsDocument, {
    variables: { conversationId },
    onData: ({ data }) => {
      const event = data.data?.messageEvents;
      if (!event) return;
      upsert([event.message]);
      if (event.kind === 'ADDED' && !event.message.sentByMe) readNow();
    },
  });

  const loadEarlier = async () => {
    setOlder((current) => ({ ...current, loading: true, error: null }));
    try {
      const result = await client.query({
        query: ConversationMessagesDocument,
        variables: { conversationId, after: older.cursor },
        fetchPolicy: 'network-only',
      });
      const page = result.data?.messages;
      if (page) upsert(page.edges.map((edge) => edge.node));
      setOlder({ cursor: page?.pageInfo.endCursor ?? null, more: page?.pageInfo.hasNextPage ?? false, loading: false, error: null });
    } catch (error) {
      setOlder((current) => ({ ...current, loading: false, error }));
    }
  };

  const twoPeople = conversation.kind === 'DIRECT' || conversation.kind === 'MENTORSHIP';
  const other = twoPeople ? conversation.participants.find((participant) => participant.personId !== myId) : undefined;
  const iBlocked = other ? (blocked.data?.myBlockedPeople.some((person) => person.personId === other.personId) ?? false) : false;
  const writable = !conversation.archived && !iBlocked;

  return (
    <>
      <section className="k-stack k-stack--tight" aria-label={t('messages.settings')}>
        <Switch
          isSelected={muted}
          isDisabled={muting.loading}
          onChange={(next) => {
            // The switch moves at once; a failure puts it back.
            setMuted(next);
            void mute({ variables: { conversationId, muted: next } }).catch(() => setMuted(!next));
          }}
        >
          {t('messages.mute')}
        </Switch>
        <p className="k-muted">{t(muted ? 'messages.mutedHint' : 'messages.muteHint')}</p>
        <ErrorMessage error={muting.error} />
        {other ? (
          <div className="k-row">
            {!iBlocked && !conversation.archived ? <BlockControls conversation={conversation} otherId={other.personId} /> : null}
            <ReportPersonDialog person={other} />
          </div>
        ) : null}
        {conversation.kind === 'GROUP' ? (
          <div className="k-row">
            <LeaveGroup conversation={conversation} onLeft={onLeft} />
          </div>
        ) : null}
      </section>
      {twoPeople ? null : <ConversationPeople conversation={conversation} myId={myId} />}

      <section className="k-stack" aria-labelledby="thread-title">
        <h2 id="thread-title" className="k-visually-hidden">
          {t('messages.thread')}
        </h2>
        {older.more ? (
          <div className="k-row">
            <Button variant="secondary" isDisabled={older.loading} onPress={() => void loadEarlier()}>
              {t('messages.earlier')}
            </Button>
          </div>
        ) : null}
        <ErrorMessage error={older.error} />
        {history.loading && !firstPage ? <Loading /> : null}
        {history.error && !firstPage ? <ErrorMessage error={history.error} onRetry={() => void history.refetch()} /> : null}
        {firstPage && messages.length === 0 ? <p className="k-muted">{t('messages.noMessagesYet')}</p> : null}
        {/* role="log": what arrives live is read out politely, without moving focus. */}
        <div role="log" aria-labelledby="thread-title">
          <ol className="k-thread">
            {messages.map((message) => (
              <li key={message.id} className="k-bubble" data-own={message.sentByMe ? '' : undefined}>
                <MessageItem message={message} writable={writable} onChanged={(changed) => upsert([changed])} />
              </li>
            ))}
          </ol>
        </div>
      </section>

      {conversation.archived ? <Notice>{t('messages.archived')}</Notice> : null}
      {iBlocked && other ? <BlockedNotice name={other.displayName} otherId={other.personId} /> : null}
      {writable ? (
        <MessageDraft
          label={t('messages.compose.field')}
          submitLabel={t('messages.compose.send')}
          busy={sending.loading}
          error={sending.error}
          onSubmit={async (body) => {
            const result = await send({ variables: { conversationId, body } }).catch(() => null);
            if (!result?.data) return false;
            upsert([result.data.sendMessage]);
            return true;
          }}
        />
      ) : null}
    </>
  );
}

function ConversationView({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ConversationDocument, { variables: { id: conversationId }, fetchPolicy: 'cache-and-network' });
  const conversation = data?.conversation;
  const [left, setLeft] = useState(false);
  const intro = conversation
    ? t(`messages.who.${conversation.kind}`, {
        names: conversation.participants
          .filter((participant) => participant.personId !== data.me.id)
          .map((participant) => participant.displayName)
          .join(', '),
      })
    : undefined;
  return (
    <Page title={conversation?.title ?? t('messages.conversation')} intro={intro}>
      <div className="k-row">
        <ButtonLink href="/messages" variant="quiet" size="small">
          {t('messages.back')}
        </ButtonLink>
      </div>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} /> : null}
      {conversation && left ? <LeftGroup title={conversation.title} /> : null}
      {conversation && data && !left ? <Thread key={conversation.id} conversation={conversation} myId={data.me.id} onLeft={() => setLeft(true)} /> : null}
    </Page>
  );
}

/** Keyed by the conversation, so moving from a group to a private conversation starts afresh rather than carrying the group's state over. */
export default function ConversationPage() {
  const { conversationId = '' } = useParams();
  return <ConversationView key={conversationId} conversationId={conversationId} />;
}
