import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
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

@InputType('ProfileInput', { description: 'What to change about how you are known and how Kindred speaks to you. Leave out what stays the same.' })
export class ProfileInput {
  @Field(() => String, { nullable: true, description: 'A pseudonymous name of 2 to 40 characters; it does not need to be your real name.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Your pronouns, up to 40 characters, such as they/them; an empty text removes them.' })
  pronouns?: string | null;

  @Field(() => String, { nullable: true, description: 'The language Kindred speaks to you in: en or fr.' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'Your IANA time zone, such as Europe/Paris, for reminders and schedules.' })
  timeZone?: string | null;
}
