import { Injectable } from '@nestjs/common';
import { HandlesJob } from '@kindred/core';
import { ReassessmentOffersService } from '../reassessment/reassessment-offers.service';
import { CheckinRemindersService, type ReminderRun } from './checkin-reminders.service';

/** The worker's repeatable sweeps for check-in reminders and re-assessment offers. */
@Injectable()
export class CheckinSweepsJobHandler {
  constructor(
    private readonly reminders: CheckinRemindersService,
    private readonly reassessments: ReassessmentOffersService,
  ) {}

  @HandlesJob('checkins.send-due-reminders')
  sendReminders(): Promise<ReminderRun> {
    return this.reminders.sendDue();
  }

  @HandlesJob('checkins.offer-reassessments')
  offerReassessments(): Promise<number> {
    return this.reassessments.offerDue();
  }
}
