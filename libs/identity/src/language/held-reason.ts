import type { UserMessage } from '@kindred/core';
import type { Locale } from '../accounts/user.entity';
import { IdentityMessages } from '../identity.messages';

/** The category codes automatic moderation holds content for; anything else is a moderator's own words. */
const AUTOMATIC_REASONS: Record<Locale, Record<string, string>> = {
  en: {
    HARASSMENT: 'It may contain words that could hurt someone, so a moderator will look at it soon. If it was meant kindly, it will be back shortly.',
    DRUG_SELLING:
      'It may look like buying or selling drugs, which Kindred does not allow, so a moderator will look at it soon. If we got it wrong, it will be back shortly.',
    SPAM: 'It contains a link or looks like advertising, so a moderator will check it soon. It will be back shortly if all is well.',
    OTHER: 'A moderator will look at it soon, as we do with anything that might upset someone. It will be back shortly if all is well.',
  },
  fr: {
    HARASSMENT: 'Il contient peut-être des mots blessants, alors un·e modérateur·rice va le relire bientôt. S’il était bienveillant, il sera vite de retour.',
    DRUG_SELLING: 'Il ressemble peut-être à de l’achat ou de la vente de drogues, ce que Kindred n’autorise pas. Un·e modérateur·rice va le relire bientôt.',
    SPAM: 'Il contient un lien ou ressemble à de la publicité, alors un·e modérateur·rice va le vérifier bientôt.',
    OTHER: 'Un·e modérateur·rice va le relire bientôt, comme pour tout ce qui pourrait blesser. Il sera vite de retour si tout va bien.',
  },
};

const MODERATOR_DECISION: Record<Locale, string> = {
  en: 'A moderator hid it. You can read why, and appeal, in your moderation notices.',
  fr: 'Un·e modérateur·rice l’a masqué. Vous pouvez lire pourquoi, et faire appel, dans vos avis de modération.',
};

/** Why the author's own content is held, in kind words: shown to the author only. */
export function heldReasonText(reason: string | null, hiddenByModerator: boolean, locale: Locale): string {
  if (hiddenByModerator) return MODERATOR_DECISION[locale] ?? MODERATOR_DECISION.en;
  const reasons = AUTOMATIC_REASONS[locale] ?? AUTOMATIC_REASONS.en;
  return reasons[reason ?? 'OTHER'] ?? reasons['OTHER']!;
}

/**
 * Why words with no moderation of their own (a request to a mentor, a plan suggestion) were
 * not sent: what screening would hold for review never reaches the other person there.
 */
const NOT_SENT: Record<string, UserMessage> = {
  HARASSMENT: IdentityMessages.NOT_SENT_HARASSMENT(),
  DRUG_SELLING: IdentityMessages.NOT_SENT_DRUG_SELLING(),
  SPAM: IdentityMessages.NOT_SENT_SPAM(),
  OTHER: IdentityMessages.NOT_SENT_OTHER(),
};

export function notSentText(reason: string | null): UserMessage {
  return NOT_SENT[reason ?? 'OTHER'] ?? IdentityMessages.NOT_SENT_OTHER();
}
