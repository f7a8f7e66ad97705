import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, PageLayout, type NavEntry } from '../design';
import { CrisisButton } from '../features/crisis/CrisisButton';
import { SupportNowAlerts } from '../features/support-now/SupportNowAlerts';
import { SupportNowButton } from '../features/support-now/SupportNowButton';
import { NotificationBadge } from '../features/notifications/NotificationBadge';
import { useSession } from '../session/session-context';
import { holdsRole, useViewer } from '../session/viewer';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitcher } from './LanguageSwitcher';
import { navigation } from './navigation';
import { ProfileLanguage } from './ProfileLanguage';

export function AppShell() {
  const { t } = useTranslation();
  const { status } = useSession();
  const location = useLocation();
  const { viewer } = useViewer();
  const signedIn = status === 'signedIn';
  const nav: NavEntry[] = navigation
    .filter((item) => item.audience === 'everyone' || item.audience === (signedIn ? 'member' : 'visitor'))
    .filter((item) => !item.role || holdsRole(viewer, item.role))
    .map((item) => ({
      href: item.path,
      label: t(`nav.${item.label}`),
      current: item.path === location.pathname || location.pathname.startsWith(`${item.path}/`),
    }));

  return (
    <PageLayout
      homeHref={signedIn ? '/home' : '/'}
      nav={nav}
      crisis={
        <span className="k-header__crisis">
          {signedIn ? <SupportNowButton /> : null}
          <CrisisButton />
        </span>
      }
      languageSwitcher={<LanguageSwitcher />}
      account={signedIn ? <AccountMenu /> : undefined}
      notifications={signedIn ? <NotificationBadge /> : undefined}
      locationKey={location.pathname}
    >
      <ProfileLanguage />
      {signedIn ? <SupportNowAlerts /> : null}
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </PageLayout>
  );
}
