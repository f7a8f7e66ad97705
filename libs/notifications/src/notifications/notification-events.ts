/** The live topic of one person's notifications: only their own subscription listens to it. */
export function notificationTopic(userId: string): string {
  return `notifications.user.${userId}`;
}

/** Published after a notification is committed; ids only, the subscriber reloads and checks it. */
export type NotificationCreatedEvent = { notificationId: string };
