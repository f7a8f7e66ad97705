import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StaffRole } from '../session/viewer';

/**
 * Who may open a page. `member`: signed in (others go to sign-in and come back);
 * `guest`: signed out (a signed-in person goes home); `public`: everyone.
 */
export type Access = 'public' | 'member' | 'guest';

export interface AppRoute {
  path: string;
  access: Access;
  page: LazyExoticComponent<ComponentType>;
  /**
   * For `member` pages that serve one role (coordinators, moderators, administrators): others
   * are told kindly that the page is not theirs. The api refuses them regardless; this only
   * spares them a page of errors.
   */
  role?: StaffRole;
}

/**
 * Every page of the app, in one table. Pages load on demand, so the first page stays small.
 * To add one: a default-exported component under src/features/<area>/, a row here, and an
 * entry in navigation.ts if it belongs in the menu (with the same `role` when it has one).
 */
export const routes: readonly AppRoute[] = [
  { path: '/', access: 'public', page: lazy(() => import('../features/public/PublicHomePage')) },
  { path: '/help', access: 'public', page: lazy(() => import('../features/public/CrisisPage')) },
  { path: '/sign-in', access: 'guest', page: lazy(() => import('../features/account/SignInPage')) },
  { path: '/register', access: 'guest', page: lazy(() => import('../features/account/RegisterPage')) },
  { path: '/verify-email', access: 'public', page: lazy(() => import('../features/account/VerifyEmailPage')) },
  { path: '/forgot-password', access: 'guest', page: lazy(() => import('../features/account/ForgotPasswordPage')) },
  { path: '/reset-password', access: 'public', page: lazy(() => import('../features/account/ResetPasswordPage')) },
  { path: '/circles/join', access: 'public', page: lazy(() => import('../features/circles/JoinCirclePage')) },
  { path: '/welcome', access: 'member', page: lazy(() => import('../features/onboarding/OnboardingPage')) },
  { path: '/support-now', access: 'member', page: lazy(() => import('../features/support-now/SupportNowSettingsPage')) },
  { path: '/support-now/:id', access: 'member', page: lazy(() => import('../features/support-now/SupportNowPage')) },
  { path: '/home', access: 'member', page: lazy(() => import('../features/home/HomePage')) },
  { path: '/mentors', access: 'member', page: lazy(() => import('../features/mentors/MentorsPage')) },
  { path: '/mentoring', access: 'member', page: lazy(() => import('../features/mentoring/MentoringPage')) },
  { path: '/recovery-capital', access: 'member', page: lazy(() => import('../features/recovery-capital/RecoveryCapitalPage')) },
  { path: '/plan', access: 'member', page: lazy(() => import('../features/recovery-plan/PlanPage')) },
  { path: '/early-help', access: 'member', page: lazy(() => import('../features/crisis/EarlyHelpPage')) },
  { path: '/check-ins', access: 'member', page: lazy(() => import('../features/check-ins/CheckInsPage')) },
  { path: '/diary', access: 'member', page: lazy(() => import('../features/diary/DiaryPage')) },
  { path: '/diary/:entryId', access: 'member', page: lazy(() => import('../features/diary/DiaryEntryPage')) },
  { path: '/journey', access: 'member', page: lazy(() => import('../features/journey/JourneyPage')) },
  { path: '/circle', access: 'member', page: lazy(() => import('../features/sharing/CirclePage')) },
  { path: '/shared-with-me', access: 'member', page: lazy(() => import('../features/sharing/SharedWithMePage')) },
  { path: '/shared-with-me/:personId', access: 'member', page: lazy(() => import('../features/sharing/SharedPersonPage')) },
  { path: '/alliances', access: 'member', page: lazy(() => import('../features/alliances/MyAlliancesPage')) },
  { path: '/privacy', access: 'member', page: lazy(() => import('../features/privacy/PrivacyPage')) },
  { path: '/notifications', access: 'member', page: lazy(() => import('../features/notifications/NotificationsPage')) },
  { path: '/notifications/settings', access: 'member', page: lazy(() => import('../features/notifications/NotificationSettingsPage')) },
  { path: '/messages', access: 'member', page: lazy(() => import('../features/messages/MessagesPage')) },
  { path: '/messages/:conversationId', access: 'member', page: lazy(() => import('../features/messages/ConversationPage')) },
  { path: '/stories', access: 'member', page: lazy(() => import('../features/stories/StoriesPage')) },
  { path: '/sparks', access: 'member', page: lazy(() => import('../features/sparks/SparksPage')) },
  { path: '/coordinate/sparks', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/sparks/coordinate/SparkQueuePage')) },
  { path: '/coordinate/sparks/funds', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/sparks/coordinate/SparkFundsPage')) },
  { path: '/coordinate/sparks/report', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/sparks/coordinate/SparkReportPage')) },
  { path: '/profile', access: 'member', page: lazy(() => import('../features/profile/ProfilePage')) },
  { path: '/coordinate/on-call', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/on-call/OnCallRotaPage')) },
  { path: '/standing', access: 'member', page: lazy(() => import('../features/moderation/StandingPage')) },
  { path: '/moderation', access: 'member', role: 'MODERATOR', page: lazy(() => import('../features/moderation/ModerationQueuePage')) },
  { path: '/moderation/cases/:caseId', access: 'member', role: 'MODERATOR', page: lazy(() => import('../features/moderation/ModerationCasePage')) },
  { path: '/moderation/appeals', access: 'member', role: 'MODERATOR', page: lazy(() => import('../features/moderation/ModerationAppealsPage')) },
  { path: '/moderation/stories', access: 'member', role: 'MODERATOR', page: lazy(() => import('../features/moderation/StoryReviewPage')) },
  // Not /admin: the api serves its queue dashboard there, outside the app.
  { path: '/administration', access: 'member', role: 'ADMIN', page: lazy(() => import('../features/administration/AdministrationPage')) },
  {
    path: '/administration/alliances/:allianceId',
    access: 'member',
    role: 'ADMIN',
    page: lazy(() => import('../features/administration/AllianceAdminPage')),
  },
  { path: '/administration/roles', access: 'member', role: 'ADMIN', page: lazy(() => import('../features/administration/RolesPage')) },
  { path: '/administration/audit', access: 'member', role: 'ADMIN', page: lazy(() => import('../features/administration/AuditLogPage')) },
  { path: '/coordinate', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/coordinator/CoordinatorConsolePage')) },
  {
    path: '/coordinate/:allianceId/join-requests',
    access: 'member',
    role: 'COORDINATOR',
    page: lazy(() => import('../features/coordinator/JoinRequestsPage')),
  },
  {
    path: '/coordinate/:allianceId/mentor-applications',
    access: 'member',
    role: 'COORDINATOR',
    page: lazy(() => import('../features/coordinator/MentorApplicationsPage')),
  },
  { path: '/coordinate/:allianceId/mentors', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/coordinator/MentorsPage')) },
  { path: '/coordinate/:allianceId/groups', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/coordinator/GroupsPage')) },
  { path: '/coordinate/:allianceId/alliance', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/coordinator/AlliancePage')) },
  { path: '/coordinate/:allianceId/insights', access: 'member', role: 'COORDINATOR', page: lazy(() => import('../features/coordinator/InsightsPage')) },
];
