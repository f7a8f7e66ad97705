import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LanguageSuggestionObject } from '../language/language-suggestion.types';

@ObjectType('PersonProfile', { description: 'How a person presents themself to others: pseudonymous, chosen by them.' })
export class PersonProfileObject {
  @Field(() => ID, { description: 'Identifier of the person.' })
  id!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Their pronouns, if they shared them.' })
  pronouns!: string | null;

  @Field(() => String, { nullable: true, description: 'Their introduction; empty when they wrote none or it is held for review.' })
  intro!: string | null;

  @Field(() => Boolean, { description: 'Whether their introduction is held for review by a moderator.' })
  introHeldForReview!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Shown only to the person themself: why their introduction is held, in kind words.',
  })
  introHeldReason!: string | null;
}

@ObjectType('ProfileIntroUpdate', { description: 'Your saved introduction, with gentle language suggestions.' })
export class ProfileIntroUpdateObject {
  @Field(() => PersonProfileObject, { description: 'Your profile as saved.' })
  profile!: PersonProfileObject;

  @Field(() => [LanguageSuggestionObject], {
    description: 'Words that others may hear as labels, with person-first alternatives. A nudge only: your text was saved as written.',
  })
  languageSuggestions!: LanguageSuggestionObject[];
}
