import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { useLocation } from 'react-router';
import { NotificationArrivedDocument, UnreadNotificationCountDocument } from './documents';

function Bell() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6zm-2.2 15.5a2.3 2.3 0 0 0 4.4 0z"
        fill="currentColor"
      />
    </svg>
  );
}

/**
 * In the header while signed in: how many notifications are unread, kept live by the
 * notifications stream. The count is in the link's name and written out, never colour alone.
 */
export function NotificationBadge() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationArrivedDocument, { onData: () => void refetch().catch(() => undefined) });
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.badge', { count }) : t('notifications.badgeNone');
  return (
    <Link href="/notifications" className="k-icon-link" aria-label={label} aria-current={location.pathname === '/notifications' ? 'page' : undefined}>
      <Bell />
      {count > 0 ? (
        <span className="k-count k-count--small" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
