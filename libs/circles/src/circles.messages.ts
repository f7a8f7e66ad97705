import { defineMessages } from '@kindred/core';

/** What support circles say when they refuse: circles and invitations. */
export const CircleMessages = defineMessages({
  INVITATION_TOKEN_OR_ID: {
    en: 'Give the token from the email, or the invitation you received on Kindred.',
    fr: 'Indiquez le code reçu par e-mail, ou l’invitation reçue sur Kindred.',
  },
  CIRCLE_LABEL_NAME: { en: 'a name for your circle', fr: 'un nom pour votre cercle' },
  NOT_IN_YOUR_CIRCLE: {
    en: 'That person is not in your circle.',
    fr: 'Cette personne ne fait pas partie de votre cercle.',
  },
  NOT_IN_THAT_CIRCLE: {
    en: 'You are not in that circle.',
    fr: 'Vous ne faites pas partie de ce cercle.',
  },
  INVITATION_EMAIL_INVALID: {
    en: 'Please give a valid email address.',
    fr: 'Indiquez une adresse e-mail valide.',
  },
  INVITEE_NOT_FOUND: {
    en: 'We could not find that person to invite.',
    fr: 'Nous ne trouvons pas cette personne à inviter.',
  },
  ALREADY_IN_YOUR_CIRCLE: {
    en: 'They are already in your circle.',
    fr: 'Cette personne fait déjà partie de votre cercle.',
  },
  INVITATION_NOT_FOUND: {
    en: 'We could not find that invitation.',
    fr: 'Nous ne trouvons pas cette invitation.',
  },
  INVITATION_ALREADY_ANSWERED: {
    en: 'This invitation was already answered.',
    fr: 'Cette invitation a déjà reçu une réponse.',
  },
  INVITATION_NO_LONGER_VALID: {
    en: 'This invitation has expired, was withdrawn, or has already been answered. You can ask for a new one.',
    fr: 'Cette invitation a expiré, a été retirée ou a déjà reçu une réponse. Vous pouvez en demander une nouvelle.',
  },
  INVITATION_ALREADY_WAITING: {
    en: 'There is already an invitation waiting for them. You can withdraw it and invite again.',
    fr: 'Une invitation attend déjà cette personne. Vous pouvez la retirer et inviter à nouveau.',
  },
  CIRCLE_RELATIONSHIP_REQUIRED: {
    en: 'Choose who they are to you.',
    fr: 'Choisissez qui est cette personne pour vous.',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  CIRCLE_LEFT: {
    en: 'You have left the circle.',
    fr: 'Vous avez quitté le cercle.',
  },
});
