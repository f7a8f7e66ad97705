import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MentorshipState } from './mentorship-status';

@ObjectType('Mentorship', { description: 'A mentorship, or a request for one, as you see it.' })
export class MentorshipObject {
  @Field(() => ID, { description: 'Identifier of the mentorship.' })
  id!: string;

  @Field(() => String, { description: 'Your part in it: MEMBER or MENTOR.' })
  role!: 'MEMBER' | 'MENTOR';

  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => String, { description: 'Their display name.' })
  memberDisplayName!: string;

  @Field(() => ID, { description: 'The mentor.' })
  mentorId!: string;

  @Field(() => String, { description: 'Their display name.' })
  mentorDisplayName!: string;

  @Field(() => ID, { description: 'The alliance it belongs to.' })
  allianceId!: string;

  @Field(() => MentorshipState, { description: 'Where it stands, as you see it.' })
  state!: MentorshipState;

  @Field(() => String, { nullable: true, description: 'The member’s words with the request.' })
  intro!: string | null;

  @Field(() => ID, { nullable: true, description: 'Its conversation, once it started (archived when it ends).' })
  conversationId!: string | null;

  @Field(() => Date, { description: 'When it was asked for.' })
  requestedAt!: Date;

  @Field(() => Date, { description: 'When an unanswered request lapses.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it started.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  endedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether you ended it.' })
  endedByMe!: boolean;

  @Field(() => String, { nullable: true, description: 'Your private reason for ending it, if you gave one; nobody else sees it.' })
  myEndReason!: string | null;

  @Field(() => Boolean, { description: 'Whether a coordinator’s help was asked for and not yet given.' })
  helpRequested!: boolean;
}

@ObjectType('MentorshipEvent', { description: 'One step in a mentorship’s history.' })
export class MentorshipEventObject {
  @Field(() => String, {
    description:
      'What happened: REQUESTED, ACCEPTED, NOT_AVAILABLE, MENTOR_FULL (the mentor’s last place was taken meanwhile), PAUSED, RESUMED, ENDED, EXPIRED…',
  })
  kind!: string;

  @Field(() => Boolean, { description: 'Whether you did it.' })
  byMe!: boolean;

  @Field(() => Date, { description: 'When.' })
  at!: Date;
}
