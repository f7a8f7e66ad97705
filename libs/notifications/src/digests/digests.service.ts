import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LOGGER } from '@kindred/core';
import { EmailTemplate, MailOutbox, PeopleDirectory } from '@kindred/identity';
import { isQuietAt } from '../preferences/quiet-hours';
import { QuietHours } from '../preferences/quiet-hours.entity';
import { claimDigest, markDigestEmailed, peopleWithDigestDue } from './digests.queries';

/** How old a notification must be before it is emailed: time to see it in the app first. */
export const DIGEST_SETTLE_MS = 5 * 60 * 1000;
/** At most one digest per person in this time, however much arrives. */
export const DIGEST_MIN_INTERVAL_MS = 60 * 60 * 1000;
/** People looked at per query while sweeping. */
const BATCH_SIZE = 200;

/** Thrown inside a person's transaction to roll back its claim when there was nothing to send. */
class NothingToSend extends Error {}

export interface DigestRun {
  /** Digests queued. */
  sent: number;
  /** People with something due who are in their quiet hours now; their turn comes later. */
  quiet: number;
}

/**
 * Worker side of email: one digest per person instead of one email per event. The email says
 * only that there is something new; its text is rendered and its address read at send time by
 * identity's mail job. Safe to run twice or on two workers at once: a person's digest row is
 * claimed with a conditional upsert (its lock makes a second worker wait, then find it taken)
 * and notifications are claimed with a conditional update.
 */
@Injectable()
export class DigestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailOutbox,
    private readonly people: PeopleDirectory,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async sendDue(now: Date = new Date()): Promise<DigestRun> {
    const run: DigestRun = { sent: 0, quiet: 0 };
    const settled = new Date(now.getTime() - DIGEST_SETTLE_MS);
    const recent = new Date(now.getTime() - DIGEST_MIN_INTERVAL_MS);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      // Keyset over people, so a batch full of people in quiet hours cannot starve the rest.
      const rows = await peopleWithDigestDue.all(this.dataSource.manager, { after, settled, recent, limit: BATCH_SIZE });
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.userId;
      const userIds = rows.map((row) => row.userId);
      const settings = await this.people.settings(userIds);
      const quietHours = new Map(
        (await this.dataSource.getRepository(QuietHours).createQueryBuilder('q').where('q.user_id IN (:...userIds)', { userIds }).getMany()).map((row) => [
          row.userId,
          row,
        ]),
      );
      for (const userId of userIds) {
        const person = settings.get(userId);
        if (!person?.active) continue;
        const quiet = quietHours.get(userId);
        if (quiet && isQuietAt(now, person.timeZone, quiet.startsAt, quiet.endsAt)) {
          run.quiet += 1;
          continue;
        }
        if (await this.sendOne(userId, now, settled, recent)) run.sent += 1;
      }
      if (rows.length < BATCH_SIZE) break;
    }
    if (run.sent > 0 || run.quiet > 0) this.logger.info({ ...run }, 'notification digests queued');
    return run;
  }

  /** Claims the person's digest and their due notifications, and queues the email, in one transaction. */
  private async sendOne(userId: string, now: Date, settled: Date, recent: Date): Promise<boolean> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const claimed = await claimDigest.one(manager, { userId, now, recent });
        if (!claimed) throw new NothingToSend();
        const mentioned = await markDigestEmailed.affected(manager, { userId, settled, now });
        if (mentioned === 0) throw new NothingToSend();
        await this.mail.queue(manager, userId, EmailTemplate.NOTIFICATIONS_DIGEST);
      });
    } catch (error) {
      if (error instanceof NothingToSend) return false;
      throw error;
    }
    return true;
  }
}
