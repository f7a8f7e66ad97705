import type { Locale } from '@kindred/identity';

/**
 * The notice that goes with every disclosure to its recipient (42 CFR Part 2 §2.32): the
 * regulation's short form ("42 CFR part 2 prohibits unauthorized use or disclosure of these
 * records"), said in plain words around it. The web app shows it beside anything shared.
 */
export const REDISCLOSURE_NOTICE: Record<Locale, string> = {
  en:
    'This was shared with you with the consent of the person it is about, so you can support them. ' +
    'Please keep it to yourself: do not pass it on, show it to others or use it for anything else, ' +
    'including any legal or official proceedings against them, unless they agree in writing. ' +
    'U.S. federal rules (42 CFR part 2) prohibit unauthorized use or disclosure of these records. ' +
    'Each time you look, they can see that you did.',
  fr:
    'Ces informations vous sont confiées avec l’accord de la personne concernée, pour que vous puissiez la soutenir. ' +
    'Gardez-les pour vous : ne les transmettez pas, ne les montrez pas et ne les utilisez pas à d’autres fins, ' +
    'y compris dans une procédure judiciaire ou officielle contre elle, sans son accord écrit. ' +
    'La réglementation fédérale des États-Unis (42 CFR part 2) interdit toute utilisation ou divulgation non autorisée de ces informations. ' +
    'Chaque fois que vous les consultez, cette personne peut le voir.',
};

export function redisclosureNotice(locale: Locale): string {
  return REDISCLOSURE_NOTICE[locale] ?? REDISCLOSURE_NOTICE.en;
}
