import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { languageCheck, type LanguageSuggestion } from '@kindred/language';
import { User, type Locale } from '../accounts/user.entity';
import type { LanguageSuggestionObject } from './language-suggestion.types';

const quote = (text: string, locale: Locale): string => (locale === 'fr' ? `« ${text} »` : `“${text}”`);

/** The nudge's words: softer when a person describes themself, as is their right. */
function nudgeMessage(suggestion: LanguageSuggestion, locale: Locale): string {
  const said = quote(suggestion.matchedText, locale);
  const instead = suggestion.alternatives.map((alternative) => quote(alternative, locale)).join(locale === 'fr' ? ' ou ' : ' or ');
  if (locale === 'fr') {
    return suggestion.selfDescription
      ? `Vous êtes libre de parler de vous avec vos propres mots. Si vous le souhaitez, ${instead} est une autre façon de le dire.`
      : `${said} peut être reçu comme une étiquette. Pensez à ${instead}.`;
  }
  return suggestion.selfDescription
    ? `You are free to describe yourself in your own words. If you like, ${instead} is another way to say it.`
    : `${said} can land as a label. Consider ${instead}.`;
}

/**
 * Stigma-free language suggestions for what a person writes, in their language and with
 * their choice about self-description. Every place people write returns these.
 */
@Injectable()
export class LanguageNudges {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async for(userId: string, text: string, locale?: string): Promise<LanguageSuggestionObject[]> {
    const person = await this.dataSource
      .getRepository(User)
      .findOne({ select: { id: true, locale: true, selfDescriptionNudges: true }, where: { id: userId } });
    const language: Locale = locale === 'fr' || locale === 'en' ? locale : (person?.locale ?? 'en');
    return languageCheck(text, language, { includeSelfDescription: person?.selfDescriptionNudges ?? true }).map((suggestion) => ({
      ...suggestion,
      message: nudgeMessage(suggestion, language),
    }));
  }

  async setSelfDescriptionNudges(userId: string, enabled: boolean): Promise<void> {
    await this.dataSource.getRepository(User).update({ id: userId }, { selfDescriptionNudges: enabled });
  }

  async selfDescriptionNudges(userId: string): Promise<boolean> {
    const person = await this.dataSource.getRepository(User).findOne({ select: { id: true, selfDescriptionNudges: true }, where: { id: userId } });
    return person?.selfDescriptionNudges ?? true;
  }
}
