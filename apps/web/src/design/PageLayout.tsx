import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Button } from './Button';

export interface NavEntry {
  href: string;
  label: string;
  current: boolean;
}

export interface PageLayoutProps {
  /** Where the brand links to: the public door or the member's home. */
  homeHref: string;
  nav: readonly NavEntry[];
  /** Always visible in the header, on every page, signed in or not. */
  crisis: ReactNode;
  languageSwitcher: ReactNode;
  /** Sign-out and other account actions, at the end of the navigation. */
  account?: ReactNode;
  /** Something small to keep in sight in the header, such as the unread notifications. */
  notifications?: ReactNode;
  /** Changes on navigation, so the menu closes and focus can move to the new page. */
  locationKey: string;
  children: ReactNode;
}

function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="16" cy="16" r="15" fill="var(--k-color-primary)" />
      <path d="M16 24s-7-4.4-7-9.5A3.9 3.9 0 0 1 16 12a3.9 3.9 0 0 1 7 2.5C23 19.6 16 24 16 24z" fill="var(--k-color-bg)" />
    </svg>
  );
}

/** Past this many entries a row of links wraps into a wall of words on a desktop: they go down the side instead. */
const TOP_NAV_MAX = 6;

/**
 * The frame of every page: a skip link, a header with the crisis button and the language
 * switcher always in reach, the navigation (a menu on phones; across the top or, when long,
 * down the side on a desktop), the page, a footer.
 */
export function PageLayout({ homeHref, nav, crisis, languageSwitcher, account, notifications, locationKey, children }: PageLayoutProps) {
  const { t } = useTranslation();
  const navId = useId();
  // The menu is open for one location only: navigating closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === locationKey;
  const [firstKey] = useState(locationKey);

  useEffect(() => {
    // After a navigation (not the first load) screen readers hear the new page from its top.
    if (locationKey !== firstKey) document.getElementById('main')?.focus();
  }, [locationKey, firstKey]);

  return (
    <div className="k-app" data-nav={nav.length > TOP_NAV_MAX ? 'side' : 'top'}>
      <a className="k-skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="k-header">
        <div className="k-header__bar">
          <Link href={homeHref} className="k-brand">
            <Logo />
            <span>Kindred</span>
          </Link>
          {notifications}
          {languageSwitcher}
          {crisis}
          {nav.length > 0 ? (
            <span className="k-menu-toggle">
              <Button variant="quiet" size="small" aria-expanded={menuOpen} aria-controls={navId} onPress={() => setMenuOpenAt(menuOpen ? null : locationKey)}>
                {t('layout.menu')}
              </Button>
            </span>
          ) : null}
        </div>
        {nav.length > 0 ? (
          <nav id={navId} className="k-nav" aria-label={t('layout.mainNavigation')} hidden={!menuOpen}>
            <ul className="k-nav__list" role="list">
              {nav.map((entry) => (
                <li key={entry.href}>
                  <Link href={entry.href} className="k-nav__link" aria-current={entry.current ? 'page' : undefined}>
                    {entry.label}
                  </Link>
                </li>
              ))}
            </ul>
            {account ? <div className="k-nav__account">{account}</div> : null}
          </nav>
        ) : null}
      </header>
      <div id="main" tabIndex={-1}>
        {children}
      </div>
      <footer className="k-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}

export interface PageProps {
  title: string;
  intro?: string;
  width?: 'normal' | 'wide';
  children: ReactNode;
}

/** One page's content: its h1 (also the document title) and what follows. */
export function Page({ title, intro, width = 'normal', children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Kindred`;
  }, [title]);
  return (
    <main className="k-main" data-width={width}>
      <h1>{title}</h1>
      {intro ? <p className="k-page-intro">{intro}</p> : null}
      <div className="k-stack">{children}</div>
    </main>
  );
}
