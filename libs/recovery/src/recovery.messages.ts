import { defineMessages } from '@kindred/core';

/** What recovery capital and preferences say when they refuse. Names of areas, days and tags come as given. */
export const RecoveryMessages = defineMessages({
  BARC10_ANSWER_COUNT: {
    en: 'Please answer all {count} statements, one answer each (we received {received}).',
    fr: 'Répondez aux {count} affirmations, une réponse chacune (nous en avons reçu {received}).',
  },
  BARC10_ANSWER_RANGE: {
    en: 'Please answer statement {number} with a number from {min} (strongly disagree) to {max} (strongly agree).',
    fr: 'Répondez à l’affirmation {number} par un nombre de {min} (pas du tout d’accord) à {max} (tout à fait d’accord).',
  },
  CAPITAL_NOT_SHARED: {
    en: 'We could not find that.',
    fr: 'Nous ne trouvons pas ce contenu.',
  },
  TAKEN_AT_IN_PAST: {
    en: 'Please give a date and time in the past for when you answered (or leave it out for now).',
    fr: 'Indiquez une date et une heure passées pour le moment où vous avez répondu (ou laissez vide pour maintenant).',
  },
  DOMAIN_RATED_TWICE: {
    en: '“{name}” was rated twice. Please rate each area once.',
    fr: '« {name} » a été noté deux fois. Notez chaque domaine une seule fois.',
  },
  DOMAIN_RATING_RANGE: {
    en: 'Please rate “{name}” with a whole number from {min} to {max}.',
    fr: 'Notez « {name} » par un nombre entier de {min} à {max}.',
  },
  DOMAIN_NOTE_TOO_LONG: {
    en: 'Please keep the note on “{name}” under {max} characters.',
    fr: 'Gardez la note sur « {name} » sous {max} caractères.',
  },
  DOMAINS_MISSING: {
    en: 'Please rate all eight areas; still to rate: {missing}.',
    fr: 'Notez les huit domaines ; il reste à noter : {missing}.',
  },
  TOO_MANY_LANGUAGES: {
    en: 'Please list at most {max} languages.',
    fr: 'Indiquez {max} langues au plus.',
  },
  TOO_MANY_WEEKLY_SLOTS: {
    en: 'Please list at most {max} weekly times.',
    fr: 'Indiquez {max} créneaux par semaine au plus.',
  },
  WEEKLY_SLOT_FORMAT: {
    en: 'Please write the times of “{slot}” as HH:MM, such as 18:30.',
    fr: 'Écrivez les heures de « {slot} » au format HH:MM, par exemple 18:30.',
  },
  WEEKLY_SLOT_END_BEFORE_START: {
    en: 'In “{slot}”, the end must come after the start. For an evening past midnight, add the next day separately.',
    fr: 'Dans « {slot} », la fin doit venir après le début. Pour une soirée après minuit, ajoutez le jour suivant à part.',
  },
  WEEKLY_SLOTS_OVERLAP: {
    en: '“{slot}” overlaps “{other}”. Please merge them.',
    fr: '« {slot} » chevauche « {other} ». Regroupez-les.',
  },
  RECOVERY_TAG_UNKNOWN: {
    en: 'We don’t know the tag “{tag}”. Please pick tags from the list recoveryTags gives.',
    fr: 'Nous ne connaissons pas l’étiquette « {tag} ». Choisissez des étiquettes dans la liste donnée par recoveryTags.',
  },
  TOO_MANY_TAGS: {
    en: 'Please pick at most {max} tags.',
    fr: 'Choisissez {max} étiquettes au plus.',
  },
});
