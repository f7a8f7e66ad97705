import { defineMessages } from '@kindred/core';

/** What the alliances domain says when it refuses, and the phrases its sentences take. */
export const AllianceMessages = defineMessages({
  ALLIANCE_WEB_ADDRESS_HTTPS: {
    en: 'Please give a web address starting with https://.',
    fr: 'Indiquez une adresse web qui commence par https://.',
  },
  POSTCODE_PREFIXES_FORMAT: {
    en: 'Postcode prefixes are letters and digits, up to 8 characters, such as SW1A or 750.',
    fr: 'Les débuts de code postal sont faits de lettres et de chiffres, 8 caractères au plus, comme SW1A ou 750.',
  },
  ALLIANCE_LABEL_NAME: { en: 'a name', fr: 'un nom' },
  ALLIANCE_LABEL_PHONE_NUMBER: { en: 'a phone number', fr: 'un numéro de téléphone' },
  ALLIANCE_LABEL_OPENING_HOURS: { en: 'opening hours', fr: 'des horaires d’ouverture' },
  ALLIANCE_LABEL_DESCRIPTION: { en: 'a description', fr: 'une description' },
  ALLIANCE_LABEL_REGION: { en: 'a region', fr: 'une région' },
  ALLIANCE_LABEL_CITY: { en: 'a city or town', fr: 'une ville ou une commune' },
  ALLIANCE_LABEL_DECLINE_REASON: { en: 'a short, kind reason the person will read', fr: 'une raison courte et bienveillante, que la personne lira' },
  ALLIANCE_LABEL_LIVED_EXPERIENCE: { en: 'a summary of your lived experience', fr: 'un résumé de votre expérience vécue' },
  ALLIANCE_LABEL_TRAINING_NAME: { en: 'the name of a training', fr: 'le nom d’une formation' },
  ALLIANCE_LABEL_APPLICANT_MESSAGE: {
    en: 'a short, kind message the applicant will read',
    fr: 'un message court et bienveillant, que la personne candidate lira',
  },
  ALLIANCE_LABEL_WEB_ADDRESS: { en: 'a web address', fr: 'une adresse web' },
  ALLIANCE_LABEL_ADDRESS: { en: 'an address', fr: 'une adresse' },
  MENTOR_PLACES_RANGE: {
    en: 'Please choose a number of places from 1 to {max}.',
    fr: 'Choisissez un nombre de places entre 1 et {max}.',
  },
  COORDINATOR_ACCOUNT_NOT_FOUND: {
    en: 'We could not find that account.',
    fr: 'Nous ne trouvons pas ce compte.',
  },
  ALLIANCE_NOT_FOUND: {
    en: 'We could not find that alliance.',
    fr: 'Nous ne trouvons pas cette alliance.',
  },
  ALLIANCE_NAME_TAKEN: {
    en: 'An alliance with that name already exists. Please choose another name.',
    fr: 'Une alliance porte déjà ce nom. Choisissez-en un autre.',
  },
  OWN_COORDINATOR_APPOINTMENT: {
    en: 'You can’t change your own appointment as a coordinator; another administrator will.',
    fr: 'Vous ne pouvez pas modifier votre propre nomination comme coordinateur·rice ; une autre personne administratrice s’en chargera.',
  },
  COORDINATORS_ONLY: {
    en: 'Only this alliance’s coordinators can {what}.',
    fr: 'Seules les personnes qui coordonnent cette alliance peuvent {what}.',
  },
  COORDINATORS_ONLY_ELSEWHERE: {
    en: 'You coordinate another alliance; only this alliance’s coordinators can {what}.',
    fr: 'Vous coordonnez une autre alliance ; seules les personnes qui coordonnent celle-ci peuvent {what}.',
  },
  ALLIANCE_DO_THIS: { en: 'do this', fr: 'faire cela' },
  MENTOR_NEEDS_MEMBERSHIP_FIRST: {
    en: 'To mentor in an alliance, join it as a member first, then apply to mentor there.',
    fr: 'Pour être mentor dans une alliance, rejoignez-la d’abord comme membre, puis proposez-vous comme mentor.',
  },
  MEMBER_CAPACITY_FOR_RECOVERY: {
    en: 'Joining as a member is for people in recovery. You can join as a supporter instead.',
    fr: 'Rejoindre comme membre, c’est pour les personnes en rétablissement. Vous pouvez rejoindre comme proche aidant·e.',
  },
  SUPPORTER_CAPACITY_FOR_FAMILY: {
    en: 'Joining as a supporter is for family and friends. You can join as a member instead.',
    fr: 'Rejoindre comme proche aidant·e, c’est pour la famille et les ami·es. Vous pouvez rejoindre comme membre.',
  },
  ALREADY_ASKED_TO_JOIN: {
    en: 'You have already asked to join this alliance in that capacity, or you belong to it already.',
    fr: 'Vous avez déjà demandé à rejoindre cette alliance à ce titre, ou vous en faites déjà partie.',
  },
  MEMBERSHIP_REQUEST_NOT_FOUND: {
    en: 'We could not find that request.',
    fr: 'Nous ne trouvons pas cette demande.',
  },
  OWN_REQUEST_TO_JOIN: {
    en: 'You can’t decide your own request to join; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas décider de votre propre demande d’adhésion ; une autre personne (coordination ou administration) s’en chargera.',
  },
  MEMBERSHIP_REQUEST_DECIDED: {
    en: 'This request has already been decided.',
    fr: 'Une décision a déjà été prise sur cette demande.',
  },
  ALLIANCE_NOT_A_MEMBER: {
    en: 'You do not belong to that alliance.',
    fr: 'Vous ne faites pas partie de cette alliance.',
  },
  MENTOR_PATHWAY_REQUIRED: {
    en: 'Please choose at least one recovery pathway you can speak to.',
    fr: 'Choisissez au moins un chemin de rétablissement dont vous pouvez parler.',
  },
  MENTOR_FOCUS_REQUIRED: {
    en: 'Please choose at least one area of recovery you can help with.',
    fr: 'Choisissez au moins un domaine du rétablissement pour lequel vous pouvez aider.',
  },
  YEARS_IN_RECOVERY_RANGE: {
    en: 'Please give your years in recovery as a whole number from 0 to 80.',
    fr: 'Indiquez vos années de rétablissement par un nombre entier de 0 à 80.',
  },
  MAX_MENTEES_RANGE: {
    en: 'Please choose how many mentees you can support at once, from 1 to {max}.',
    fr: 'Choisissez combien de personnes vous pouvez accompagner à la fois, de 1 à {max}.',
  },
  MENTOR_LANGUAGE_REQUIRED: {
    en: 'Please give at least one language you can mentor in.',
    fr: 'Indiquez au moins une langue dans laquelle vous pouvez accompagner.',
  },
  TOO_MANY_TRAININGS: {
    en: 'Please list at most 20 trainings.',
    fr: 'Indiquez 20 formations au plus.',
  },
  OWN_MENTOR_APPLICATION_APPROVE: {
    en: 'You can’t approve your own application to mentor; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas approuver votre propre candidature de mentor ; une autre personne (coordination ou administration) s’en chargera.',
  },
  OWN_MENTOR_APPLICATION_REQUEST_CHANGES: {
    en: 'You can’t ask for changes to your own application to mentor; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas demander de changements à votre propre candidature de mentor ; une autre personne (coordination ou administration) s’en chargera.',
  },
  OWN_MENTOR_APPLICATION_DECLINE: {
    en: 'You can’t decline your own application to mentor; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas refuser votre propre candidature de mentor ; une autre personne (coordination ou administration) s’en chargera.',
  },
  OWN_MENTOR_VETTING_PAUSE: {
    en: 'You can’t pause your own vetting as a mentor; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas mettre en pause votre propre validation de mentor ; une autre personne (coordination ou administration) s’en chargera.',
  },
  OWN_MENTOR_VETTING_RESUME: {
    en: 'You can’t resume your own vetting as a mentor; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas reprendre votre propre validation de mentor ; une autre personne (coordination ou administration) s’en chargera.',
  },
  OWN_MENTOR_VETTING_WITHDRAW: {
    en: 'You can’t withdraw your own vetting as a mentor; another coordinator or an administrator will.',
    fr: 'Vous ne pouvez pas retirer votre propre validation de mentor ; une autre personne (coordination ou administration) s’en chargera.',
  },
  MENTOR_NEEDS_MEMBERSHIP: {
    en: 'Mentoring in an alliance starts with belonging to it: please join it as a member first.',
    fr: 'Pour être mentor dans une alliance, il faut d’abord en faire partie : rejoignez-la comme membre.',
  },
  MENTOR_APPLICATION_EXISTS: {
    en: 'You already have an application, or are vetted, in this alliance. You can update your application instead.',
    fr: 'Vous avez déjà une candidature, ou une validation, dans cette alliance. Vous pouvez plutôt mettre à jour votre candidature.',
  },
  MENTOR_APPLICATION_NOT_FOUND: {
    en: 'We could not find that application.',
    fr: 'Nous ne trouvons pas cette candidature.',
  },
  MENTOR_APPLICATION_DECIDED: {
    en: 'This application has been decided, so it can no longer be edited.',
    fr: 'Une décision a été prise sur cette candidature : elle ne peut plus être modifiée.',
  },
  MENTOR_APPLICATION_NOT_NOW: {
    en: 'This application is {status}, so that is not possible now.',
    fr: 'Cette candidature est {status} : ce n’est pas possible pour l’instant.',
  },
  MENTOR_APPLICATION_DECIDED_BY_ANOTHER: {
    en: 'Another coordinator decided this a moment ago: the application is now {status}. There is nothing more for you to do.',
    fr: 'Une autre personne de la coordination vient de décider : la candidature est maintenant {status}. Vous n’avez rien d’autre à faire.',
  },
  MEMBERSHIP_REQUEST_DECIDED_BY_ANOTHER: {
    en: 'Another coordinator decided this request a moment ago. There is nothing more for you to do.',
    fr: 'Une autre personne de la coordination vient de décider pour cette demande. Vous n’avez rien d’autre à faire.',
  },
  MENTOR_APPLICATION_STATUS_SUBMITTED: { en: 'submitted', fr: 'envoyée' },
  MENTOR_APPLICATION_STATUS_CHANGES_REQUESTED: { en: 'changes requested', fr: 'en attente de changements' },
  MENTOR_APPLICATION_STATUS_DECLINED: { en: 'declined', fr: 'refusée' },
  MENTOR_APPLICATION_STATUS_VETTED: { en: 'vetted', fr: 'validée' },
  MENTOR_APPLICATION_STATUS_PAUSED: { en: 'paused', fr: 'en pause' },
  MENTOR_APPLICATION_STATUS_WITHDRAWN: { en: 'withdrawn', fr: 'retirée' },
  DIRECTORY_ENTRY_NOT_FOUND: {
    en: 'We could not find that directory entry.',
    fr: 'Nous ne trouvons pas cette entrée de l’annuaire.',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  DIRECTORY_ENTRY_REMOVED: {
    en: 'The entry is removed from the directory.',
    fr: 'L’entrée est retirée de l’annuaire.',
  },
});
