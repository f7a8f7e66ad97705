import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ModerationDecisionObject } from '../decisions/moderation-decisions.types';
import { AppealStatus } from '../moderation.enums';

@ObjectType('ModerationAppeal', { description: 'An appeal against a moderation decision.' })
export class ModerationAppealObject {
  @Field(() => ID, { description: 'Identifier of the appeal.' })
  id!: string;

  @Field(() => ModerationDecisionObject, { description: 'The decision appealed.' })
  decision!: ModerationDecisionObject;

  @Field(() => String, { description: 'The person’s side of it.' })
  statement!: string;

  @Field(() => AppealStatus, { description: 'Where it stands.' })
  status!: AppealStatus;

  @Field(() => String, { nullable: true, description: 'The deciding moderator’s words to the person.' })
  decisionNote!: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;
}
