import type { Locale } from '@kindred/identity';
import { NotificationKind } from './notification-kind';

/**
 * What a notification says, by kind, in each supported language. Fixed sentences only: a
 * notification never quotes a message, a diary entry or anything else a person wrote, nor
 * names who sent something, so it is safe on a lock screen or over someone's shoulder.
 */
const TEXTS: Record<Locale, Record<NotificationKind, string>> = {
  en: {
    [NotificationKind.NEW_MESSAGE]: 'You have a new message.',
    [NotificationKind.MENTORSHIP_REQUEST]: 'You have a new mentorship request.',
    [NotificationKind.INVITATION]: 'You have a new invitation.',
    [NotificationKind.GRANT_DECISION]: 'There is a decision about your grant application.',
    [NotificationKind.REMINDER]: 'You have a reminder.',
    [NotificationKind.SYSTEM]: 'There is a notice from Kindred for you.',
    [NotificationKind.MODERATION]: 'There is a moderation update for you.',
    [NotificationKind.SAFETY_SUPPORT]: 'You are not alone. Support is here for you, any time.',
    [NotificationKind.SAFETY_ALERT]: 'Someone you mentor may be going through a hard time. Please check in with them gently.',
    [NotificationKind.MODERATION_QUEUE]: 'A report has waited more than 48 hours for review.',
    [NotificationKind.MENTORSHIP_UPDATE]: 'There is news about a mentorship.',
    [NotificationKind.GRANT_UPDATE]: 'There is news about a grant application.',
    [NotificationKind.GRANT_REVIEW]: 'A grant application is waiting for a coordinator.',
    [NotificationKind.EARLY_HELP]: 'Thinking of you. Support is here whenever you want it.',
    [NotificationKind.EARLY_HELP_ALERT]: 'Someone you mentor might welcome a hello.',
    [NotificationKind.MILESTONE]: 'A milestone to celebrate.',
    [NotificationKind.REASSESSMENT_OFFER]: 'It has been a while: would you like to look again at your recovery capital?',
    [NotificationKind.PLAN_SUGGESTION]: 'Someone you share your recovery plan with has suggested something for it.',
    [NotificationKind.PLAN_SUGGESTION_ANSWERED]: 'There is an answer to something you suggested for a recovery plan.',
    [NotificationKind.SUPPORT_NOW]: 'Someone who chose you needs support now. Open Kindred to see who and to answer.',
    [NotificationKind.SUPPORT_NOW_UPDATE]: 'There is news about a call for support. Open Kindred to see it.',
  },
  fr: {
    [NotificationKind.NEW_MESSAGE]: 'Vous avez un nouveau message.',
    [NotificationKind.MENTORSHIP_REQUEST]: 'Vous avez une nouvelle demande de mentorat.',
    [NotificationKind.INVITATION]: 'Vous avez une nouvelle invitation.',
    [NotificationKind.GRANT_DECISION]: 'Une décision a été prise sur votre demande de bourse.',
    [NotificationKind.REMINDER]: 'Vous avez un rappel.',
    [NotificationKind.SYSTEM]: 'Kindred a une information pour vous.',
    [NotificationKind.MODERATION]: 'Vous avez une nouvelle information de modération.',
    [NotificationKind.SAFETY_SUPPORT]: 'Vous n’êtes pas seul·e. Du soutien est là pour vous, à tout moment.',
    [NotificationKind.SAFETY_ALERT]: 'Une personne que vous accompagnez traverse peut-être un moment difficile. Prenez de ses nouvelles avec douceur.',
    [NotificationKind.MODERATION_QUEUE]: 'Un signalement attend depuis plus de 48 heures.',
    [NotificationKind.MENTORSHIP_UPDATE]: 'Il y a du nouveau au sujet d’un mentorat.',
    [NotificationKind.GRANT_UPDATE]: 'Il y a du nouveau au sujet d’une demande de bourse.',
    [NotificationKind.GRANT_REVIEW]: 'Une demande de bourse attend un·e coordinateur·rice.',
    [NotificationKind.EARLY_HELP]: 'On pense à vous. Du soutien est là quand vous le souhaitez.',
    [NotificationKind.EARLY_HELP_ALERT]: 'Une personne que vous accompagnez apprécierait peut-être un petit mot.',
    [NotificationKind.MILESTONE]: 'Une étape à célébrer.',
    [NotificationKind.REASSESSMENT_OFFER]: 'Cela fait un moment : voulez-vous refaire le point sur votre capital de rétablissement ?',
    [NotificationKind.PLAN_SUGGESTION]: 'Une personne avec qui vous partagez votre plan de rétablissement vous suggère quelque chose.',
    [NotificationKind.PLAN_SUGGESTION_ANSWERED]: 'Vous avez une réponse à une suggestion faite pour un plan de rétablissement.',
    [NotificationKind.SUPPORT_NOW]: 'Une personne qui vous a choisi·e a besoin de soutien maintenant. Ouvrez Kindred pour savoir qui et répondre.',
    [NotificationKind.SUPPORT_NOW_UPDATE]: 'Il y a du nouveau au sujet d’un appel à l’aide. Ouvrez Kindred pour le voir.',
  },
};

export function renderNotificationText(kind: NotificationKind, locale: Locale): string {
  return (TEXTS[locale] ?? TEXTS.en)[kind];
}
