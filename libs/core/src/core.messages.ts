import { defineMessages } from './i18n/user-message';

/** What core itself says when it refuses: at the edge, in the guards, in shared checks. */
export const CoreMessages = defineMessages({
  SIGN_IN_REQUIRED: {
    en: 'Please sign in to continue.',
    fr: 'Connectez-vous pour continuer.',
  },
  NOT_AVAILABLE_TO_YOU: {
    en: 'This is not available to you.',
    fr: 'Cette page ou cette action ne vous est pas ouverte.',
  },
  NOT_FOUND: {
    en: 'We could not find that. It may have been removed.',
    fr: 'Nous ne trouvons pas ce que vous cherchez. Il a peut-être été supprimé.',
  },
  TOO_MANY_ATTEMPTS: {
    en: 'That was a lot of attempts in a short time. Please wait a moment and try again.',
    fr: 'Cela fait beaucoup d’essais en peu de temps. Attendez un moment, puis réessayez.',
  },
  SERVICE_UNAVAILABLE: {
    en: 'Kindred is having trouble right now. Nothing you sent before was lost; please try again in a minute.',
    fr: 'Kindred rencontre un souci en ce moment. Rien de ce que vous avez envoyé n’est perdu ; réessayez dans une minute.',
  },
  INTERNAL_ERROR: {
    en: 'Something went wrong on our side. Nothing you did caused it; please try again shortly.',
    fr: 'Un problème est survenu de notre côté. Vous n’y êtes pour rien ; réessayez dans un instant.',
  },
  LIVE_UPDATES_UNAVAILABLE: {
    en: 'Live updates are not available right now. Please try again in a minute.',
    fr: 'Les mises à jour en direct ne sont pas disponibles pour le moment. Réessayez dans une minute.',
  },
  LIVE_SUBSCRIPTION_LIMIT: {
    en: 'One connection can follow at most {limit} things live at once. Please stop one before starting another.',
    fr: 'Une connexion peut suivre au plus {limit} éléments en direct à la fois. Arrêtez-en un avant d’en suivre un autre.',
  },
  INVALID_ID: {
    en: 'The value given for {field} is not a Kindred id. Please use an id exactly as Kindred gave it.',
    fr: 'La valeur donnée pour {field} n’est pas un identifiant Kindred. Utilisez l’identifiant tel que Kindred l’a donné.',
  },
  UNSTORABLE_TEXT: {
    en: 'The text given for {field} holds a character that cannot be saved (an invisible null character, or half of an emoji). Please remove it and try again.',
    fr: 'Le texte donné pour {field} contient un caractère impossible à enregistrer (un caractère nul invisible, ou la moitié d’un émoji). Retirez-le, puis réessayez.',
  },
  PAGE_POSITION_UNKNOWN: {
    en: 'That page position is not one we recognise. Please start the list again.',
    fr: 'Nous ne reconnaissons pas cette position dans la liste. Reprenez la liste depuis le début.',
  },
  PAGE_SIZE_TOO_SMALL: {
    en: 'Please ask for at least one item per page.',
    fr: 'Demandez au moins un élément par page.',
  },
  LANGUAGE_CODES_UNKNOWN: {
    en: 'Please use two-letter language codes such as en or fr (not {codes}).',
    fr: 'Utilisez des codes de langue à deux lettres, comme en ou fr (et non {codes}).',
  },
  CURRENCY_CODE_UNKNOWN: {
    en: 'Please use a currency code such as EUR or GBP.',
    fr: 'Utilisez un code de devise comme EUR ou GBP.',
  },
  TEXT_LENGTH_RANGE: {
    en: 'Please give {label} of {min} to {max} characters.',
    fr: 'Indiquez {label} de {min} à {max} caractères.',
  },
  TEXT_TOO_LONG: {
    en: 'Please keep {label} under {max} characters.',
    fr: 'Indiquez {label} de {max} caractères au plus.',
  },
  CALENDAR_DATE_FORMAT: {
    en: 'Please give the date as YYYY-MM-DD (year-month-day), for example 2026-03-31.',
    fr: 'Indiquez la date au format AAAA-MM-JJ (année-mois-jour), par exemple 2026-03-31.',
  },
});
