import { NOTIFICATION_KINDS, NotificationKind } from '../notifications/notification-kind';
import { pushLink, renderPushText } from './push-text';

describe('push text', () => {
  it('says there is a new message on Kindred, in the recipient’s language', () => {
    expect(renderPushText(NotificationKind.NEW_MESSAGE, 'en')).toEqual({ title: 'Kindred', body: 'You have a new message on Kindred' });
    expect(renderPushText(NotificationKind.NEW_MESSAGE, 'fr')).toEqual({ title: 'Kindred', body: 'Vous avez un nouveau message sur Kindred' });
  });

  it('never names a condition, a substance or what a notification is about, for any kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const locale of ['en', 'fr'] as const) {
        const { title, body } = renderPushText(kind, locale);
        expect(`${title} ${body}`).not.toMatch(
          /recovery|rétablissement|addict|drug|drogue|alcohol|alcool|crisis|crise|safety|mentor|grant|bourse|moderation|modération|plan|milestone/i,
        );
        expect(body).toMatch(/Kindred$/);
      }
    }
    expect(renderPushText(NotificationKind.SAFETY_ALERT, 'en').body).toBe('You have something new on Kindred');
    expect(renderPushText(NotificationKind.SAFETY_ALERT, 'fr').body).toBe('Vous avez du nouveau sur Kindred');
  });

  it('asks for someone now without naming them, and opens the call itself', () => {
    expect(renderPushText(NotificationKind.SUPPORT_NOW, 'en').body).toBe('Someone you are there for needs support now on Kindred');
    expect(renderPushText(NotificationKind.SUPPORT_NOW, 'fr').body).toBe('Une personne pour qui vous êtes là a besoin de soutien maintenant sur Kindred');
    const call = '8a7c1d0e-5b1f-4c1a-9f57-0d6f1d1e2a3b';
    expect(pushLink(NotificationKind.SUPPORT_NOW, call)).toBe(`/support-now/${call}`);
    expect(pushLink(NotificationKind.SUPPORT_NOW_UPDATE, call)).toBe(`/support-now/${call}`);
    expect(pushLink(NotificationKind.NEW_MESSAGE, call)).toBe('/notifications');
  });

  it('falls back to English for a language it does not know', () => {
    expect(renderPushText(NotificationKind.REMINDER, 'de' as 'en').body).toBe('You have a reminder on Kindred');
  });
});
