import { NotificationDigest } from './digests/notification-digest.entity';
import { Notification } from './notifications/notification.entity';
import { NotificationPreference } from './preferences/notification-preference.entity';
import { QuietHours } from './preferences/quiet-hours.entity';
import { PushSubscription } from './push/push-subscription.entity';

/** Every table notifications owns, registered by both its API and worker modules. */
export const NOTIFICATION_ENTITIES = [Notification, NotificationPreference, QuietHours, NotificationDigest, PushSubscription];
