import { defineMessages } from '@kindred/core';

/** What the diary says when it refuses: entries, search and sharing. */
export const DiaryMessages = defineMessages({
  DIARY_ENTRY_NOT_FOUND: {
    en: 'We could not find that diary entry. It may have been deleted.',
    fr: 'Nous ne trouvons pas cette page de journal. Elle a peut-être été supprimée.',
  },
  DIARY_DAY_IN_FUTURE: {
    en: 'That day has not come yet. Please choose today or an earlier day.',
    fr: 'Ce jour n’est pas encore arrivé. Choisissez aujourd’hui ou un jour passé.',
  },
  DIARY_BODY_EMPTY: {
    en: 'Please write something first; even a few words are enough.',
    fr: 'Écrivez quelque chose d’abord ; quelques mots suffisent.',
  },
  DIARY_BODY_TOO_LONG: {
    en: 'That is more than {max, number} characters. You could split it into two entries.',
    fr: 'Cela fait plus de {max, number} caractères. Vous pourriez en faire deux pages.',
  },
  DIARY_MOOD_RANGE: {
    en: 'Mood goes from 1 (very low) to 5 (very good), or can be left out.',
    fr: 'L’humeur va de 1 (très basse) à 5 (très bonne), ou peut rester vide.',
  },
  DIARY_SEARCH_DAYS_ORDER: {
    en: 'The first day of the search must be on or before the last day.',
    fr: 'Le premier jour de la recherche doit être le même que le dernier, ou avant.',
  },
  DIARY_SHARE_PEOPLE_RANGE: {
    en: 'Choose from 1 to {max} people to share this entry with.',
    fr: 'Choisissez de 1 à {max} personnes avec qui partager cette page.',
  },
  DIARY_SHARE_NEEDS_PERMISSION: {
    en: 'You can share an entry only with someone you allow to see shared diary entries. Give them that permission in your sharing settings first.',
    fr: 'Vous ne pouvez partager une page qu’avec une personne autorisée à voir les pages partagées. Donnez-lui d’abord cette autorisation dans vos réglages de partage.',
  },
  DIARY_SHARE_NOBODY_ALLOWED: {
    en: 'No one can see shared diary entries yet. Allow someone in your support circle, or your mentor, in your sharing settings first.',
    fr: 'Personne ne peut encore voir les pages partagées. Autorisez d’abord une personne de votre cercle de soutien, ou votre mentor, dans vos réglages de partage.',
  },
  SHARED_DIARY_ENTRY_NOT_FOUND: {
    en: 'We could not find that entry. It may not be shared with you, or no longer.',
    fr: 'Nous ne trouvons pas cette page. Elle n’est peut-être pas partagée avec vous, ou plus maintenant.',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  DIARY_ENTRY_DELETED: {
    en: 'The entry is deleted.',
    fr: 'L’entrée est supprimée.',
  },
});
