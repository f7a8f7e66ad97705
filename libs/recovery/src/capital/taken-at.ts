import { BadUserInputError } from '@kindred/core';
import { RecoveryMessages } from '../recovery.messages';

/** Devices' clocks drift: a snapshot a few minutes "ahead" is still taken now. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Older than any plausible record; a date before it is a device or typing mistake. */
const EARLIEST = new Date('2000-01-01T00:00:00Z');

/**
 * When a snapshot was taken: now by default, or an earlier moment the person names (to
 * record a paper questionnaire filled in before). Never in the future.
 */
export function checkTakenAt(takenAt: Date | null | undefined, now: Date = new Date()): Date {
  if (takenAt === null || takenAt === undefined) return now;
  if (Number.isNaN(takenAt.getTime()) || takenAt.getTime() > now.getTime() + CLOCK_SKEW_MS || takenAt < EARLIEST) {
    throw new BadUserInputError(RecoveryMessages.TAKEN_AT_IN_PAST(), {
      field: 'takenAt',
    });
  }
  return takenAt;
}
