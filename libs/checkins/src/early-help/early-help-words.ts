import { DEFAULT_LOCALE, type Locale, type Wording } from '@kindred/core';
import { EarlyHelpReason } from './early-help-rules';

/**
 * What a member reads when Kindred reaches out (in their language), and what their mentor reads. Warm, person-first,
 * no blame, and no detail a mentor was not agreed to see.
 */
export const MEMBER_MESSAGES: Readonly<Record<EarlyHelpReason, Wording>> = {
  MISSED_CHECKINS: {
    en: 'We haven’t heard from you for a little while, and that’s okay. We’re here whenever you want to check in.',
    fr: 'Nous n’avons pas eu de vos nouvelles depuis un petit moment, et ce n’est pas grave. Nous sommes là dès que vous voulez faire un point.',
  },
  LOW_MOOD: {
    en: 'The last few days seem to have been hard. You don’t have to go through them alone.',
    fr: 'Ces derniers jours semblent avoir été durs. Vous n’avez pas à les traverser seul·e.',
  },
  RISING_CRAVINGS: {
    en: 'Cravings have been building lately. That happens, and there are people ready to help.',
    fr: 'Les envies se font plus fortes ces temps-ci. Cela arrive, et des personnes sont prêtes à vous aider.',
  },
  CAPITAL_DECLINE: {
    en: 'Some things around you seem harder than before. It might help to look at them with someone.',
    fr: 'Certaines choses autour de vous semblent plus difficiles qu’avant. Cela peut aider d’en parler avec quelqu’un.',
  },
  SETBACK: {
    en: 'Thank you for noting it. A setback is part of many recoveries: your days on the road and your longest stretch are still yours, and what counts now is the next step. You don’t take it alone.',
    fr: 'Merci de l’avoir noté. Un moment difficile fait partie de bien des rétablissements : vos jours de chemin et votre plus longue période restent à vous, et ce qui compte maintenant, c’est le prochain pas. Vous ne le faites pas seul·e.',
  },
};

export const NEXT_STEPS: readonly Wording[] = [
  {
    en: 'Send a message to your mentor or someone in your circle.',
    fr: 'Envoyer un message à votre mentor ou à une personne de votre cercle.',
  },
  {
    en: 'Do a short check-in when you feel ready.',
    fr: 'Faire un court point du jour, quand vous le sentez.',
  },
  {
    en: 'If you are in danger or thinking of harming yourself, call your local emergency number or a crisis line now: Kindred’s help page lists them.',
    fr: 'Si vous êtes en danger ou pensez à vous faire du mal, appelez tout de suite le numéro d’urgence ou une ligne d’écoute : la page d’aide de Kindred les donne.',
  },
];

/** The kind words for a member, in their language. */
export const memberMessage = (reason: EarlyHelpReason, locale: Locale | undefined): string => MEMBER_MESSAGES[reason][locale ?? DEFAULT_LOCALE];

/** The next steps offered to a member, in their language. */
export const nextSteps = (locale: Locale | undefined): string[] => NEXT_STEPS.map((step) => step[locale ?? DEFAULT_LOCALE]);

export const MENTOR_GUIDANCE: Readonly<Record<EarlyHelpReason, string>> = {
  MISSED_CHECKINS: 'They have not checked in for a while. A short, no-pressure hello often helps.',
  LOW_MOOD: 'Their recent days seem to have been hard. Reach out gently and listen; follow their lead.',
  RISING_CRAVINGS: 'Cravings seem to be building. Offer to talk, and what has helped them before.',
  CAPITAL_DECLINE: 'Things around them seem harder than before. Ask how you can help, without pressing for details.',
  SETBACK: 'They noted a setback. Meet it with warmth, not judgement: the next step is support.',
};
