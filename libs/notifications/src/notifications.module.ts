import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kindred/identity';
import { NOTIFICATION_ENTITIES } from './notification-entities';
import { QuietHoursDirectory } from './preferences/quiet-hours-directory';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { Notifier } from './notifications/notifier';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { PreferencesService } from './preferences/preferences.service';
import { QuietHoursPolicy } from './preferences/quiet-hours-policy';
import { PushResolver } from './push/push.resolver';
import { PushSubscriptionsService } from './push/push-subscriptions.service';

/** API side of notifications: the inbox, preferences, quiet hours, push devices, the live subscription, and the Notifier. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), IdentityModule],
  providers: [
    Notifier,
    QuietHoursDirectory,
    QuietHoursPolicy,
    NotificationsService,
    PreferencesService,
    PushSubscriptionsService,
    NotificationsResolver,
    PreferencesResolver,
    PushResolver,
  ],
  exports: [Notifier, QuietHoursDirectory, QuietHoursPolicy],
})
export class NotificationsModule {}
