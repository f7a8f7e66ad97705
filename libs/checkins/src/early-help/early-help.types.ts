import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EarlyHelpReason } from './early-help-rules';

@ObjectType('EarlyHelpOffer', { description: 'Kindred reaching out to you: a gentle word and ways to find support, never a judgement.' })
export class EarlyHelpOfferObject {
  @Field(() => ID, { description: 'The offer (its early-help episode).' })
  id!: string;

  @Field(() => EarlyHelpReason, { description: 'What Kindred noticed.' })
  reason!: EarlyHelpReason;

  @Field({ description: 'A few kind words.' })
  message!: string;

  @Field(() => [String], { description: 'Next steps you might take, if you want to.' })
  nextSteps!: string[];

  @Field(() => Date, { description: 'When Kindred reached out.' })
  openedAt!: Date;

  @Field({ description: 'Whether your mentor was told (only ever if you agreed to it).' })
  mentorTold!: boolean;
}

@ObjectType('EarlyHelpAlert', {
  description: 'For a mentor: someone you mentor, who agreed to this, might welcome contact. It never says what they wrote or scored.',
})
export class EarlyHelpAlertObject {
  @Field(() => ID, { description: 'The alert.' })
  id!: string;

  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field({ description: 'Their display name.' })
  memberDisplayName!: string;

  @Field(() => EarlyHelpReason, { description: 'What Kindred noticed, in general terms.' })
  reason!: EarlyHelpReason;

  @Field({ description: 'How you might reach out.' })
  guidance!: string;

  @Field(() => Date, { description: 'When it was raised.' })
  createdAt!: Date;

  @Field({ description: 'Whether you have marked it seen.' })
  seen!: boolean;
}
