import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CircleRelationship } from '../circles/circle-relationship';

/** An invitation's state as people see it: a pending one past its date reads EXPIRED. */
export enum InvitationState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(InvitationState, {
  name: 'CircleInvitationState',
  description: 'Where an invitation into a support circle stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for an answer.' },
    ACCEPTED: { description: 'Accepted: the person joined the circle.' },
    DECLINED: { description: 'Declined.' },
    REVOKED: { description: 'Withdrawn by the member.' },
    EXPIRED: { description: 'Not answered within 7 days.' },
  },
});

@ObjectType('CircleInvitation', { description: 'An invitation into a support circle.' })
export class CircleInvitationObject {
  @Field(() => ID, { description: 'Identifier of the invitation.' })
  id!: string;

  @Field(() => ID, { description: 'The circle.' })
  circleId!: string;

  @Field(() => String, { description: 'The circle’s name.' })
  circleName!: string;

  @Field(() => String, { description: 'Who invited: the member’s display name.' })
  inviterDisplayName!: string;

  @Field(() => String, { nullable: true, description: 'For the member: the address it was sent to.' })
  email!: string | null;

  @Field(() => ID, { nullable: true, description: 'For an invitation to someone on Kindred: who.' })
  inviteeId!: string | null;

  @Field(() => CircleRelationship, { description: 'Who the invitee is to the member.' })
  relationship!: CircleRelationship;

  @Field(() => InvitationState, { description: 'Where it stands.' })
  state!: InvitationState;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it expires if unanswered.' })
  expiresAt!: Date;
}
