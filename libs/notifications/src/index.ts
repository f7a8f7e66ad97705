export { NotificationsModule } from './notifications.module';
export { NotificationsWorkerModule } from './notifications-worker.module';
export { Notifier, type NotifyInput } from './notifications/notifier';
export { NotificationKind, QUIET_HOURS_BREAKING_KINDS } from './notifications/notification-kind';
export { notificationTopic } from './notifications/notification-events';
export { QuietHoursDirectory, type QuietTime } from './preferences/quiet-hours-directory';
export { minutesOf } from './preferences/quiet-hours';
export { QuietHoursPolicy } from './preferences/quiet-hours-policy';
export type { PushPayload } from './push/push-delivery.service';

export { NOTIFICATIONS_MIGRATIONS } from './migrations';
