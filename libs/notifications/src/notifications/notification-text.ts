import type { Locale } from '@kindred/identity';
import { NotificationKind } from './notification-kind';

/**
 * What a notification says, by kind, in each supported language. Fixed sentences only: a
 * notification never quotes a message, a diary entry or anything else a person wrote, nor
 * names who sent something, so it is safe on a lock screen or over someone's shoulder.
 */
const TEXTS: Record<Locale, Record<NotificationKind, string>> = {
  en: {
    [NotificationKind.NEW_MESSAGE]: 'You have a new message.',
    [NotificationKind.MENTORSHIP_REQUEST]: 'You have a new mentorship request.',
    [NotificationKind.INVITATION]: 'You have a new invitation.',
    [NotificationKind.GRANT_DECISION]: 'There is a decision about your grant application.',
    [NotificationKind.REMINDER]: 'You have a reminder.',
    [NotificationKind.SYSTEM]: 'There is a notice from Kindred for you.',
  },
  fr: {
    [NotificationKind.NEW_MESSAGE]: 'Vous avez un nouveau message.',
    [NotificationKind.MENTORSHIP_REQUEST]: 'Vous avez une nouvelle demande de mentorat.',
    [NotificationKind.INVITATION]: 'Vous avez une nouvelle invitation.',
    [NotificationKind.GRANT_DECISION]: 'Une décision a été prise sur votre demande de bourse.',
    [NotificationKind.REMINDER]: 'Vous avez un rappel.',
    [NotificationKind.SYSTEM]: 'Kindred a une information pour vous.',
  },
};

export function renderNotificationText(kind: NotificationKind, locale: Locale): string {
  return (TEXTS[locale] ?? TEXTS.en)[kind];
}
