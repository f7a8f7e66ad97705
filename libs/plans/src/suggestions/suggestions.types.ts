import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { RecoveryDomain } from '@kindred/recovery';
import { SuggestionKind, SuggestionState } from './suggestion-status';

@ObjectType('PlanSuggestion', { description: 'A goal or a step suggested for a member’s recovery plan by someone they share it with.' })
export class PlanSuggestionObject {
  @Field(() => ID, { description: 'Identifier of the suggestion.' })
  id!: string;

  @Field(() => ID, { description: 'The member whose plan it is for.' })
  ownerId!: string;

  @Field(() => SuggestionKind, { description: 'A new goal, or a step on an existing goal.' })
  kind!: SuggestionKind;

  @Field(() => SuggestionState, { description: 'Where it stands.' })
  state!: SuggestionState;

  @Field(() => RecoveryDomain, { nullable: true, description: 'For a goal: its recovery capital domain.' })
  domain!: RecoveryDomain | null;

  @Field(() => ID, { nullable: true, description: 'For a step: the goal it is for.' })
  goalId!: string | null;

  @Field(() => String, { nullable: true, description: 'For a step: that goal’s title.' })
  goalTitle!: string | null;

  @Field(() => String, { description: 'The suggested goal or step, in the words of the person who suggested it.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Why it might help, if they said.' })
  why!: string | null;

  @Field(() => String, { nullable: true, description: 'A suggested day, as YYYY-MM-DD, if any.' })
  dueOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who suggested it; null once their account is gone.' })
  suggestedById!: string | null;

  @Field(() => String, { description: 'Their display name.' })
  suggestedByDisplayName!: string;

  @Field(() => Boolean, { description: 'Whether you suggested it.' })
  mine!: boolean;

  @Field(() => String, { nullable: true, description: 'The member’s few words back, when they chose not to take it up for now.' })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'Once accepted: the goal it became, or the goal its step was added to, while it exists.' })
  acceptedGoalId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Once accepted as a step: that step, while it exists.' })
  acceptedStepId!: string | null;

  @Field(() => Date, { description: 'When it was suggested.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was answered or withdrawn.' })
  answeredAt!: Date | null;
}

@InputType('AcceptPlanSuggestionInput', {
  description: 'Your own wording for a suggestion you accept. Leave a field out to keep what was suggested.',
})
export class AcceptPlanSuggestionInput {
  @Field(() => RecoveryDomain, { nullable: true, description: 'For a goal: another domain.' })
  domain?: RecoveryDomain | null;

  @Field(() => String, { nullable: true, description: 'The goal or step in your words, 1 to 200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'For a goal: why it matters to you, up to 2,000 characters.' })
  why?: string | null;

  @Field(() => String, { nullable: true, description: 'Another day, as YYYY-MM-DD.' })
  dueOn?: string | null;
}
