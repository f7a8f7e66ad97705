import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@kindred/core';
import { NotificationKind } from './notification-kind';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    NEW_MESSAGE: { description: 'A message arrived while you were away; the subject is the conversation.' },
    MENTORSHIP_REQUEST: { description: 'Someone asked about mentorship with you; the subject is the request.' },
    INVITATION: { description: 'You were invited to something, such as a support circle; the subject is the invitation.' },
    GRANT_DECISION: { description: 'A decision was made on your grant application; the subject is the application.' },
    REMINDER: { description: 'A reminder you asked for, such as a check-in.' },
    SYSTEM: { description: 'A notice from Kindred itself.' },
    MODERATION: { description: 'A moderation decision about you or your content, or the outcome of your report; the subject is the decision or report.' },
    SAFETY_SUPPORT: { description: 'Crisis support offered to you privately; the subject is the offer.' },
    SAFETY_ALERT: { description: 'A mentee who consented to it may need support; the subject is the alert.' },
    MODERATION_QUEUE: { description: 'For moderators: a report left unhandled for 48 hours; the subject is the case.' },
    MENTORSHIP_UPDATE: { description: 'A mentorship request was answered, or a mentorship paused, resumed or ended; the subject is the mentorship.' },
    GRANT_UPDATE: {
      description:
        'A step in a small-spark grant application (more information asked, an approval, payment, receipt, cancellation); the subject is the application.',
    },
    GRANT_REVIEW: {
      description: 'For coordinators: a small-spark grant application is waiting for review or a second approval; the subject is the application.',
    },
    EARLY_HELP: {
      description: 'A gentle word and ways to find support, to a member whose check-ins suggest a hard time; the subject is the early-help episode.',
    },
    EARLY_HELP_ALERT: { description: 'To a mentor, only when the member consented: someone they mentor might welcome contact; the subject is the alert.' },
    MILESTONE: { description: 'A milestone in someone’s recovery (their own, or one they share with you); the subject is the celebration.' },
    REASSESSMENT_OFFER: { description: 'An offer to retake the recovery capital assessment (monthly unless you chose otherwise); no subject.' },
    PLAN_SUGGESTION: { description: 'Someone you share your recovery plan with suggested a goal or a step; the subject is the suggestion.' },
    PLAN_SUGGESTION_ANSWERED: { description: 'A member answered a goal or step you suggested for their plan; the subject is the suggestion.' },
    SUPPORT_NOW: {
      description: 'Someone who chose you as a responder, and whom you agreed to be alerted for, needs support now; the subject is their call for support.',
    },
    SUPPORT_NOW_UPDATE: {
      description: 'News about a call for support you made or were alerted to (someone is coming, they are OK now, no answer yet); the subject is the call.',
    },
  },
});

@ObjectType('Notification', { description: 'Something Kindred told you. It never quotes what anyone wrote.' })
export class NotificationObject {
  @Field(() => ID, { description: 'Identifier of the notification.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field(() => String, { description: 'What it says, in your language.' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'What it is about (a conversation, a request, an application), for opening it.' })
  subjectId!: string | null;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt!: Date | null;
}

export const NotificationConnection = ConnectionType(NotificationObject, 'Notification', 'notification');

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only notifications you have not read yet.' })
  unreadOnly: boolean = false;
}
