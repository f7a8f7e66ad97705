import { defineMessages } from '@kindred/core';

/** What the recovery journey says when it refuses. */
export const MilestoneMessages = defineMessages({
  RECOVERY_START_FIRST: {
    en: 'Please set your recovery start date first, so your days on the road are kept.',
    fr: 'Indiquez d’abord la date de début de votre rétablissement, pour que vos jours de chemin soient gardés.',
  },
  DATE_BEFORE_RECOVERY_START: {
    en: 'That date is before your recovery start date.',
    fr: 'Cette date est avant le début de votre rétablissement.',
  },
  JOURNEY_NOTE_TOO_LONG: {
    en: 'Please keep the note to {max, number} characters.',
    fr: 'Gardez la note à {max, number} caractères au plus.',
  },
  SETBACK_NOT_FOUND: {
    en: 'We could not find that setback.',
    fr: 'Nous ne trouvons pas ce moment difficile.',
  },
  JOURNEY_DATE_IN_FUTURE: {
    en: 'That date is in the future. Please pick today or a day before.',
    fr: 'Cette date est dans le futur. Choisissez aujourd’hui ou un jour passé.',
  },
});
