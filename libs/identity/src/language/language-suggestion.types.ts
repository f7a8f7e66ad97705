import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LanguageSuggestion', {
  description: 'A word others may hear as a label, with person-first alternatives. A gentle nudge, never a block.',
})
export class LanguageSuggestionObject {
  @Field(() => Int, { description: 'Where the words start in your text (UTF-16 offset).' })
  start!: number;

  @Field(() => Int, { description: 'Where they end in your text (UTF-16 offset, exclusive).' })
  end!: number;

  @Field(() => String, { description: 'The words as you wrote them.' })
  matchedText!: string;

  @Field(() => String, { description: 'Which entry of the stigma-free language guide this is.' })
  termId!: string;

  @Field(() => [String], { description: 'Person-first ways to say it.' })
  alternatives!: string[];

  @Field(() => String, { description: 'Why the words can hurt, in one line.' })
  why!: string;

  @Field(() => String, { description: 'Where the guidance comes from.' })
  source!: string;

  @Field(() => Boolean, { description: 'Whether you seem to be describing yourself; the nudge is then softer.' })
  selfDescription!: boolean;

  @Field(() => String, { description: 'The nudge in plain words.' })
  message!: string;
}
