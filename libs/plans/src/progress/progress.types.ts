import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RecoveryDomain } from '@kindred/recovery';

@ObjectType('RecoveryDomainProgress', { description: 'How a recovery plan is going in one of the eight recovery capital domains.' })
export class DomainProgressObject {
  @Field(() => RecoveryDomain, { description: 'The domain.' })
  domain!: RecoveryDomain;

  @Field(() => String, { description: 'Its name, for reading.' })
  domainName!: string;

  @Field(() => Int, { description: 'Goals being worked on.' })
  activeGoals!: number;

  @Field(() => Int, { description: 'Goals reached.' })
  achievedGoals!: number;

  @Field(() => Int, { description: 'Goals set aside for now.' })
  setAsideGoals!: number;

  @Field(() => Int, { description: 'Steps done, on goals being worked on or reached (not those set aside).' })
  stepsDone!: number;

  @Field(() => Int, { description: 'All steps on goals being worked on or reached (not those set aside).' })
  stepsTotal!: number;

  @Field(() => Int, { description: 'Steps of goals being worked on, not done, whose day has passed (in the member’s time zone).' })
  overdueSteps!: number;
}
