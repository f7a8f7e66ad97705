import type { Locale } from '@kindred/identity';

/**
 * The invitation email. It names the member by their pseudonym only, and says nothing about
 * their health or recovery beyond the invitation itself: the words are the member's choice
 * to share, and an inbox is not private.
 */
export function renderInvitationEmail(locale: Locale, inviterName: string, link: string): { subject: string; text: string } {
  if (locale === 'fr') {
    return {
      subject: `${inviterName} vous invite dans son cercle de soutien sur Kindred`,
      text:
        `Bonjour,\n\n${inviterName} aimerait vous compter parmi les personnes qui l’entourent, dans son cercle de soutien sur Kindred.\n\n` +
        `Pour accepter ou refuser, ouvrez ce lien (valable 7 jours, une seule fois) :\n${link}\n\n` +
        `Si vous ne connaissez pas cette personne, ignorez simplement ce message.\n`,
    };
  }
  return {
    subject: `${inviterName} invites you to their support circle on Kindred`,
    text:
      `Hello,\n\n${inviterName} would like you to be one of the people around them, in their support circle on Kindred.\n\n` +
      `To accept or decline, open this link (valid for 7 days, once):\n${link}\n\n` +
      `If you do not know this person, you can simply ignore this email.\n`,
  };
}
