import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MentorSuggestion', { description: 'A vetted mentor who may suit you, and why.' })
export class MentorSuggestionObject {
  @Field(() => ID, { description: 'The mentor.' })
  mentorId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => ID, { description: 'The alliance you share, where they are vetted.' })
  allianceId!: string;

  @Field(() => Float, { description: 'How well they fit, out of 100 (see the documented weights).' })
  score!: number;

  @Field(() => [String], { description: 'Why, in plain words: “speaks French”, “available on weekday evenings”…' })
  reasons!: string[];
}
