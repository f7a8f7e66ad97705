import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Button, ButtonLink, EmptyState, ErrorMessage, List, Loading, Notice, Page } from '../../design';
import type { MyConversationsQuery } from '../../graphql/generated/graphql';
import { MyBlockedPeopleDocument, MyConversationsDocument, UnblockPersonDocument } from './documents';

type Conversation = MyConversationsQuery['myConversations']['edges'][number]['node'];

function Preview({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const last = conversation.lastMessage;
  if (!last) return <p className="k-muted">{t('messages.list.noMessages')}</p>;
  if (last.deleted) return <p className="k-muted">{t('messages.deleted')}</p>;
  if (last.body === null) return <p className="k-muted">{t('messages.heldForOthers')}</p>;
  return (
    <p className="k-clamp">
      {last.sentByMe ? `${t('messages.list.you')} ` : ''}
      {last.body}
    </p>
  );
}

function ConversationCard({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation();
  const when = new Date(conversation.lastActivityAt);
  const today = when.toDateString() === new Date().toDateString();
  const formatted = new Intl.DateTimeFormat(i18n.language, today ? { timeStyle: 'short' } : { dateStyle: 'medium' }).format(when);
  return (
    <div className="k-stack k-stack--tight">
      <div className="k-row k-row--between">
        <h2 className="k-list__title">
          <Link href={`/messages/${conversation.id}`}>{conversation.title}</Link>
        </h2>
        {conversation.unreadCount > 0 ? <span className="k-count">{t('messages.list.unread', { count: conversation.unreadCount })}</span> : null}
      </div>
      <Preview conversation={conversation} />
      <p className="k-muted">
        {[
          t(`messages.kind.${conversation.kind}`),
          formatted,
          conversation.muted ? t('messages.list.muted') : null,
          conversation.archived ? t('messages.list.archived') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </div>
  );
}

function BlockedPeople() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(MyBlockedPeopleDocument, { fetchPolicy: 'cache-and-network' });
  const [unblocked, setUnblocked] = useState<string | null>(null);
  const [unblock, unblocking] = useMutation(UnblockPersonDocument, { refetchQueries: [MyBlockedPeopleDocument], awaitRefetchQueries: true });
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  return (
    <section className="k-stack" aria-labelledby="blocked-people">
      <h2 id="blocked-people">{t('messages.blocked.title')}</h2>
      <p className="k-muted">{t('messages.blocked.intro')}</p>
      {unblocked ? (
        <Notice>
          <p>{t('messages.blocked.lifted', { name: unblocked })}</p>
        </Notice>
      ) : null}
      <ErrorMessage error={error ?? unblocking.error} />
      {data ? (
        <List
          items={data.myBlockedPeople}
          getKey={(person) => person.personId}
          label={t('messages.blocked.title')}
          empty={<p>{t('messages.blocked.none')}</p>}
          renderItem={(person) => (
            <div className="k-row k-row--between">
              <div>
                <p>
                  <strong>{person.displayName}</strong>
                </p>
                <p className="k-muted">{t('messages.blocked.since', { date: date(person.blockedAt) })}</p>
              </div>
              <Button
                variant="secondary"
                size="small"
                isDisabled={unblocking.loading}
                onPress={() =>
                  void unblock({ variables: { userId: person.personId } })
                    .then(() => setUnblocked(person.displayName))
                    .catch(() => undefined)
                }
              >
                {t('messages.blocked.unblock', { name: person.displayName })}
              </Button>
            </div>
          )}
        />
      ) : null}
    </section>
  );
}

export default function MessagesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyConversationsDocument, { fetchPolicy: 'cache-and-network' });
  const [more, setMore] = useState(false);
  const connection = data?.myConversations;
  return (
    <Page title={t('messages.title')} intro={t('messages.intro')}>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {connection ? (
        <>
          <List
            items={connection.edges.map((edge) => edge.node)}
            getKey={(conversation) => conversation.id}
            label={t('messages.list.label')}
            empty={
              <EmptyState
                title={t('messages.list.emptyTitle')}
                action={
                  <ButtonLink href="/mentors" variant="secondary">
                    {t('messages.list.findMentor')}
                  </ButtonLink>
                }
              >
                {t('messages.list.empty')}
              </EmptyState>
            }
            renderItem={(conversation) => <ConversationCard conversation={conversation} />}
          />
          {connection.pageInfo.hasNextPage ? (
            <div className="k-row">
              <Button
                variant="secondary"
                isDisabled={more}
                onPress={() => {
                  setMore(true);
                  void fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      myConversations: {
                        ...fetchMoreResult.myConversations,
                        edges: [...previous.myConversations.edges, ...fetchMoreResult.myConversations.edges],
                      },
                    }),
                  })
                    .catch(() => undefined)
                    .finally(() => setMore(false));
                }}
              >
                {t('messages.list.more')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
      <BlockedPeople />
    </Page>
  );
}
