/**
 * What a notification is about. Stored as text: never rename a value, add a new one. Every
 * domain's kinds are listed here, and the notifications and notification_preferences CHECKs
 * are notifications' own: a new kind comes with a notifications migration that restates the
 * CHECK, never a migration in the domain that sends it (docs/adr/0007). The schema-drift test
 * fails while this list and the CHECK differ.
 */
export enum NotificationKind {
  NEW_MESSAGE = 'NEW_MESSAGE',
  MENTORSHIP_REQUEST = 'MENTORSHIP_REQUEST',
  INVITATION = 'INVITATION',
  GRANT_DECISION = 'GRANT_DECISION',
  REMINDER = 'REMINDER',
  SYSTEM = 'SYSTEM',
  MODERATION = 'MODERATION',
  SAFETY_SUPPORT = 'SAFETY_SUPPORT',
  SAFETY_ALERT = 'SAFETY_ALERT',
  MODERATION_QUEUE = 'MODERATION_QUEUE',
  MENTORSHIP_UPDATE = 'MENTORSHIP_UPDATE',
  GRANT_UPDATE = 'GRANT_UPDATE',
  GRANT_REVIEW = 'GRANT_REVIEW',
  EARLY_HELP = 'EARLY_HELP',
  EARLY_HELP_ALERT = 'EARLY_HELP_ALERT',
  MILESTONE = 'MILESTONE',
  REASSESSMENT_OFFER = 'REASSESSMENT_OFFER',
  PLAN_SUGGESTION = 'PLAN_SUGGESTION',
  PLAN_SUGGESTION_ANSWERED = 'PLAN_SUGGESTION_ANSWERED',
  SUPPORT_NOW = 'SUPPORT_NOW',
  SUPPORT_NOW_UPDATE = 'SUPPORT_NOW_UPDATE',
}

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/**
 * The kinds a person may allow to reach them by push during their quiet hours: someone may
 * need them now. Each person decides per kind (off until they turn it on); every other kind
 * waits for the app or the next digest. A new urgent kind is added here, nowhere else.
 */
export const QUIET_HOURS_BREAKING_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.SAFETY_ALERT]);

/** The kinds pushed with high urgency, so a phone saving its battery still shows them at once. */
export const URGENT_PUSH_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.SAFETY_ALERT, NotificationKind.SUPPORT_NOW]);
