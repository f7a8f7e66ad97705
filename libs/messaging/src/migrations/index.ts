import { CreateMessaging1763940000000 } from './1763940000000-create-messaging';

/** The messaging domain's migrations, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MESSAGING_MIGRATIONS = [CreateMessaging1763940000000];
