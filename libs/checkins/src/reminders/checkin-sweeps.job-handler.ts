import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HandlesJob, JobQueue } from '@kindred/core';
import { ReassessmentOffersService } from '../reassessment/reassessment-offers.service';
import { CheckinRemindersService, type ReminderRun } from './checkin-reminders.service';

/** Reminders go out within a minute of their local time. */
const REMINDER_SWEEP_MS = 60 * 1000;
const REASSESSMENT_SWEEP_MS = 60 * 60 * 1000;

/** The worker's repeatable sweeps for check-in reminders and re-assessment offers. */
@Injectable()
export class CheckinSweepsJobHandler implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly reminders: CheckinRemindersService,
    private readonly reassessments: ReassessmentOffersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('checkins.send-due-reminders', REMINDER_SWEEP_MS);
    await this.jobs.schedule('checkins.offer-reassessments', REASSESSMENT_SWEEP_MS);
  }

  @HandlesJob('checkins.send-due-reminders')
  sendReminders(): Promise<ReminderRun> {
    return this.reminders.sendDue();
  }

  @HandlesJob('checkins.offer-reassessments')
  offerReassessments(): Promise<number> {
    return this.reassessments.offerDue();
  }
}
