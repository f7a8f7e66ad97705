import { defineMessages } from '@kindred/core';

/** What recovery plans say when they refuse: goals, steps and suggestions. */
export const PlanMessages = defineMessages({
  PLAN_PART_NOT_SHARED: {
    en: 'We could not find {what}. It may not be shared with you, or no longer.',
    fr: 'Nous ne trouvons pas {what}. Ce n’est peut-être pas partagé avec vous, ou plus maintenant.',
  },
  PLAN_THAT: { en: 'that', fr: 'ce contenu' },
  PLAN_THAT_PLAN: { en: 'that plan', fr: 'ce plan' },
  PLAN_THAT_GOAL: { en: 'that goal', fr: 'cet objectif' },
  PLAN_THAT_SUGGESTION: { en: 'that suggestion', fr: 'cette suggestion' },
  GOAL_NOT_FOUND: {
    en: 'We could not find that goal in your plan.',
    fr: 'Nous ne trouvons pas cet objectif dans votre plan.',
  },
  PLAN_GOAL_LIMIT: {
    en: 'Your plan holds up to {max} goals. You could delete some you no longer need, then add this one.',
    fr: 'Votre plan peut contenir jusqu’à {max} objectifs. Vous pourriez supprimer ceux dont vous n’avez plus besoin, puis ajouter celui-ci.',
  },
  GOAL_STATUS_REQUIRED: {
    en: 'Choose where the goal stands.',
    fr: 'Choisissez où en est l’objectif.',
  },
  PLAN_LABEL_WHY: { en: 'why it matters', fr: 'pourquoi c’est important' },
  PLAN_LABEL_TITLE: { en: 'a title', fr: 'un titre' },
  PLAN_LABEL_STEP: { en: 'a step', fr: 'une étape' },
  PLAN_LABEL_NOTE: { en: 'a note', fr: 'un mot' },
  RECOVERY_DOMAIN_REQUIRED: {
    en: 'Choose one of the eight recovery domains.',
    fr: 'Choisissez l’un des huit domaines du rétablissement.',
  },
  STEP_NOT_FOUND: {
    en: 'We could not find that step in your plan.',
    fr: 'Nous ne trouvons pas cette étape dans votre plan.',
  },
  GOAL_STEP_LIMIT: {
    en: 'A goal holds up to {max} steps. You could split it into two goals.',
    fr: 'Un objectif peut contenir jusqu’à {max} étapes. Vous pourriez le partager en deux objectifs.',
  },
  STEP_ORDER_INCOMPLETE: {
    en: 'The new order has to list each of this goal’s steps once. Please refresh and try again.',
    fr: 'Le nouvel ordre doit citer chaque étape de cet objectif une seule fois. Actualisez la page, puis réessayez.',
  },
  GOAL_NOT_ACTIVE_FOR_STEPS: {
    en: 'This goal is not being worked on now, so it takes no new steps. You could suggest a new goal instead.',
    fr: 'Cet objectif n’est pas en cours : il ne prend pas de nouvelles étapes. Vous pourriez plutôt suggérer un nouvel objectif.',
  },
  SUGGESTION_ALREADY_ANSWERED_NO_WITHDRAW: {
    en: 'The member has already answered this suggestion, so it can no longer be withdrawn.',
    fr: 'La personne a déjà répondu à cette suggestion : elle ne peut plus être retirée.',
  },
  PENDING_SUGGESTION_LIMIT: {
    en: 'You have {max} suggestions waiting for their answer. Give them time, or withdraw one to suggest something else.',
    fr: 'Vous avez {max} suggestions en attente de réponse. Laissez-leur du temps, ou retirez-en une pour suggérer autre chose.',
  },
  SUGGESTION_TRY_AGAIN: {
    en: 'Please try again.',
    fr: 'Réessayez, s’il vous plaît.',
  },
  SUGGESTION_ALREADY_ACCEPTED: {
    en: 'You have already taken this suggestion into your plan.',
    fr: 'Vous avez déjà ajouté cette suggestion à votre plan.',
  },
  SUGGESTION_ALREADY_DECLINED: {
    en: 'You have already answered this suggestion: it is set aside as not for now.',
    fr: 'Vous avez déjà répondu à cette suggestion : elle est mise de côté pour l’instant.',
  },
  SUGGESTION_WITHDRAWN: {
    en: 'This suggestion was withdrawn by the person who made it, so there is nothing to answer.',
    fr: 'La personne qui a fait cette suggestion l’a retirée : il n’y a rien à répondre.',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  GOAL_DELETED: {
    en: 'The goal is deleted from your plan.',
    fr: 'L’objectif est supprimé de votre plan.',
  },
});
