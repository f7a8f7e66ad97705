import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink, EmptyState, ErrorMessage, List, Loading, Page } from '../../design';
import { graphql } from '../../graphql/generated';
import { NotificationArrivedDocument, UnreadNotificationCountDocument } from './documents';
import { NotificationLink } from './NotificationLink';

export const NotificationsDocument = graphql(`
  query Notifications {
    myNotifications(first: 50) {
      edges {
        node {
          id
          kind
          subjectId
          text
          createdAt
          readAt
        }
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, { fetchPolicy: 'cache-and-network' });
  // A new one arriving while the page is open shows at once.
  useSubscription(NotificationArrivedDocument, { onData: () => void refetch() });
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, { refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument] });
  const formatDate = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const items = data?.myNotifications.edges.map((edge) => edge.node) ?? [];
  const unread = items.filter((item) => !item.readAt);
  return (
    <Page title={t('notifications.title')}>
      <div className="k-row">
        <ButtonLink href="/notifications/settings" variant="secondary" size="small">
          {t('notifications.settingsLink')}
        </ButtonLink>
      </div>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      <ErrorMessage error={marking.error} />
      {data ? (
        <>
          {unread.length > 0 ? (
            <div className="k-row">
              <Button variant="secondary" isDisabled={marking.loading} onPress={() => void markRead({ variables: { ids: null } }).catch(() => undefined)}>
                {t('notifications.markAllRead')}
              </Button>
            </div>
          ) : null}
          <List
            items={items}
            getKey={(item) => item.id}
            label={t('notifications.title')}
            empty={<EmptyState title={t('notifications.emptyTitle')}>{t('notifications.empty')}</EmptyState>}
            renderItem={(item) => (
              <div className="k-stack k-stack--tight">
                <p>{item.readAt ? item.text : <strong>{item.text}</strong>}</p>
                <p className="k-muted">
                  {formatDate(item.createdAt)} · {item.readAt ? t('notifications.read') : t('notifications.new')}
                </p>
                <NotificationLink kind={item.kind} subjectId={item.subjectId ?? null} />
                {item.readAt ? null : (
                  <Button
                    variant="quiet"
                    size="small"
                    isDisabled={marking.loading}
                    onPress={() => void markRead({ variables: { ids: [item.id] } }).catch(() => undefined)}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </div>
            )}
          />
        </>
      ) : null}
    </Page>
  );
}
