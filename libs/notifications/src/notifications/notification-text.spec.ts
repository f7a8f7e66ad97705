import { NOTIFICATION_KINDS, NotificationKind } from './notification-kind';
import { renderNotificationText } from './notification-text';

describe('notification text', () => {
  it('says there is a new message, in English and in French', () => {
    expect(renderNotificationText(NotificationKind.NEW_MESSAGE, 'en')).toBe('You have a new message.');
    expect(renderNotificationText(NotificationKind.NEW_MESSAGE, 'fr')).toBe('Vous avez un nouveau message.');
  });

  it('has a sentence for every kind in every language, and the languages differ', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const en = renderNotificationText(kind, 'en');
      const fr = renderNotificationText(kind, 'fr');
      expect(en.length).toBeGreaterThan(5);
      expect(fr.length).toBeGreaterThan(5);
      expect(fr).not.toBe(en);
    }
  });

  it('is a fixed sentence per kind: nothing of the person or the content can reach it', () => {
    const all = NOTIFICATION_KINDS.flatMap((kind) => [renderNotificationText(kind, 'en'), renderNotificationText(kind, 'fr')]);
    for (const text of all) expect(text).not.toMatch(/\$\{|\{\w+\}|%s/);
  });

  it('falls back to English for a language it does not know', () => {
    // A locale outside the type can only come from damaged data; English beats a crash.
    expect(renderNotificationText(NotificationKind.REMINDER, 'de' as 'en')).toBe('You have a reminder.');
  });
});
