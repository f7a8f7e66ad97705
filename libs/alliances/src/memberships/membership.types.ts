import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@kindred/core';
import { AllianceCapacity, MembershipStatus } from './alliance-membership.entity';

registerEnumType(AllianceCapacity, {
  name: 'AllianceCapacity',
  description: 'In what capacity a person belongs to an alliance.',
  valuesMap: {
    MEMBER: { description: 'A person in recovery.' },
    SUPPORTER: { description: 'A family member or friend supporting someone.' },
    PEER_MENTOR: { description: 'A vetted peer mentor; reached through mentor vetting, not by asking to join.' },
  },
});

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Where a membership is.',
  valuesMap: {
    REQUESTED: { description: 'Asked to join; a coordinator has not decided yet.' },
    ACTIVE: { description: 'Belongs to the alliance.' },
    DECLINED: { description: 'A coordinator declined the request.' },
    LEFT: { description: 'The person left.' },
  },
});

export enum MembershipDecision {
  APPROVE = 'APPROVE',
  DECLINE = 'DECLINE',
}

registerEnumType(MembershipDecision, {
  name: 'MembershipDecision',
  description: 'What a coordinator decides about a request to join.',
  valuesMap: {
    APPROVE: { description: 'Welcome the person into the alliance.' },
    DECLINE: { description: 'Decline, with a kind reason the person will see.' },
  },
});

@ObjectType('AllianceMembership', { description: 'A person’s place in an alliance, in one capacity.' })
export class AllianceMembershipObject {
  @Field(() => ID, { description: 'Identifier of the membership.' })
  id!: string;

  @Field(() => ID, { description: 'The alliance.' })
  allianceId!: string;

  @Field(() => String, { description: 'Name of the alliance.' })
  allianceName!: string;

  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => String, { description: 'The person’s display name.' })
  personDisplayName!: string;

  @Field(() => AllianceCapacity, { description: 'In what capacity.' })
  capacity!: AllianceCapacity;

  @Field(() => MembershipStatus, { description: 'Where the membership is.' })
  status!: MembershipStatus;

  @Field(() => Date, { description: 'When the person asked to join.' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a coordinator decided.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the request was declined, in the coordinator’s words.' })
  declineReason!: string | null;
}

export const AllianceMembershipConnection = ConnectionType(AllianceMembershipObject, 'AllianceMembership', 'alliance membership');

@ArgsType()
export class AllianceMembersArgs extends PageArgs {
  @Field(() => ID, { description: 'The alliance whose people to list.' })
  allianceId!: string;

  @Field(() => MembershipStatus, { nullable: true, description: 'Only memberships in this status (default: all).' })
  status?: MembershipStatus | null;
}
