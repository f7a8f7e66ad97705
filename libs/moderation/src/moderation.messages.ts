import { defineMessages } from '@kindred/core';

/** What moderation says when it refuses: reports, cases, decisions, appeals and appointments. */
export const ModerationMessages = defineMessages({
  MODERATION_LABEL_APPEAL_STATEMENT: { en: 'your side of it', fr: 'votre version des faits' },
  MODERATION_LABEL_NOTE_FOR_PERSON: { en: 'a note for the person', fr: 'un mot pour la personne' },
  MODERATION_LABEL_REASON_FOR_PERSON: { en: 'a reason for the person concerned', fr: 'une raison pour la personne concernée' },
  MODERATION_LABEL_NOTE: { en: 'a note', fr: 'un mot' },
  DECISION_ABOUT_YOU_NOT_FOUND: {
    en: 'We could not find that decision about you.',
    fr: 'Nous ne trouvons pas cette décision vous concernant.',
  },
  DECISION_NOT_APPEALABLE: {
    en: 'This decision is not one that can be appealed.',
    fr: 'Il n’est pas possible de faire appel de cette décision.',
  },
  APPEAL_WINDOW_PASSED: {
    en: 'Decisions can be appealed within {days} days, and this one is older.',
    fr: 'Il est possible de faire appel d’une décision dans les {days} jours, et celle-ci est plus ancienne.',
  },
  ALREADY_APPEALED: {
    en: 'You have already appealed this decision; each decision can be appealed once.',
    fr: 'Vous avez déjà fait appel de cette décision ; chaque décision peut faire l’objet d’un seul appel.',
  },
  APPEAL_NOT_FOUND: {
    en: 'We could not find that appeal.',
    fr: 'Nous ne trouvons pas cet appel.',
  },
  OWN_APPEAL: {
    en: 'You can’t decide your own appeal; another moderator will.',
    fr: 'Vous ne pouvez pas décider de votre propre appel ; une autre personne de la modération s’en chargera.',
  },
  APPEAL_AGAINST_OWN_DECISION: {
    en: 'You can’t decide an appeal against your own decision; another moderator will.',
    fr: 'Vous ne pouvez pas décider d’un appel contre votre propre décision ; une autre personne de la modération s’en chargera.',
  },
  APPEAL_ALREADY_DECIDED: {
    en: 'This appeal was already decided.',
    fr: 'Une décision a déjà été prise sur cet appel.',
  },
  OWN_MODERATION_CASE: {
    en: 'You can’t moderate a case about you or one you reported; another moderator will.',
    fr: 'Vous ne pouvez pas modérer un cas qui vous concerne ou que vous avez signalé ; une autre personne de la modération s’en chargera.',
  },
  QUEUE_FILTER_ALLIANCE: {
    en: 'You can filter by an alliance you moderate.',
    fr: 'Vous pouvez filtrer sur une alliance que vous modérez.',
  },
  QUEUE_FILTER_AGE: {
    en: 'The age filter is a number of hours from 0 to a year.',
    fr: 'Le filtre d’ancienneté est un nombre d’heures, de 0 à un an.',
  },
  CASE_NOT_FOUND: {
    en: 'We could not find that case.',
    fr: 'Nous ne trouvons pas ce cas.',
  },
  CASE_ACTION_UNKNOWN: {
    en: 'A case can be dismissed, or decided by hiding the content, a warning, a suspension or a ban.',
    fr: 'Un cas peut être classé, ou tranché en masquant le contenu, par un avertissement, une suspension ou une exclusion.',
  },
  CASE_ALREADY_DECIDED: {
    en: 'This case was already decided by another moderator.',
    fr: 'Une autre personne de la modération a déjà tranché ce cas.',
  },
  PERSON_REPORT_NOTHING_TO_HIDE: {
    en: 'A report about a person has no content to hide; choose a warning, a suspension or a ban.',
    fr: 'Un signalement sur une personne n’a pas de contenu à masquer ; choisissez un avertissement, une suspension ou une exclusion.',
  },
  CONTENT_ACTION_UNKNOWN: {
    en: 'Content can be hidden or restored.',
    fr: 'Un contenu peut être masqué ou rétabli.',
  },
  CONTENT_NOT_FOUND_DELETED_BY_AUTHOR: {
    en: 'We could not find that content. It may have been deleted by its author.',
    fr: 'Nous ne trouvons pas ce contenu. Son auteur ou autrice l’a peut-être supprimé.',
  },
  OWN_WRITING_MODERATION: {
    en: 'You can’t moderate your own writing; another moderator will.',
    fr: 'Vous ne pouvez pas modérer vos propres écrits ; une autre personne de la modération s’en chargera.',
  },
  PERSON_ACTION_UNKNOWN: {
    en: 'A person can be warned, suspended or banned, and those decisions undone.',
    fr: 'Une personne peut recevoir un avertissement, être suspendue ou exclue, et ces décisions peuvent être annulées.',
  },
  MODERATED_PERSON_NOT_FOUND: {
    en: 'We could not find that person.',
    fr: 'Nous ne trouvons pas cette personne.',
  },
  OWN_MODERATION_DECISION: {
    en: 'You can’t make a moderation decision about yourself; another moderator will.',
    fr: 'Vous ne pouvez pas prendre de décision de modération vous concernant ; une autre personne de la modération s’en chargera.',
  },
  DECISION_NOT_FOUND: {
    en: 'We could not find that decision.',
    fr: 'Nous ne trouvons pas cette décision.',
  },
  OWN_DECISION_UNDO: {
    en: 'You can’t undo a moderation decision about you; another moderator will.',
    fr: 'Vous ne pouvez pas annuler une décision de modération vous concernant ; une autre personne de la modération s’en chargera.',
  },
  DECISION_NOT_UNDOABLE: {
    en: 'This decision cannot be undone; make a new decision instead.',
    fr: 'Cette décision ne peut pas être annulée ; prenez plutôt une nouvelle décision.',
  },
  DECISION_ALREADY_UNDONE: {
    en: 'This decision was already undone.',
    fr: 'Cette décision a déjà été annulée.',
  },
  SUSPENSION_DAYS_RANGE: {
    en: 'A suspension lasts a whole number of days, from 1 to {max}.',
    fr: 'Une suspension dure un nombre entier de jours, de 1 à {max}.',
  },
  MODERATE_OWN_ALLIANCES_ONLY: {
    en: 'You can moderate only in the alliances you moderate.',
    fr: 'Vous ne pouvez modérer que dans les alliances dont vous êtes modérateur·rice.',
  },
  OWN_MODERATOR_APPOINTMENT: {
    en: 'You can’t change your own appointment as a moderator; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas modifier votre propre nomination comme modérateur·rice ; une autre personne (coordination ou administration) s’en chargera.',
  },
  MODERATOR_MUST_BE_MEMBER: {
    en: 'Only an active member of this alliance can moderate it.',
    fr: 'Seule une personne membre active de cette alliance peut la modérer.',
  },
  NOT_A_MODERATOR_HERE: {
    en: 'That is not a moderator of this alliance.',
    fr: 'Cette personne ne modère pas cette alliance.',
  },
  MODERATORS_LIST_RESTRICTED: {
    en: 'Only this alliance’s coordinators and moderators can see who moderates it.',
    fr: 'Seules les personnes qui coordonnent ou modèrent cette alliance peuvent voir qui la modère.',
  },
  MODERATORS_APPOINTMENT_RESTRICTED: {
    en: 'Only an administrator or a coordinator of this alliance can appoint its moderators.',
    fr: 'Seule une personne administratrice, ou qui coordonne cette alliance, peut en nommer les modérateur·rices.',
  },
  USE_REPORT_PERSON: {
    en: 'To report a person, use reportPerson.',
    fr: 'Pour signaler une personne, utilisez reportPerson.',
  },
  REPORTED_CONTENT_NOT_FOUND: {
    en: 'We could not find that. It may have been deleted.',
    fr: 'Nous ne trouvons pas ce contenu. Il a peut-être été supprimé.',
  },
  CANNOT_REPORT_OWN_WRITING: {
    en: 'You cannot report your own writing; you can edit or delete it instead.',
    fr: 'Vous ne pouvez pas signaler vos propres écrits ; vous pouvez plutôt les modifier ou les supprimer.',
  },
  CANNOT_REPORT_YOURSELF: {
    en: 'You cannot report yourself.',
    fr: 'Vous ne pouvez pas vous signaler vous-même.',
  },
  REPORT_PEOPLE_YOU_TALK_WITH: {
    en: 'You can report people you share a conversation with.',
    fr: 'Vous pouvez signaler les personnes avec qui vous avez une conversation.',
  },
  SUPPORT_RESPONDER_NOT_ELIGIBLE: {
    en: 'You can choose your mentor or someone in your support circle.',
    fr: 'Vous pouvez choisir votre mentor ou une personne de votre cercle de soutien.',
  },
  SUPPORT_RESPONDER_NOT_FOUND: {
    en: 'We could not find that person among the people you chose.',
    fr: 'Nous ne trouvons pas cette personne parmi celles que vous avez choisies.',
  },
  SUPPORT_ASK_NOT_FOUND: {
    en: 'We could not find anyone who asked you to be there for them with that id.',
    fr: 'Nous ne trouvons personne qui vous a demandé d’être là pour elle avec cet identifiant.',
  },
  SUPPORT_REQUEST_NOT_FOUND: {
    en: 'We could not find that call for support.',
    fr: 'Nous ne trouvons pas cet appel à l’aide.',
  },
  SUPPORT_REQUEST_CLOSED: {
    en: 'This call for support has ended: they said they are OK now.',
    fr: 'Cet appel à l’aide est terminé : la personne a dit qu’elle allait bien maintenant.',
  },
  ON_CALL_TIME_ZONE: {
    en: 'Please give a time zone such as Europe/London.',
    fr: 'Indiquez un fuseau horaire, par exemple Europe/Paris.',
  },
  ON_CALL_TIMES: {
    en: 'Please give a start and an end time such as 18:00 and 23:00, and different from each other.',
    fr: 'Indiquez une heure de début et une heure de fin, par exemple 18:00 et 23:00, différentes l’une de l’autre.',
  },
  ON_CALL_WEEKDAY: {
    en: 'Please choose a day of the week.',
    fr: 'Choisissez un jour de la semaine.',
  },
  ON_CALL_PEER_NOT_VETTED: {
    en: 'Only peers vetted in this alliance can be on call.',
    fr: 'Seuls les pairs validés dans cette alliance peuvent être d’astreinte.',
  },
  ON_CALL_NO_ROTA: {
    en: 'Please set the rota’s time zone first.',
    fr: 'Indiquez d’abord le fuseau horaire du planning.',
  },
  ON_CALL_SHIFT_NOT_FOUND: {
    en: 'We could not find that shift. It may already have been removed.',
    fr: 'Nous ne trouvons pas ce créneau. Il a peut-être déjà été retiré.',
  },
});
