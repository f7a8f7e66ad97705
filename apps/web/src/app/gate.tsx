import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../design';
import { useSession } from '../session/session-context';
import type { Access } from './routes';

/** A `next` path from the query string, only when it stays inside the app. */
export function safeNext(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

export function Gate({ access, children }: { access: Access; children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (access === 'member') {
    if (status === 'restoring') return <Loading label={t('session.restoring')} />;
    if (status === 'signedOut') {
      const next = encodeURIComponent(location.pathname + location.search);
      return <Navigate to={`/sign-in?next=${next}`} replace />;
    }
  }
  if (access === 'guest' && status === 'signedIn') {
    return <Navigate to={safeNext(location.search) ?? '/home'} replace />;
  }
  return <>{children}</>;
}
