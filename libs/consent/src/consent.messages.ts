import { defineMessages } from '@kindred/core';

/** What consent says when it refuses, and how a reader is told that sharing ended. */
export const ConsentMessages = defineMessages({
  SHARED_NOT_FOUND: {
    en: 'We could not find that. It may not be shared with you, or no longer.',
    fr: 'Nous ne trouvons pas ce contenu. Il n’est peut-être pas partagé avec vous, ou plus maintenant.',
  },
  GRANTEE_FROM_CIRCLE_OR_MENTOR: {
    en: 'Choose someone in your support circle, or your mentor.',
    fr: 'Choisissez une personne de votre cercle de soutien, ou votre mentor.',
  },
  SHARING_SCOPE_REQUIRED: {
    en: 'Choose what to share.',
    fr: 'Choisissez ce que vous partagez.',
  },
  CONSENT_LABEL_PURPOSE: { en: 'a purpose (why you share this)', fr: 'un but (pourquoi vous partagez cela)' },
  SHARE_WITH_CIRCLE_OR_MENTOR_ONLY: {
    en: 'You can share only with people in your support circle, or your mentor.',
    fr: 'Vous ne pouvez partager qu’avec les personnes de votre cercle de soutien, ou votre mentor.',
  },
  ALREADY_SHARED: {
    en: 'You already share this with them. To change it, revoke it and share again.',
    fr: 'Vous partagez déjà cela avec cette personne. Pour changer, arrêtez le partage puis partagez à nouveau.',
  },
  SHARING_END_REQUIRED: {
    en: 'Choose how the sharing ends.',
    fr: 'Choisissez comment le partage prend fin.',
  },
  RELATIONSHIP_SHARING_HAS_NO_DATE: {
    en: 'Sharing that ends with the relationship has no date. Leave the date empty, or choose to end it on a date.',
    fr: 'Un partage qui prend fin avec la relation n’a pas de date. Laissez la date vide, ou choisissez de le terminer à une date.',
  },
  SHARING_END_DATE_IN_PAST: {
    en: 'The end date must be in the future. You could leave it empty to share for {months} months.',
    fr: 'La date de fin doit être dans le futur. Vous pouvez la laisser vide pour partager pendant {months} mois.',
  },
  SHARING_NOT_FOUND: {
    en: 'We could not find that sharing.',
    fr: 'Nous ne trouvons pas ce partage.',
  },
  CONSENT_SIGNATURE_MISMATCH: {
    en: 'To sign, please type your display name as it shows on Kindred.',
    fr: 'Pour signer, tapez votre nom affiché tel qu’il apparaît sur Kindred.',
  },
  SHARING_REVOKED_BY_OWNER: {
    en: '{name} has stopped sharing {what} with you. That is their choice to make, and they can share again whenever they like. You can still be there for them.',
    fr: '{name} a arrêté de partager {what} avec vous. C’est son choix, et le partage peut reprendre quand bon lui semble. Vous pouvez toujours rester à ses côtés.',
  },
  SHARING_EXPIRED: {
    en: '{name}’s sharing of {what} with you came to its planned end on {date}. They can share again whenever they like.',
    fr: 'Le partage de {what} a pris fin le {date}, à la date prévue. {name} peut le partager à nouveau quand bon lui semble.',
  },
  SHARING_ENDED_LEFT_CIRCLE: {
    en: '{name} no longer shares {what} with you: sharing ended when you left their support circle.',
    fr: 'Le partage de {what} a pris fin quand vous avez quitté le cercle de soutien de {name}.',
  },
  SHARING_ENDED_REMOVED_FROM_CIRCLE: {
    en: '{name} no longer shares {what} with you: sharing ended because you are no longer in their support circle.',
    fr: 'Le partage de {what} a pris fin, car vous ne faites plus partie du cercle de soutien de {name}.',
  },
  SHARING_ENDED_MENTORSHIP_ENDED: {
    en: '{name} no longer shares {what} with you: sharing ended when your mentorship ended.',
    fr: 'Le partage de {what} a pris fin avec votre mentorat avec {name}.',
  },
  SHARING_ENDED_OTHER: {
    en: '{name} no longer shares {what} with you. They can share again whenever they like.',
    fr: 'Le partage de {what} a pris fin du côté de {name}, qui peut le partager à nouveau quand bon lui semble.',
  },
  SHARED_CHECKINS_OF_READER: { en: 'their check-ins', fr: 'ses bilans d’humeur et d’envies' },
  SHARED_PLAN_OF_READER: { en: 'their recovery plan', fr: 'son plan de rétablissement' },
  SHARED_CAPITAL_OF_READER: { en: 'their recovery capital scores', fr: 'ses scores de capital de rétablissement' },
  SHARED_DIARY_OF_READER: { en: 'their diary entries', fr: 'ses pages de journal' },
  SHARED_MILESTONES_OF_READER: { en: 'their milestones', fr: 'ses étapes de rétablissement' },
});
