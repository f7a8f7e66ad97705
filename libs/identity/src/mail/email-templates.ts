import type { Locale } from '../accounts/user.entity';
import { EmailTemplate } from './outgoing-email.entity';

export interface RenderedEmail {
  subject: string;
  text: string;
}

interface TemplateInput {
  displayName: string;
  /** The action link, for templates that carry one. */
  link?: string;
}

type Renderer = (input: TemplateInput) => RenderedEmail;

/**
 * Plain, kind wording in each supported language. Emails never quote messages, diary
 * entries or anything a person wrote, and never say what Kindred is about in the subject,
 * since others may see someone's inbox.
 */
const TEMPLATES: Record<Locale, Record<EmailTemplate, Renderer>> = {
  en: {
    [EmailTemplate.VERIFY_EMAIL]: ({ displayName, link }) => ({
      subject: 'Please confirm your email address',
      text: `Hello ${displayName},\n\nPlease confirm this is your email address by opening this link within 7 days:\n${link}\n\nIf you did not sign up, you can ignore this message.`,
    }),
    [EmailTemplate.RESET_PASSWORD]: ({ displayName, link }) => ({
      subject: 'Choosing a new password',
      text: `Hello ${displayName},\n\nSomeone asked to choose a new password for your account. If it was you, open this link within one hour:\n${link}\n\nIf it was not you, you can ignore this message: your password stays as it is.`,
    }),
    [EmailTemplate.ALREADY_REGISTERED]: ({ displayName, link }) => ({
      subject: 'Someone tried to sign up with your address',
      text: `Hello ${displayName},\n\nSomeone tried to create an account with this email address, but you already have one. If it was you, you can sign in, or choose a new password here:\n${link}\n\nIf it was not you, nothing has changed.`,
    }),
    [EmailTemplate.PASSWORD_CHANGED]: ({ displayName }) => ({
      subject: 'Your password was changed',
      text: `Hello ${displayName},\n\nYour password was just changed, and your other devices were signed out. If this was not you, please choose a new password straight away with "Forgot password".`,
    }),
    // Says only that something is waiting: no sender, no kind, no count, nothing quoted.
    [EmailTemplate.NOTIFICATIONS_DIGEST]: ({ displayName, link }) => ({
      subject: 'You have new notifications',
      text: `Hello ${displayName},\n\nYou have new notifications on Kindred. You can read them here:\n${link}\n\nYou chose to hear about these by email; you can change that at any time in your notification settings.`,
    }),
  },
  fr: {
    [EmailTemplate.VERIFY_EMAIL]: ({ displayName, link }) => ({
      subject: 'Merci de confirmer votre adresse e-mail',
      text: `Bonjour ${displayName},\n\nMerci de confirmer que cette adresse est bien la vôtre en ouvrant ce lien dans les 7 jours :\n${link}\n\nSi vous ne vous êtes pas inscrit·e, vous pouvez ignorer ce message.`,
    }),
    [EmailTemplate.RESET_PASSWORD]: ({ displayName, link }) => ({
      subject: 'Choisir un nouveau mot de passe',
      text: `Bonjour ${displayName},\n\nQuelqu'un a demandé à choisir un nouveau mot de passe pour votre compte. Si c'est vous, ouvrez ce lien dans l'heure :\n${link}\n\nSinon, vous pouvez ignorer ce message : votre mot de passe reste le même.`,
    }),
    [EmailTemplate.ALREADY_REGISTERED]: ({ displayName, link }) => ({
      subject: "Quelqu'un a essayé de s'inscrire avec votre adresse",
      text: `Bonjour ${displayName},\n\nQuelqu'un a essayé de créer un compte avec cette adresse, mais vous en avez déjà un. Si c'est vous, vous pouvez vous connecter, ou choisir un nouveau mot de passe ici :\n${link}\n\nSinon, rien n'a changé.`,
    }),
    [EmailTemplate.PASSWORD_CHANGED]: ({ displayName }) => ({
      subject: 'Votre mot de passe a été modifié',
      text: `Bonjour ${displayName},\n\nVotre mot de passe vient d'être modifié et vos autres appareils ont été déconnectés. Si ce n'est pas vous, choisissez tout de suite un nouveau mot de passe avec « Mot de passe oublié ».`,
    }),
    [EmailTemplate.NOTIFICATIONS_DIGEST]: ({ displayName, link }) => ({
      subject: 'Vous avez de nouvelles notifications',
      text: `Bonjour ${displayName},\n\nVous avez de nouvelles notifications sur Kindred. Vous pouvez les lire ici :\n${link}\n\nVous avez choisi d'en être informé·e par e-mail ; vous pouvez changer cela à tout moment dans vos réglages de notifications.`,
    }),
  },
};

export function renderEmail(template: EmailTemplate, locale: Locale, input: TemplateInput): RenderedEmail {
  return TEMPLATES[locale][template](input);
}
