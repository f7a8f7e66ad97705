import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OnCallShift', { description: 'A vetted peer on call every week on one day, between two local times of the alliance.' })
export class OnCallShiftObject {
  @Field(() => ID, { description: 'Identifier of the shift.' })
  id!: string;

  @Field(() => ID, { description: 'The peer on call.' })
  peerId!: string;

  @Field(() => String, { description: 'Their display name.' })
  peerDisplayName!: string;

  @Field(() => Int, { description: 'Day of the week: 0 is Monday, 6 is Sunday.' })
  weekday!: number;

  @Field(() => String, { description: 'Local start time, HH:MM.' })
  startsAt!: string;

  @Field(() => String, { description: 'Local end time, HH:MM; earlier than the start when the shift runs past midnight.' })
  endsAt!: string;
}

@ObjectType('OnCallPeerCandidate', { description: 'A peer vetted in the alliance, who may be put on call.' })
export class OnCallPeerCandidateObject {
  @Field(() => ID, { description: 'The peer.' })
  userId!: string;

  @Field(() => String, { description: 'Their display name.' })
  displayName!: string;
}

@ObjectType('OnCallRota', { description: 'For coordinators: an alliance’s on-call rota, reached when a call for support is not answered in time.' })
export class OnCallRotaObject {
  @Field(() => ID, { description: 'The alliance.' })
  allianceId!: string;

  @Field(() => String, { description: 'Its name.' })
  allianceName!: string;

  @Field(() => String, { nullable: true, description: 'The time zone its shifts are read in; null until set.' })
  timeZone!: string | null;

  @Field(() => [OnCallShiftObject], { description: 'Its shifts, by day and start time.' })
  shifts!: OnCallShiftObject[];

  @Field(() => [OnCallPeerCandidateObject], { description: 'Peers vetted in the alliance who may be put on call.' })
  vettedPeers!: OnCallPeerCandidateObject[];
}
