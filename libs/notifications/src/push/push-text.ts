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
 * A support-now alert says someone needs the person now, but not who: the app names them.
 */
const SAID_ON_A_LOCK_SCREEN: Record<Locale, { title: string; something: string } & Partial<Record<NotificationKind, string>>> = {
  en: {
    title: 'Kindred',
    something: 'You have something new on Kindred',
    [NotificationKind.NEW_MESSAGE]: 'You have a new message on Kindred',
    [NotificationKind.REMINDER]: 'You have a reminder on Kindred',
    [NotificationKind.SUPPORT_NOW]: 'Someone you are there for needs support now on Kindred',
    [NotificationKind.SUPPORT_NOW_UPDATE]: 'There is news about a call for support on Kindred',
  },
  fr: {
    title: 'Kindred',
    something: 'Vous avez du nouveau sur Kindred',
    [NotificationKind.NEW_MESSAGE]: 'Vous avez un nouveau message sur Kindred',
    [NotificationKind.REMINDER]: 'Vous avez un rappel sur Kindred',
    [NotificationKind.SUPPORT_NOW]: 'Une personne pour qui vous êtes là a besoin de soutien maintenant sur Kindred',
    [NotificationKind.SUPPORT_NOW_UPDATE]: 'Il y a du nouveau sur un appel à l’aide dans Kindred',
  },
};

export function renderPushText(kind: NotificationKind, locale: Locale): PushText {
  const texts = SAID_ON_A_LOCK_SCREEN[locale] ?? SAID_ON_A_LOCK_SCREEN.en;
  return { title: texts.title, body: texts[kind] ?? texts.something };
}

/** Where tapping a push opens the app: the call itself for support now, the notifications otherwise. */
export function pushLink(kind: NotificationKind, subjectId: string | null): string {
  if ((kind === NotificationKind.SUPPORT_NOW || kind === NotificationKind.SUPPORT_NOW_UPDATE) && subjectId) return `/support-now/${subjectId}`;
  return '/notifications';
}
