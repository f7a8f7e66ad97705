import { defineMessages } from '@kindred/core';

/** What the identity domain says when it refuses: accounts, sessions, roles, standing, privacy. */
export const IdentityMessages = defineMessages({
  EMAIL_INVALID: {
    en: 'Please enter an email address such as name@example.org.',
    fr: 'Indiquez une adresse e-mail, par exemple nom@exemple.org.',
  },
  DISPLAY_NAME_LENGTH: {
    en: 'Please choose a display name of 2 to 40 characters. It does not need to be your real name.',
    fr: 'Choisissez un nom affiché de 2 à 40 caractères. Il n’a pas besoin d’être votre vrai nom.',
  },
  PRONOUNS_TOO_LONG: {
    en: 'Please keep pronouns under 40 characters.',
    fr: 'Indiquez des pronoms de 40 caractères au plus.',
  },
  LOCALE_UNSUPPORTED: {
    en: 'Kindred speaks English (en) and French (fr) for now.',
    fr: 'Pour l’instant, Kindred parle anglais (en) et français (fr).',
  },
  TIME_ZONE_UNKNOWN: {
    en: 'Please choose a time zone such as Europe/Paris or America/Toronto.',
    fr: 'Choisissez un fuseau horaire comme Europe/Paris ou America/Toronto.',
  },
  ACCOUNT_NOT_FOUND: {
    en: 'We could not find that account.',
    fr: 'Nous ne trouvons pas ce compte.',
  },
  CURRENT_PASSWORD_WRONG: {
    en: 'Your current password is not right. Please try again.',
    fr: 'Votre mot de passe actuel n’est pas le bon. Réessayez.',
  },
  NEW_PASSWORD_SAME: {
    en: 'Please choose a password different from your current one.',
    fr: 'Choisissez un mot de passe différent de l’actuel.',
  },
  SELF_CHOSEN_ROLES_ONLY: {
    en: 'You can join as a member, a supporter, or both. Peer mentors are vetted by an alliance, and other roles are given by an administrator.',
    fr: 'Vous pouvez vous inscrire comme membre, comme proche aidant·e, ou les deux. Les pairs mentors sont validés par une alliance, et les autres rôles sont donnés par une personne administratrice.',
  },
  PASSWORD_CHECKS_BUSY: {
    en: 'Kindred is very busy checking passwords right now. Please wait a few seconds and try again.',
    fr: 'Kindred vérifie beaucoup de mots de passe en ce moment. Attendez quelques secondes, puis réessayez.',
  },
  PASSWORD_TOO_SHORT: {
    en: 'Please choose a password of at least {min} characters. A few words strung together work well.',
    fr: 'Choisissez un mot de passe d’au moins {min} caractères. Quelques mots mis bout à bout, c’est très bien.',
  },
  PASSWORD_TOO_LONG: {
    en: 'Please keep your password under {max} characters.',
    fr: 'Choisissez un mot de passe de moins de {max} caractères.',
  },
  PASSWORD_TOO_COMMON: {
    en: 'That password is one of the most commonly used, so it is easy to guess. Please choose another.',
    fr: 'Ce mot de passe fait partie des plus utilisés : il est facile à deviner. Choisissez-en un autre.',
  },
  PASSWORD_IS_PERSONAL: {
    en: 'Please choose a password that is not your name or email address.',
    fr: 'Choisissez un mot de passe qui n’est ni votre nom ni votre adresse e-mail.',
  },
  EMAIL_LINK_NO_LONGER_VALID: {
    en: 'This link has expired or has already been used. You can ask for a new one.',
    fr: 'Ce lien a expiré ou a déjà servi. Vous pouvez en demander un nouveau.',
  },
  LANGUAGE_CHECK_TOO_LONG: {
    en: 'Please check at most 20,000 characters at a time.',
    fr: 'Vérifiez au plus 20 000 caractères à la fois.',
  },
  LANGUAGE_CHECK_LOCALE: {
    en: 'The language can be en or fr.',
    fr: 'La langue peut être en ou fr.',
  },
  NOBODY_WITH_THAT_EMAIL: {
    en: 'Nobody on Kindred uses that email address.',
    fr: 'Personne sur Kindred n’utilise cette adresse e-mail.',
  },
  ERASURE_PASSWORD_WRONG: {
    en: 'That password is not right, so nothing has changed. Please try again.',
    fr: 'Ce mot de passe n’est pas le bon, donc rien n’a changé. Réessayez.',
  },
  ERASURE_ALREADY_REQUESTED: {
    en: 'Your account is already being deleted.',
    fr: 'La suppression de votre compte est déjà en cours.',
  },
  DATA_EXPORT_DAILY_LIMIT: {
    en: 'You have asked for a copy of your data three times today. Please try again tomorrow; the copies you already asked for stay available for 7 days.',
    fr: 'Vous avez demandé une copie de vos données trois fois aujourd’hui. Réessayez demain ; les copies déjà demandées restent disponibles 7 jours.',
  },
  DATA_EXPORT_NOT_FOUND: {
    en: 'We could not find that copy of your data.',
    fr: 'Nous ne trouvons pas cette copie de vos données.',
  },
  PERSON_NOT_FOUND: {
    en: 'We could not find that person.',
    fr: 'Nous ne trouvons pas cette personne.',
  },
  PROFILE_INTRO_TOO_LONG: {
    en: 'Your introduction is {length} characters long; please keep it to {max}.',
    fr: 'Votre présentation fait {length} caractères ; gardez-la à {max} au plus.',
  },
  PROFILE_WORDS_HARASSMENT: {
    en: 'Others might read these words as hurtful, so your profile was not changed. You could choose other words.',
    fr: 'D’autres pourraient trouver ces mots blessants, alors votre profil n’a pas été modifié. Vous pourriez choisir d’autres mots.',
  },
  PROFILE_WORDS_DRUG_SELLING: {
    en: 'These words may look like buying or selling drugs, which Kindred does not allow, so your profile was not changed. You could choose other words.',
    fr: 'Ces mots peuvent faire penser à l’achat ou à la vente de drogues, ce que Kindred n’autorise pas, alors votre profil n’a pas été modifié. Vous pourriez choisir d’autres mots.',
  },
  PROFILE_WORDS_SPAM: {
    en: 'This looks like a link or advertising, so your profile was not changed. You could choose words without it.',
    fr: 'Cela ressemble à un lien ou à de la publicité, alors votre profil n’a pas été modifié. Vous pourriez choisir des mots sans cela.',
  },
  PROFILE_WORDS_OTHER: {
    en: 'These words might upset someone, so your profile was not changed. You could choose other words.',
    fr: 'Ces mots pourraient heurter quelqu’un, alors votre profil n’a pas été modifié. Vous pourriez choisir d’autres mots.',
  },
  OWN_ROLES: {
    en: 'You can’t change your own roles; another administrator will.',
    fr: 'Vous ne pouvez pas modifier vos propres rôles ; une autre personne administratrice s’en chargera.',
  },
  PEER_MENTOR_ROLE_FOLLOWS_VETTING: {
    en: 'Peer mentors are vetted by an alliance’s coordinators; the role follows that vetting.',
    fr: 'Les pairs mentors sont validés par les coordinateur·rices d’une alliance ; le rôle suit cette validation.',
  },
  COORDINATOR_ROLE_FOLLOWS_APPOINTMENT: {
    en: 'Coordinators are appointed to an alliance with appointCoordinator; the role follows the appointment.',
    fr: 'Les coordinateur·rices sont nommé·es dans une alliance avec appointCoordinator ; le rôle suit cette nomination.',
  },
  PASSWORD_MISSING: {
    en: 'Please enter your password.',
    fr: 'Saisissez votre mot de passe.',
  },
  WRONG_CREDENTIALS: {
    en: 'That email and password do not match an account. Please check them and try again.',
    fr: 'Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les, puis réessayez.',
  },
  REFUSED_AS_CROSS_SITE: {
    en: 'This request did not come from a Kindred page, so it was refused. Please reload the page and try again.',
    fr: 'Cette demande ne vient pas d’une page de Kindred, elle a donc été refusée. Rechargez la page, puis réessayez.',
  },
  SESSION_ENDED: {
    en: 'Your session has ended. Please sign in again.',
    fr: 'Votre session est terminée. Connectez-vous à nouveau.',
  },
  ACCOUNT_BANNED: {
    en: 'Your account can no longer send or post. You can still read your messages and appeal the decision.',
    fr: 'Votre compte ne peut plus envoyer ni publier. Vous pouvez toujours lire vos messages et faire appel de la décision.',
  },
  ACCOUNT_SUSPENDED_UNTIL: {
    en: 'Your account is paused from sending and posting until {until}. You can still read, and appeal the decision.',
    fr: 'Votre compte ne peut plus envoyer ni publier jusqu’au {until}. Vous pouvez toujours lire, et faire appel de la décision.',
  },
  LINKS_FROM: {
    en: 'New accounts can share links from {from}. This keeps everyone safe from spam; please send it without the link for now.',
    fr: 'Les nouveaux comptes peuvent partager des liens à partir du {from}. Cela protège tout le monde du spam ; envoyez-le sans le lien pour l’instant.',
  },
  LINKS_AFTER_A_FEW_DAYS: {
    en: 'New accounts can share links from a few days after joining. This keeps everyone safe from spam; please send it without the link for now.',
    fr: 'Les nouveaux comptes peuvent partager des liens quelques jours après leur inscription. Cela protège tout le monde du spam ; envoyez-le sans le lien pour l’instant.',
  },
  NOT_SENT_HARASSMENT: {
    en: 'These words could hurt someone, so they were not sent. You could say it another way.',
    fr: 'Ces mots pourraient blesser quelqu’un, alors ils n’ont pas été envoyés. Vous pourriez le dire autrement.',
  },
  NOT_SENT_DRUG_SELLING: {
    en: 'These words may look like buying or selling drugs, which Kindred does not allow, so they were not sent. You could say it another way.',
    fr: 'Ces mots peuvent faire penser à l’achat ou à la vente de drogues, ce que Kindred n’autorise pas, alors ils n’ont pas été envoyés. Vous pourriez le dire autrement.',
  },
  NOT_SENT_SPAM: {
    en: 'This looks like a link or advertising, so it was not sent. You could send it without that part.',
    fr: 'Cela ressemble à un lien ou à de la publicité, alors ce n’a pas été envoyé. Vous pourriez l’envoyer sans cette partie.',
  },
  NOT_SENT_OTHER: {
    en: 'These words might upset someone, so they were not sent. You could say it another way.',
    fr: 'Ces mots pourraient heurter quelqu’un, alors ils n’ont pas été envoyés. Vous pourriez le dire autrement.',
  },
  // Said when a request is accepted (an Acknowledgement), in the reader's language.
  SIGNED_OUT_HERE: {
    en: 'You are signed out on this device.',
    fr: 'Votre session est fermée sur cet appareil.',
  },
  SIGNED_OUT_EVERYWHERE: {
    en: 'You are signed out on every device ({count, number} in all).',
    fr: 'Vos sessions sont fermées sur tous vos appareils ({count, number} au total).',
  },
  ERASURE_REQUESTED: {
    en: 'Your account is being deleted. You have been signed out on every device, and your personal data will be removed shortly.',
    fr: 'La suppression de votre compte est en cours. Vos sessions sont fermées sur tous vos appareils, et vos données personnelles seront effacées sous peu.',
  },
  REGISTERED: {
    en: 'Thank you. We have sent a message to that address: please open it to confirm your email. You can sign in now.',
    fr: 'Merci. Nous avons envoyé un message à cette adresse : ouvrez-le pour confirmer votre adresse e-mail. Vous pouvez vous connecter dès maintenant.',
  },
  PASSWORD_CHANGED: {
    en: 'Your password is changed. Your other devices have been signed out.',
    fr: 'Votre mot de passe est changé. Vos sessions sur vos autres appareils sont fermées.',
  },
  EMAIL_CONFIRMED: {
    en: 'Thank you, your email address is confirmed.',
    fr: 'Merci, votre adresse e-mail est confirmée.',
  },
  PASSWORD_RESET_REQUESTED: {
    en: 'If that address has an account, we have sent it a link to choose a new password. The link works for one hour.',
    fr: 'Si cette adresse correspond à un compte, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien fonctionne pendant une heure.',
  },
  NEW_PASSWORD_SET: {
    en: 'Your new password is set. Please sign in with it.',
    fr: 'Votre nouveau mot de passe est enregistré. Connectez-vous avec lui.',
  },
  SELF_NUDGES_ON: {
    en: 'You will get gentle suggestions about words you use for yourself too.',
    fr: 'Vous recevrez aussi des suggestions douces sur les mots que vous employez pour vous-même.',
  },
  SELF_NUDGES_OFF: {
    en: 'You will no longer get suggestions about words you use for yourself.',
    fr: 'Vous ne recevrez plus de suggestions sur les mots que vous employez pour vous-même.',
  },
});
