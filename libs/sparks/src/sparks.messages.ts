import { defineMessages } from '@kindred/core';

/** What small sparks say when they refuse, and the phrases their sentences take. Amounts come formatted. */
export const SparkMessages = defineMessages({
  SPARK_APPLICATION_NOT_FOUND: {
    en: 'We could not find that application.',
    fr: 'Nous ne trouvons pas cette demande.',
  },
  SPARK_MANAGE: { en: 'manage its small sparks', fr: 'gérer ses petits coups de pouce' },
  SPARKS_NOT_FOR_OTHER_COORDINATORS: {
    en: 'You coordinate another alliance; this alliance’s small sparks are for its own members and coordinators.',
    fr: 'Vous coordonnez une autre alliance ; les petits coups de pouce de celle-ci sont pour ses propres membres et coordinateur·rices.',
  },
  SPARKS_NOT_FOR_SUPPORTERS: {
    en: 'Small sparks from this alliance are for its members in recovery; you belong to it as a supporter.',
    fr: 'Les petits coups de pouce de cette alliance sont pour ses membres en rétablissement ; vous en faites partie comme proche aidant·e.',
  },
  SPARKS_AFTER_WELCOME: {
    en: 'Your request to join this alliance is waiting for its coordinators; its small sparks open to you once you are welcomed.',
    fr: 'Votre demande pour rejoindre cette alliance attend ses coordinateur·rices ; ses petits coups de pouce vous seront ouverts une fois accueilli·e.',
  },
  SPARKS_FOR_MEMBERS_IN_RECOVERY: {
    en: 'Small sparks from this alliance are for its members in recovery.',
    fr: 'Les petits coups de pouce de cette alliance sont pour ses membres en rétablissement.',
  },
  SPARKS_JOIN_FIRST: {
    en: 'Small sparks from this alliance are for its members. You can ask to join the alliance first.',
    fr: 'Les petits coups de pouce de cette alliance sont pour ses membres. Vous pouvez d’abord demander à rejoindre l’alliance.',
  },
  GRANT_OVER_PER_GRANT_CAP: {
    en: 'A grant from this fund can be up to {cap}. Please ask for that much or less.',
    fr: 'Un coup de pouce de ce fonds peut aller jusqu’à {cap}. Demandez ce montant ou moins.',
  },
  PERSON_CAP_REACHED_FOR_NOW: {
    en: 'This fund can give one person up to {cap} in 12 months, and that has been reached for now.',
    fr: 'Ce fonds peut donner jusqu’à {cap} à une même personne sur 12 mois, et ce montant est atteint pour l’instant.',
  },
  PERSON_CAP_LEFT: {
    en: 'This fund can give one person up to {cap} in 12 months; {left} of that is left for this grant.',
    fr: 'Ce fonds peut donner jusqu’à {cap} à une même personne sur 12 mois ; il en reste {left} pour ce coup de pouce.',
  },
  NEEDED_BY_PASSED: {
    en: 'The date you need it by has passed. Please change it before sending.',
    fr: 'La date à laquelle vous en avez besoin est passée. Changez-la avant d’envoyer.',
  },
  SPARK_LABEL_FEW_WORDS: { en: 'a few words', fr: 'quelques mots' },
  SPARK_LABEL_NEXT_STEP: { en: 'the next step it helps with', fr: 'la prochaine étape que cela aide à franchir' },
  SPARK_LABEL_PAYMENT_REFERENCE: { en: 'a payment reference', fr: 'une référence de paiement' },
  SPARK_LABEL_NAME: { en: 'a name', fr: 'un nom' },
  SPARK_LABEL_IDEMPOTENCY_KEY: { en: 'an idempotency key', fr: 'une clé d’idempotence' },
  SPARK_LABEL_DECLINE_REASON: { en: 'a kind reason for the member', fr: 'une raison bienveillante pour la personne' },
  SPARK_LABEL_QUESTION: { en: 'a question for the member', fr: 'une question pour la personne' },
  SPARK_LABEL_AMOUNT: { en: 'an amount', fr: 'un montant' },
  SPARK_LABEL_BUDGET: { en: 'a budget', fr: 'un budget' },
  SPARK_LABEL_PER_GRANT_CAP: { en: 'a per-grant cap', fr: 'un plafond par coup de pouce' },
  SPARK_LABEL_PER_PERSON_CAP: { en: 'a per-person cap', fr: 'un plafond par personne' },
  SPARK_LABEL_DUAL_APPROVAL_THRESHOLD: { en: 'a dual-approval threshold', fr: 'un seuil de double approbation' },
  RECOVERY_GOAL_NOT_YOURS: {
    en: 'Please choose a goal from your own recovery plan.',
    fr: 'Choisissez un objectif de votre propre plan de rétablissement.',
  },
  NEEDED_BY_IN_PAST: {
    en: 'Please choose a date from today onwards for when you need it.',
    fr: 'Choisissez une date à partir d’aujourd’hui pour le moment où vous en avez besoin.',
  },
  OWN_GRANT_PAYMENT: {
    en: 'You can’t record the payment of your own grant; another coordinator will.',
    fr: 'Vous ne pouvez pas enregistrer le paiement de votre propre coup de pouce ; une autre personne de la coordination s’en chargera.',
  },
  OWN_SPARK_REVIEW: {
    en: 'You can’t review your own application; another coordinator will.',
    fr: 'Vous ne pouvez pas examiner votre propre demande ; une autre personne de la coordination s’en chargera.',
  },
  APPROVER_CANNOT_PAY: {
    en: 'You approved this grant, so another coordinator records its payment: this fund keeps the two apart.',
    fr: 'Vous avez approuvé ce coup de pouce : une autre personne de la coordination enregistre son paiement. Ce fonds sépare les deux rôles.',
  },
  GRANT_NOT_PAID_YET: {
    en: 'This grant has not been paid yet.',
    fr: 'Ce coup de pouce n’a pas encore été versé.',
  },
  PAYMENT_DETAILS_RESTRICTED: {
    en: 'Payment details are for the member and the coordinators who approved or paid this grant.',
    fr: 'Les détails du paiement sont réservés à la personne et aux coordinateur·rices qui ont approuvé ou versé ce coup de pouce.',
  },
  FUND_NOT_FOUND: {
    en: 'We could not find that fund.',
    fr: 'Nous ne trouvons pas ce fonds.',
  },
  FUND_NOT_TAKING: {
    en: 'This fund is not taking applications or approvals right now: it is closed or outside its period.',
    fr: 'Ce fonds ne prend ni demandes ni approbations pour l’instant : il est fermé, ou en dehors de sa période.',
  },
  PERIOD_END_BEFORE_START: {
    en: 'The period should end on or after the day it starts.',
    fr: 'La période doit finir le jour où elle commence, ou après.',
  },
  FUND_CLOSED_OPEN_NEW: {
    en: 'This fund is closed. You can open a new fund instead.',
    fr: 'Ce fonds est fermé. Vous pouvez ouvrir un nouveau fonds.',
  },
  FUND_HOLDS_AT_MOST: {
    en: 'A fund can hold at most {max} in all. You can open another fund.',
    fr: 'Un fonds peut contenir au plus {max} en tout. Vous pouvez ouvrir un autre fonds.',
  },
  FUND_ALREADY_CLOSED: {
    en: 'This fund is already closed.',
    fr: 'Ce fonds est déjà fermé.',
  },
  SPARK_ALLIANCE_NOT_FOUND: {
    en: 'We could not find that alliance.',
    fr: 'Nous ne trouvons pas cette alliance.',
  },
  FUND_NOT_ENOUGH_LEFT: {
    en: "This fund has {available} left, which isn't enough for this grant of {amount} right now.",
    fr: 'Il reste {available} dans ce fonds, ce qui ne suffit pas pour ce coup de pouce de {amount} pour l’instant.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'That idempotency key was already used for something else. Please use a new key for each new request.',
    fr: 'Cette clé d’idempotence a déjà servi pour autre chose. Utilisez une nouvelle clé pour chaque nouvelle demande.',
  },
  AMOUNT_IN_MINOR_UNITS: {
    en: "Please give {label} as a whole number of cents (or the currency's smallest unit), more than zero.",
    fr: 'Indiquez {label} en nombre entier de centimes (ou de la plus petite unité de la devise), plus grand que zéro.',
  },
  ALREADY_APPROVED_BY_YOU: {
    en: 'You have already approved this application. It needs another coordinator’s approval too.',
    fr: 'Vous avez déjà approuvé cette demande. Elle a aussi besoin de l’approbation d’une autre personne de la coordination.',
  },
  APPLICANT_LEFT_ALLIANCE: {
    en: 'This person is no longer a member of the alliance, so their application can’t be approved. You can cancel it instead.',
    fr: 'Cette personne ne fait plus partie de l’alliance : sa demande ne peut pas être approuvée. Vous pouvez l’annuler.',
  },
  SPARK_CANCELLED: {
    en: 'This application was cancelled, so nothing more can be done with it.',
    fr: 'Cette demande a été annulée : plus rien ne peut être fait avec.',
  },
  SPARK_ALREADY_DECIDED: {
    en: 'A decision has already been made on this application.',
    fr: 'Une décision a déjà été prise sur cette demande.',
  },
  SPARK_SENT_TO_COORDINATORS: {
    en: 'This application has been sent to the coordinators. You can change it if they ask for more information.',
    fr: 'Cette demande a été envoyée aux coordinateur·rices. Vous pourrez la modifier s’ils ou elles demandent plus d’informations.',
  },
  SPARK_WAITING_FOR_MEMBER: {
    en: 'This application is waiting for the member to answer your question.',
    fr: 'Cette demande attend la réponse de la personne à votre question.',
  },
  SPARK_NOT_WAITING_FOR_DECISION: {
    en: 'This application is not waiting for a decision.',
    fr: 'Cette demande n’attend pas de décision.',
  },
  GRANT_ALREADY_PAID: {
    en: 'This grant has already been paid.',
    fr: 'Ce coup de pouce a déjà été versé.',
  },
  ONLY_APPROVED_GRANT_PAID: {
    en: 'Only an approved grant can be paid.',
    fr: 'Seul un coup de pouce approuvé peut être versé.',
  },
  RECEIPT_ALREADY_CONFIRMED: {
    en: 'You have already confirmed that you received this grant.',
    fr: 'Vous avez déjà confirmé avoir reçu ce coup de pouce.',
  },
  FOLLOW_UP_AFTER_RECEIPT: {
    en: 'You can share how it went once you have confirmed you received the grant.',
    fr: 'Vous pourrez raconter comment cela s’est passé une fois que vous aurez confirmé avoir reçu le coup de pouce.',
  },
  GRANT_PAID_CANNOT_CANCEL: {
    en: 'This grant has already been paid, so it can no longer be cancelled.',
    fr: 'Ce coup de pouce a déjà été versé : il ne peut plus être annulé.',
  },
});
