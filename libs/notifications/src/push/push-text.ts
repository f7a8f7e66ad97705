import type { Locale } from '@kindred/identity';
import { NotificationKind } from '../notifications/notification-kind';

/** What a push shows: a title and one sentence, safe on a lock screen. */
export interface PushText {
  title: string;
  body: string;
}

/**
 * A push is read on a lock screen, over someone's shoulder: it never quotes anything, names
 * anyone, or says what a notification is about beyond "a message" or "a reminder". Every other
 * kind says only that there is something new; the app says the rest once the person opens it.
 */
const SAID_ON_A_LOCK_SCREEN: Record<Locale, { title: string; something: string } & Partial<Record<NotificationKind, string>>> = {
  en: {
    title: 'Kindred',
    something: 'You have something new on Kindred',
    [NotificationKind.NEW_MESSAGE]: 'You have a new message on Kindred',
    [NotificationKind.REMINDER]: 'You have a reminder on Kindred',
  },
  fr: {
    title: 'Kindred',
    something: 'Vous avez du nouveau sur Kindred',
    [NotificationKind.NEW_MESSAGE]: 'Vous avez un nouveau message sur Kindred',
    [NotificationKind.REMINDER]: 'Vous avez un rappel sur Kindred',
  },
};

export function renderPushText(kind: NotificationKind, locale: Locale): PushText {
  const texts = SAID_ON_A_LOCK_SCREEN[locale] ?? SAID_ON_A_LOCK_SCREEN.en;
  return { title: texts.title, body: texts[kind] ?? texts.something };
}
