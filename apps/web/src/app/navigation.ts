import type { StaffRole } from '../session/viewer';
import type en from '../i18n/en.json';

export type NavLabel = keyof (typeof en)['nav'];

export interface NavItem {
  path: string;
  /** Key under `nav.` in both catalogues. */
  label: NavLabel;
  /** Who sees it in the menu: visitors (signed out), members (signed in), or everyone. */
  audience: 'visitor' | 'member' | 'everyone';
  /** Shown only to members holding this role (the page's route has the same role). */
  role?: StaffRole;
}

/** The menu, in order. A page appears here only once it exists in routes.tsx. */
export const navigation: readonly NavItem[] = [
  { path: '/', label: 'welcome', audience: 'visitor' },
  { path: '/sign-in', label: 'signIn', audience: 'visitor' },
  { path: '/register', label: 'register', audience: 'visitor' },
  { path: '/home', label: 'home', audience: 'member' },
  { path: '/welcome', label: 'gettingStarted', audience: 'member' },
  { path: '/mentors', label: 'mentors', audience: 'member' },
  { path: '/mentoring', label: 'mentoring', audience: 'member' },
  { path: '/messages', label: 'messages', audience: 'member' },
  { path: '/recovery-capital', label: 'recoveryCapital', audience: 'member' },
  { path: '/plan', label: 'plan', audience: 'member' },
  { path: '/check-ins', label: 'checkIns', audience: 'member' },
  { path: '/diary', label: 'diary', audience: 'member' },
  { path: '/journey', label: 'journey', audience: 'member' },
  { path: '/early-help', label: 'earlyHelp', audience: 'member' },
  { path: '/stories', label: 'stories', audience: 'member' },
  { path: '/circle', label: 'circle', audience: 'member' },
  { path: '/shared-with-me', label: 'sharedWithMe', audience: 'member' },
  { path: '/alliances', label: 'alliances', audience: 'member' },
  { path: '/sparks', label: 'sparks', audience: 'member' },
  { path: '/notifications', label: 'notifications', audience: 'member' },
  { path: '/support-now', label: 'supportNow', audience: 'member' },
  { path: '/privacy', label: 'privacy', audience: 'member' },
  { path: '/standing', label: 'standing', audience: 'member' },
  { path: '/moderation', label: 'moderation', audience: 'member', role: 'MODERATOR' },
  { path: '/administration', label: 'administration', audience: 'member', role: 'ADMIN' },
  { path: '/coordinate', label: 'coordinate', audience: 'member', role: 'COORDINATOR' },
  { path: '/help', label: 'help', audience: 'everyone' },
];
