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

/** API side of notifications: the inbox, preferences, quiet hours, the live subscription, and the Notifier. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), IdentityModule],
  providers: [Notifier, QuietHoursDirectory, NotificationsService, PreferencesService, NotificationsResolver, PreferencesResolver],
  exports: [Notifier, QuietHoursDirectory],
})
export class NotificationsModule {}
