import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink, EmptyState, Loading, Page } from '../design';
import { useSession } from '../session/session-context';
import { holdsRole, useViewer, type StaffRole } from '../session/viewer';
import type { Access } from './routes';

/** A `next` path from the query string, only when it stays inside the app. */
export function safeNext(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

export function Gate({ access, role, children }: { access: Access; role?: StaffRole | undefined; children: ReactNode }) {
  const { status } = useSession();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const { t } = useTranslation();
  if (access === 'member') {
    if (status === 'restoring') return <Loading label={t('session.restoring')} />;
    if (status === 'signedOut') {
      const next = encodeURIComponent(location.pathname + location.search);
      return <Navigate to={`/sign-in?next=${next}`} replace />;
    }
  }
  if (role && status === 'signedIn') {
    if (loading) return <Loading label={t('session.restoring')} />;
    if (!holdsRole(viewer, role)) return <NotYourPage role={role} />;
  }
  if (access === 'guest' && status === 'signedIn') {
    return <Navigate to={safeNext(location.search) ?? '/home'} replace />;
  }
  return <>{children}</>;
}

/** A person who opens a page meant for a role they do not hold: no error, a way back. */
function NotYourPage({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`gate.${role}.title`)}>
      <EmptyState title={t('gate.notYours')} action={<ButtonLink href="/home">{t('gate.home')}</ButtonLink>}>
        {t(`gate.${role}.body`)}
      </EmptyState>
    </Page>
  );
}
