import { defineMessages } from '@kindred/core';

/** What check-ins say when they refuse: check-ins, their rhythm, early help and insights. */
export const CheckinMessages = defineMessages({
  CHECKIN_SCALE_RANGE: {
    en: 'Please give {what} as a whole number from {min} to {max}.',
    fr: 'Indiquez {what} par un nombre entier de {min} à {max}.',
  },
  CHECKIN_LABEL_MOOD: { en: 'your mood', fr: 'votre humeur' },
  CHECKIN_LABEL_CRAVINGS: { en: 'cravings', fr: 'vos envies' },
  CHECKIN_NOTE_TOO_LONG: {
    en: 'Please keep the note to {max, number} characters.',
    fr: 'Gardez la note à {max, number} caractères au plus.',
  },
  CHECKIN_NOT_FOUND: {
    en: 'We could not find that check-in.',
    fr: 'Nous ne trouvons pas ce bilan.',
  },
  EARLY_HELP_ALERT_NOT_FOUND: {
    en: 'We could not find that alert.',
    fr: 'Nous ne trouvons pas cette alerte.',
  },
  SEE_ALLIANCE_INSIGHTS: { en: 'see its insights', fr: 'voir ses tendances' },
  INSIGHTS_PERIOD_RANGE: {
    en: 'Please choose a period of 1 to 24 months.',
    fr: 'Choisissez une période de 1 à 24 mois.',
  },
  CHECKIN_TIME_FORMAT: {
    en: 'Please give the time as a 24-hour time, like 19:00.',
    fr: 'Indiquez l’heure au format 24 heures, par exemple 19:00.',
  },
  WEEKLY_CHECKIN_ONE_DAY: {
    en: 'For a weekly check-in, please pick one day.',
    fr: 'Pour un bilan par semaine, choisissez un jour.',
  },
  FEW_TIMES_A_WEEK_DAYS: {
    en: 'For a few times a week, please pick from 2 to 5 days.',
    fr: 'Pour quelques fois par semaine, choisissez de 2 à 5 jours.',
  },
  REASSESSMENT_DAYS_RANGE: {
    en: 'Please choose between 7 and 365 days, or 0 for no offers.',
    fr: 'Choisissez entre 7 et 365 jours, ou 0 pour ne plus rien recevoir.',
  },
});
