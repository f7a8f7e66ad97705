import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@kindred/core';
import { MentorGender, RecoveryDomain, RecoveryPathway, WeeklySlotInput, WeeklySlotObject } from '@kindred/recovery';
import { MentorApplicationStatus } from './mentor-application.entity';

registerEnumType(MentorApplicationStatus, {
  name: 'MentorApplicationStatus',
  description: 'Where an application to mentor, and then the vetting, stands.',
  valuesMap: {
    SUBMITTED: { description: 'Waiting for a coordinator.' },
    CHANGES_REQUESTED: { description: 'A coordinator asked for changes; edit and it goes back to them.' },
    DECLINED: { description: 'A coordinator declined, with a reason.' },
    VETTED: { description: 'A vetted peer mentor of the alliance; may be suggested to members.' },
    PAUSED: { description: 'Vetted, but paused by a coordinator: not suggested for now.' },
    WITHDRAWN: { description: 'Vetting withdrawn, or the person left the alliance.' },
  },
});

export enum MentorApplicationDecision {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  DECLINE = 'DECLINE',
}

registerEnumType(MentorApplicationDecision, {
  name: 'MentorApplicationDecision',
  description: 'What a coordinator decides about an application to mentor.',
  valuesMap: {
    APPROVE: { description: 'Vet the person as a peer mentor of the alliance.' },
    REQUEST_CHANGES: { description: 'Ask for changes, with a message.' },
    DECLINE: { description: 'Decline, with a kind reason.' },
  },
});

export enum VettingAction {
  PAUSE = 'PAUSE',
  RESUME = 'RESUME',
  WITHDRAW = 'WITHDRAW',
}

registerEnumType(VettingAction, {
  name: 'VettingAction',
  description: 'What a coordinator may do to a mentor’s vetting.',
  valuesMap: {
    PAUSE: { description: 'Stop suggesting the mentor for now, with a reason.' },
    RESUME: { description: 'Resume a paused vetting.' },
    WITHDRAW: { description: 'End the vetting, with a reason.' },
  },
});

@InputType('MentorApplicationInput', { description: 'What a member tells coordinators when applying to mentor.' })
export class MentorApplicationInput {
  @Field(() => String, { description: 'Your lived experience, in your own words (50–2000 characters).' })
  livedExperienceSummary!: string;

  @Field(() => [RecoveryPathway], { description: 'Recovery pathways you can speak to.' })
  pathways!: RecoveryPathway[];

  @Field(() => Int, { description: 'Years in recovery.' })
  yearsInRecovery!: number;

  @Field(() => [String], { description: 'Languages you can mentor in (ISO 639-1).' })
  languages!: string[];

  @Field(() => [RecoveryDomain], { description: 'Recovery capital domains you can help with.' })
  focusDomains!: RecoveryDomain[];

  @Field(() => [WeeklySlotInput], { description: 'When you are available each week, in your own time zone.' })
  availability!: WeeklySlotInput[];

  @Field(() => Int, { description: 'How many mentees you can support at once (1–20).' })
  maxMentees!: number;

  @Field(() => [String], { description: 'Training you have completed (names of courses).' })
  trainingCompleted!: string[];

  @Field(() => MentorGender, { nullable: true, description: 'Your gender, if you wish to say: members may prefer a mentor of a given gender.' })
  gender?: MentorGender | null;
}

@ObjectType('MentorApplication', { description: 'An application to mentor in an alliance, and its vetting.' })
export class MentorApplicationObject {
  @Field(() => ID, { description: 'Identifier of the application.' })
  id!: string;

  @Field(() => ID, { description: 'The alliance.' })
  allianceId!: string;

  @Field(() => ID, { description: 'The applicant.' })
  applicantId!: string;

  @Field(() => String, { description: 'The applicant’s display name.' })
  applicantDisplayName!: string;

  @Field(() => String, { description: 'Lived experience, in the applicant’s words.' })
  livedExperienceSummary!: string;

  @Field(() => [RecoveryPathway], { description: 'Pathways they can speak to.' })
  pathways!: RecoveryPathway[];

  @Field(() => Int, { description: 'Years in recovery.' })
  yearsInRecovery!: number;

  @Field(() => [String], { description: 'Languages they can mentor in.' })
  languages!: string[];

  @Field(() => [RecoveryDomain], { description: 'Recovery capital domains they can help with.' })
  focusDomains!: RecoveryDomain[];

  @Field(() => [WeeklySlotObject], { description: 'Weekly availability, in their time zone.' })
  availability!: WeeklySlotObject[];

  @Field(() => Int, { description: 'Most mentees at once.' })
  maxMentees!: number;

  @Field(() => [String], { description: 'Training completed.' })
  trainingCompleted!: string[];

  @Field(() => MentorGender, { nullable: true, description: 'The mentor’s gender, if they said.' })
  gender!: MentorGender | null;

  @Field(() => MentorApplicationStatus, { description: 'Where it stands.' })
  status!: MentorApplicationStatus;

  @Field(() => String, { nullable: true, description: 'The coordinator’s message: changes asked for, or a reason.' })
  coordinatorMessage!: string | null;

  @Field(() => Date, { description: 'When it was first submitted.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a coordinator last acted on it.' })
  decidedAt!: Date | null;
}

export const MentorApplicationConnection = ConnectionType(MentorApplicationObject, 'MentorApplication', 'application to mentor');

@ArgsType()
export class MentorApplicationsArgs extends PageArgs {
  @Field(() => ID, { description: 'The alliance whose applications to list.' })
  allianceId!: string;

  @Field(() => MentorApplicationStatus, { nullable: true, description: 'Only applications in this state.' })
  status?: MentorApplicationStatus | null;
}
