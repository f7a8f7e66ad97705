import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityWorkerModule } from '@kindred/identity';
import { NewMessageNotifier } from '@kindred/messaging';
import { DigestsService } from './digests/digests.service';
import { SendDigestsJobHandler } from './digests/send-digests.job-handler';
import { NOTIFICATION_ENTITIES } from './notification-entities';
import { QuietHoursDirectory } from './preferences/quiet-hours-directory';
import { Notifier } from './notifications/notifier';
import { NewMessageNotifications } from './messaging/new-message-notifications';
import { NotificationsPersonalData } from './privacy/notifications-personal-data';
import { QuietHoursPolicy } from './preferences/quiet-hours-policy';
import { PushDeliveryService } from './push/push-delivery.service';
import { SendPushJobHandler } from './push/send-push.job-handler';
import { WebPushSender } from './push/web-push-sender';

/**
 * Worker side of notifications: the email digest sweep, Web Push, its share of export and erasure, and
 * the Notifier for other domains' jobs (e.g. reminders), and new-message notices for messaging.
 */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), IdentityWorkerModule],
  providers: [
    Notifier,
    QuietHoursDirectory,
    DigestsService,
    SendDigestsJobHandler,
    QuietHoursPolicy,
    WebPushSender,
    PushDeliveryService,
    SendPushJobHandler,
    NotificationsPersonalData,
    { provide: NewMessageNotifier, useClass: NewMessageNotifications },
  ],
  exports: [Notifier, QuietHoursDirectory, QuietHoursPolicy],
})
export class NotificationsWorkerModule {}
