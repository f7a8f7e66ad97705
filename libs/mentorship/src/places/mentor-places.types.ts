import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MentorPlaces', { description: 'How many mentees a vetted mentor can have at once in an alliance.' })
export class MentorPlacesObject {
  @Field(() => ID, { description: 'The alliance.' })
  allianceId!: string;

  @Field(() => ID, { description: 'The mentor.' })
  mentorId!: string;

  @Field(() => Int, { description: 'Their places in this alliance: the most mentees they can have at once.' })
  places!: number;

  @Field(() => Int, { description: 'Places taken now, by active and paused mentorships in any alliance.' })
  taken!: number;

  @Field(() => Int, { description: 'The most places a mentor may give themself in this alliance; a coordinator can give more.' })
  allianceLimit!: number;
}
