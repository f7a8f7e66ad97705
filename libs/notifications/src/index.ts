export { NotificationsModule } from './notifications.module';
export { NotificationsWorkerModule } from './notifications-worker.module';
export { Notifier, type NotifyInput } from './notifications/notifier';
export { NotificationKind } from './notifications/notification-kind';
export { notificationTopic } from './notifications/notification-events';
export { QuietHoursDirectory, type QuietTime } from './preferences/quiet-hours-directory';
export { minutesOf } from './preferences/quiet-hours';

export { NOTIFICATIONS_MIGRATIONS } from './migrations';
