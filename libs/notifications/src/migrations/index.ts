import { CreateNotifications1763940100000 } from './1763940100000-create-notifications';
import { AddWebPush1764700000000 } from './1764700000000-add-web-push';
import { AddSupportNowNotifications1764700000500 } from './1764700000500-add-support-now-notifications';

/** The notifications domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const NOTIFICATIONS_MIGRATIONS = [CreateNotifications1763940100000, AddWebPush1764700000000, AddSupportNowNotifications1764700000500];
