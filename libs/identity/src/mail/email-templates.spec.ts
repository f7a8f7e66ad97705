import { renderEmail } from './email-templates';
import { EmailTemplate } from './outgoing-email.entity';

describe('the notifications digest email', () => {
  it('says only that there is something new, with a link, in English and in French', () => {
    const link = 'https://kindred.example/notifications';
    const en = renderEmail(EmailTemplate.NOTIFICATIONS_DIGEST, 'en', { displayName: 'Robin', link });
    const fr = renderEmail(EmailTemplate.NOTIFICATIONS_DIGEST, 'fr', { displayName: 'Robin', link });
    expect(en.subject).toBe('You have new notifications');
    expect(en.text).toContain('You have new notifications on Kindred');
    expect(fr.subject).toBe('Vous avez de nouvelles notifications');
    expect(fr.text).toContain('Vous avez de nouvelles notifications sur Kindred');
    for (const email of [en, fr]) {
      expect(email.text).toContain(link);
      expect(email.text).toContain('Robin');
      // Nothing about what Kindred is for in the subject, since others may see an inbox.
      expect(email.subject).not.toMatch(/Kindred|recovery|rétablissement/i);
    }
  });
});
