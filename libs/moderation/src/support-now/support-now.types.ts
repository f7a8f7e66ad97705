import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SupportRequestStatus } from './support-now.entities';

registerEnumType(SupportRequestStatus, {
  name: 'SupportRequestStatus',
  description: 'Whether a call for support is still open.',
  valuesMap: {
    OPEN: { description: 'Still open: the person has not said they are OK yet.' },
    CLOSED: { description: 'The person said they are OK now.' },
  },
});

@ObjectType('SupportResponder', { description: 'Someone you chose to reach when you need support now.' })
export class SupportResponderObject {
  @Field(() => ID, { description: 'The person.' })
  userId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'How they know you: MENTOR or SUPPORTER (in your circle); null once that has ended.' })
  relationship!: string | null;

  @Field(() => Boolean, { description: 'Whether they agreed to be alerted for you. Nobody is alerted until they do.' })
  consented!: boolean;
}

@ObjectType('SupportCandidate', { description: 'Someone you may choose as a responder: your mentor or a member of your support circle.' })
export class SupportCandidateObject {
  @Field(() => ID, { description: 'The person.' })
  userId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => String, { description: 'MENTOR or SUPPORTER.' })
  relationship!: string;
}

@ObjectType('SupportAsk', { description: 'Someone who chose you to be alerted when they need support now, and your answer.' })
export class SupportAskObject {
  @Field(() => ID, { description: 'The person who chose you.' })
  memberId!: string;

  @Field(() => String, { description: 'Their display name.' })
  memberDisplayName!: string;

  @Field(() => Boolean, { description: 'Whether you agreed to be alerted for them.' })
  consented!: boolean;

  @Field(() => Boolean, { description: 'Whether their alerts may reach you during your quiet hours.' })
  throughQuietHours!: boolean;
}

@ObjectType('SupportNowSetup', { description: 'Who is reached when you need support now, and whom you agreed to be there for.' })
export class SupportNowSetupObject {
  @Field(() => [SupportResponderObject], { description: 'The people you chose.' })
  responders!: SupportResponderObject[];

  @Field(() => [SupportCandidateObject], { description: 'The people you could still choose.' })
  candidates!: SupportCandidateObject[];

  @Field(() => Boolean, { description: 'Whether your alliances’ on-call peers are reached too when nobody you chose answers in time.' })
  reachOnCall!: boolean;

  @Field(() => [SupportAskObject], { description: 'The people who chose you as a responder.' })
  askedOfMe!: SupportAskObject[];
}

@ObjectType('SupportAnswer', { description: 'Someone who answered “I’m here” to a call for support.' })
export class SupportAnswerObject {
  @Field(() => ID, { description: 'The person coming.' })
  userId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;

  @Field(() => Date, { description: 'When they answered.' })
  answeredAt!: Date;
}

@ObjectType('SupportRequest', {
  description: 'A call for support, seen by the person who made it and by the people it alerted. It never says why, nor where the person is.',
})
export class SupportRequestObject {
  @Field(() => ID, { description: 'Identifier of the call.' })
  id!: string;

  @Field(() => SupportRequestStatus, { description: 'Open, or closed once the person is OK.' })
  status!: SupportRequestStatus;

  @Field(() => ID, { description: 'The person who needs support.' })
  memberId!: string;

  @Field(() => String, { description: 'Their display name.' })
  memberDisplayName!: string;

  @Field(() => Boolean, { description: 'Whether it is your own call.' })
  mine!: boolean;

  @Field(() => Date, { description: 'When they asked.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When they said they are OK now.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'How many people were alerted.' })
  alertedCount!: number;

  @Field(() => [SupportAnswerObject], { description: 'Who answered “I’m here”, first first.' })
  answers!: SupportAnswerObject[];

  @Field(() => Boolean, { description: 'Whether you answered “I’m here” (for a responder).' })
  answeredByMe!: boolean;

  @Field(() => Boolean, {
    description: 'For the person: nobody answered in time, so the crisis lines are shown again (and on-call peers were reached where chosen).',
  })
  showCrisisLinesAgain!: boolean;
}
