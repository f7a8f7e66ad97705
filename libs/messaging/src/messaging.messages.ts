import { defineMessages } from '@kindred/core';

/** What messaging says when it refuses: conversations, groups, messages, blocks and contacts. */
export const MessagingMessages = defineMessages({
  CANNOT_BLOCK_YOURSELF: {
    en: 'You cannot block yourself.',
    fr: 'Vous ne pouvez pas vous bloquer vous-même.',
  },
  MESSAGING_PERSON_NOT_FOUND: {
    en: 'We could not find that person.',
    fr: 'Nous ne trouvons pas cette personne.',
  },
  NEW_ACCOUNT_CONTACTS_FROM: {
    en: 'New accounts can message their mentor and the people in their groups. From {from} you can message anyone in your alliances too.',
    fr: 'Les nouveaux comptes peuvent écrire à leur mentor et aux personnes de leurs groupes. À partir du {from}, vous pourrez aussi écrire à toute personne de vos alliances.',
  },
  NEW_ACCOUNT_CONTACTS_AFTER_A_FEW_DAYS: {
    en: 'New accounts can message their mentor and the people in their groups. From a few days after joining you can message anyone in your alliances too.',
    fr: 'Les nouveaux comptes peuvent écrire à leur mentor et aux personnes de leurs groupes. Quelques jours après votre inscription, vous pourrez aussi écrire à toute personne de vos alliances.',
  },
  CONVERSATION_NOT_FOUND: {
    en: 'We could not find that conversation.',
    fr: 'Nous ne trouvons pas cette conversation.',
  },
  CONVERSATION_NEEDS_SOMEONE_ELSE: {
    en: 'A conversation needs someone else in it.',
    fr: 'Une conversation se fait avec quelqu’un d’autre.',
  },
  BLOCKED_CANNOT_MESSAGE: {
    en: 'You cannot message this person, because one of you has blocked the other.',
    fr: 'Vous ne pouvez pas écrire à cette personne, car l’une de vous deux a bloqué l’autre.',
  },
  MESSAGE_PEOPLE_YOU_SHARE_WITH: {
    en: 'You can message people you share an alliance, a mentorship or a circle with.',
    fr: 'Vous pouvez écrire aux personnes avec qui vous partagez une alliance, un mentorat ou un cercle.',
  },
  MENTORSHIP_NEEDS_TWO_PEOPLE: {
    en: 'A mentorship needs two people.',
    fr: 'Un mentorat se fait à deux.',
  },
  MESSAGING_LABEL_TITLE: { en: 'a title', fr: 'un titre' },
  GROUP_MEMBERS_FROM_ALLIANCE: {
    en: 'Only people who belong to this group’s alliance can be added.',
    fr: 'Seules les personnes qui font partie de l’alliance de ce groupe peuvent y être ajoutées.',
  },
  NOT_IN_THIS_GROUP: {
    en: 'That person is not in this group.',
    fr: 'Cette personne ne fait pas partie de ce groupe.',
  },
  LEAVE_CIRCLE_TO_LEAVE_CONVERSATION: {
    en: 'To leave a support circle’s conversation, leave the circle.',
    fr: 'Pour quitter la conversation d’un cercle de soutien, quittez le cercle.',
  },
  ONLY_GROUPS_CAN_BE_LEFT: {
    en: 'Only group conversations can be left. You can mute this conversation, or block the person, instead.',
    fr: 'Seules les conversations de groupe peuvent être quittées. Vous pouvez plutôt mettre cette conversation en sourdine, ou bloquer la personne.',
  },
  MESSAGE_NOT_IN_CONVERSATION: {
    en: 'That message is not in this conversation.',
    fr: 'Ce message ne fait pas partie de cette conversation.',
  },
  MEMBERS_CHANGE_ONLY_IN_GROUPS: {
    en: 'People can be added or removed only in group conversations.',
    fr: 'On ne peut ajouter ou retirer des personnes que dans les conversations de groupe.',
  },
  GROUP_MEMBERS_CHANGED_BY_OWNER: {
    en: 'Only the person who started this group, or a coordinator of its alliance, can add or remove people.',
    fr: 'Seule la personne qui a créé ce groupe, ou une personne qui coordonne son alliance, peut ajouter ou retirer des personnes.',
  },
  SUPPORTER_GROUPS_RESTRICTED: {
    en: 'Supporter groups are for the alliance’s supporters and coordinators.',
    fr: 'Les groupes de proches aidant·es sont réservés aux proches aidant·es et aux coordinateur·rices de l’alliance.',
  },
  SUPPORTER_GROUP_NOT_FOUND: {
    en: 'We could not find that supporter group.',
    fr: 'Nous ne trouvons pas ce groupe de proches aidant·es.',
  },
  MESSAGE_EMPTY: {
    en: 'Your message is empty. Please write something before sending.',
    fr: 'Votre message est vide. Écrivez quelque chose avant de l’envoyer.',
  },
  MESSAGE_TOO_LONG: {
    en: 'Your message is {length} characters long; please keep it to {max}, or send it in parts.',
    fr: 'Votre message fait {length} caractères ; gardez-le à {max} au plus, ou envoyez-le en plusieurs fois.',
  },
  MESSAGE_NOT_FOUND: {
    en: 'We could not find that message.',
    fr: 'Nous ne trouvons pas ce message.',
  },
  CONVERSATION_ARCHIVED: {
    en: 'This conversation was archived when the mentorship ended. You can still read it.',
    fr: 'Cette conversation a été archivée à la fin du mentorat. Vous pouvez toujours la lire.',
  },
  MESSAGE_DELETED: {
    en: 'This message was deleted, so it can no longer be changed.',
    fr: 'Ce message a été supprimé : il ne peut plus être modifié.',
  },
  MESSAGE_EDIT_WINDOW_PASSED: {
    en: 'Messages can be corrected for {minutes} minutes after sending. You can delete this one and send a new message instead.',
    fr: 'Un message peut être corrigé pendant {minutes} minutes après l’envoi. Vous pouvez supprimer celui-ci et en envoyer un nouveau.',
  },
  BLOCKED_CANNOT_SEND: {
    en: 'Messages cannot be sent in this conversation any more, because one of you has blocked the other.',
    fr: 'Plus aucun message ne peut être envoyé dans cette conversation, car l’une de vous deux a bloqué l’autre.',
  },
  REPLY_IN_THIS_CONVERSATION: {
    en: 'You can reply only to a message in this conversation.',
    fr: 'Vous ne pouvez répondre qu’à un message de cette conversation.',
  },
  EDIT_ONLY_OWN_MESSAGES: {
    en: 'You can edit only your own messages.',
    fr: 'Vous ne pouvez modifier que vos propres messages.',
  },
  DELETE_ONLY_OWN_MESSAGES: {
    en: 'You can delete only your own messages.',
    fr: 'Vous ne pouvez supprimer que vos propres messages.',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  GROUP_LEFT: {
    en: 'You have left the group. Its members can add you again if you wish to come back.',
    fr: 'Vous avez quitté le groupe. Ses membres peuvent vous y ajouter de nouveau si vous souhaitez revenir.',
  },
  PERSON_BLOCKED: {
    en: 'You will not get messages from this person, and they cannot message you.',
    fr: 'Vous ne recevrez plus de messages de cette personne, et elle ne peut plus vous écrire.',
  },
  BLOCK_LIFTED: {
    en: 'The block is lifted. You can message each other again where you share a connection.',
    fr: 'Le blocage est levé. Vous pouvez de nouveau vous écrire là où vous avez un lien en commun.',
  },
});
