/** What a notification is about. Stored as text: never rename a value, add a new one. */
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
}

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);
