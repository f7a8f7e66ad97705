import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MentorReportReason } from './mentor-report.entity';

registerEnumType(MentorReportReason, {
  name: 'MentorReportReason',
  description: 'Why a member reports their mentor.',
  valuesMap: {
    INACTIVE: { description: 'The mentor has not been in touch.' },
    UNSUITABLE: { description: 'The mentor is not right for the member.' },
    OTHER: { description: 'Something else.' },
  },
});

@ObjectType('MentorshipHelpRequest', { description: 'For coordinators: someone in a mentorship asked for help.' })
export class MentorshipHelpRequestObject {
  @Field(() => ID, { description: 'The mentorship.' })
  mentorshipId!: string;

  @Field(() => String, { description: 'The member’s display name.' })
  memberDisplayName!: string;

  @Field(() => String, { description: 'The mentor’s display name.' })
  mentorDisplayName!: string;

  @Field(() => String, { description: 'Who asked: MEMBER or MENTOR.' })
  askedBy!: 'MEMBER' | 'MENTOR';

  @Field(() => Date, { description: 'When.' })
  askedAt!: Date;
}

@ObjectType('MentorReport', { description: 'For coordinators: a member’s report about their mentor.' })
export class MentorReportObject {
  @Field(() => ID, { description: 'Identifier of the report.' })
  id!: string;

  @Field(() => ID, { description: 'The mentor reported.' })
  mentorId!: string;

  @Field(() => String, { description: 'Their display name.' })
  mentorDisplayName!: string;

  @Field(() => MentorReportReason, { description: 'Why.' })
  reason!: MentorReportReason;

  @Field(() => String, { nullable: true, description: 'The member’s note.' })
  note!: string | null;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;
}
