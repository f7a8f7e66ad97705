import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, BadUserInputError, CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { LanguageNudges } from './language-nudges';
import { LanguageSuggestionObject } from './language-suggestion.types';
import { IdentityMessages } from '../identity.messages';

const MAX_CHECKED_LENGTH = 20_000;

@Resolver()
export class LanguageResolver {
  constructor(private readonly nudges: LanguageNudges) {}

  @SignedIn()
  @Query(() => [LanguageSuggestionObject], {
    description: 'Checks a text against the stigma-free language guide before you send it. Nothing is stored.',
  })
  languageCheck(
    @Args('text', { description: 'The text to check (up to 20,000 characters).' }) text: string,
    @Args('locale', { type: () => String, nullable: true, description: 'en or fr; your own language when left out.' }) locale: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LanguageSuggestionObject[]> {
    if (text.length > MAX_CHECKED_LENGTH) throw new BadUserInputError(IdentityMessages.LANGUAGE_CHECK_TOO_LONG(), { field: 'text' });
    if (locale && locale !== 'en' && locale !== 'fr') throw new BadUserInputError(IdentityMessages.LANGUAGE_CHECK_LOCALE(), { field: 'locale' });
    return this.nudges.for(viewer.userId, text, locale || undefined);
  }

  @SignedIn()
  @Query(() => Boolean, {
    description: 'Whether you get the gentle nudges about words you use for yourself (on unless you turned them off).',
  })
  mySelfDescriptionNudges(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.nudges.selfDescriptionNudges(viewer.userId);
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, {
    description: 'Turns the gentle nudges about words you use for yourself on or off. Nudges about other people stay on.',
  })
  async setSelfDescriptionNudges(
    @Args('enabled', { description: 'Whether to get nudges about words you use for yourself.' }) enabled: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.nudges.setSelfDescriptionNudges(viewer.userId, enabled);
    return acknowledged(enabled ? IdentityMessages.SELF_NUDGES_ON() : IdentityMessages.SELF_NUDGES_OFF());
  }
}
