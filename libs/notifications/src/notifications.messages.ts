import { defineMessages } from '@kindred/core';

/** What notifications say when they refuse: marking as read, preferences and quiet hours. */
export const NotificationMessages = defineMessages({
  MARK_READ_LIMIT: {
    en: 'Please mark at most {max} notifications at a time, or leave out the ids to mark them all.',
    fr: 'Marquez au plus {max} notifications à la fois, ou n’indiquez aucun identifiant pour toutes les marquer.',
  },
  NOTIFICATION_KIND_UNKNOWN: {
    en: 'We do not know that kind of notification.',
    fr: 'Nous ne connaissons pas ce type de notification.',
  },
  QUIET_HOURS_START_FORMAT: {
    en: 'Please give the start as a 24-hour time, like 22:00.',
    fr: 'Indiquez le début au format 24 heures, par exemple 22:00.',
  },
  QUIET_HOURS_END_FORMAT: {
    en: 'Please give the end as a 24-hour time, like 07:30.',
    fr: 'Indiquez la fin au format 24 heures, par exemple 07:30.',
  },
  QUIET_HOURS_SAME_TIMES: {
    en: 'Quiet hours need to start and end at different times.',
    fr: 'Les heures calmes doivent commencer et finir à des heures différentes.',
  },
  PUSH_ENDPOINT_INVALID: {
    en: 'This device’s browser gave an address we cannot send notifications to. You could try again, or use another browser.',
    fr: 'Le navigateur de cet appareil a donné une adresse à laquelle nous ne pouvons pas envoyer de notifications. Vous pouvez réessayer, ou utiliser un autre navigateur.',
  },
  PUSH_KEYS_INVALID: {
    en: 'This device’s browser gave keys we cannot use to protect notifications. You could try again, or use another browser.',
    fr: 'Le navigateur de cet appareil a donné des clés que nous ne pouvons pas utiliser pour protéger les notifications. Vous pouvez réessayer, ou utiliser un autre navigateur.',
  },
  QUIET_HOURS_NOT_BREAKABLE: {
    en: 'This kind of notification always waits until your quiet hours are over.',
    fr: 'Ce type de notification attend toujours la fin de vos heures calmes.',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  QUIET_HOURS_CLEARED: {
    en: 'You have no quiet hours now: digests can arrive at any time of day.',
    fr: 'Vous n’avez plus d’heures calmes : les récapitulatifs peuvent arriver à toute heure.',
  },
});
