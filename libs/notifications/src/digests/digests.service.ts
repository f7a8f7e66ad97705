import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LOGGER } from '@kindred/core';
import { EmailTemplate, MailOutbox, PeopleDirectory } from '@kindred/identity';
import { isQuietAt } from '../preferences/quiet-hours';
import { QuietHours } from '../preferences/quiet-hours.entity';

/** How old a notification must be before it is emailed: time to see it in the app first. */
export const DIGEST_SETTLE_MS = 5 * 60 * 1000;
/** At most one digest per person in this time, however much arrives. */
export const DIGEST_MIN_INTERVAL_MS = 60 * 60 * 1000;
/** People looked at per query while sweeping. */
const BATCH_SIZE = 200;

/**
 * Notifications still worth an email: the person opted in when it was sent, still wants this
 * kind by email now, has not read it, and no digest mentioned it yet. `$1` is the person,
 * `$2` the cut-off for settling.
 */
const DUE = `
  n.email_due AND n.emailed_at IS NULL AND n.read_at IS NULL AND n.created_at <= $2
  AND NOT EXISTS (
    SELECT 1 FROM notification_preferences p WHERE p.user_id = n.user_id AND p.kind = n.kind AND NOT p.email
  )`;

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
      const rows: { user_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT n.user_id FROM notifications n
          WHERE n.user_id > $1 AND ${DUE}
            AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = n.user_id AND d.last_sent_at > $3)
          ORDER BY n.user_id LIMIT ${BATCH_SIZE}`,
        [after, settled, recent],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.user_id;
      const userIds = rows.map((row) => row.user_id);
      const settings = await this.people.settings(userIds);
      const quietHours = new Map(
        (await this.dataSource.getRepository(QuietHours).createQueryBuilder('q').where('q.user_id IN (:...userIds)', { userIds }).getMany()).map(
          (row) => [row.userId, row],
        ),
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
        const claimed: { user_id: string }[] = await manager.query(
          `INSERT INTO notification_digests (user_id, last_sent_at) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at
             WHERE notification_digests.last_sent_at <= $3
           RETURNING user_id`,
          [userId, now, recent],
        );
        if (claimed.length === 0) throw new NothingToSend();
        // TypeORM answers an UPDATE with [rows, affected].
        const [, mentioned]: [unknown[], number] = await manager.query(
          `UPDATE notifications n SET emailed_at = $3 WHERE n.user_id = $1 AND ${DUE} RETURNING n.id`,
          [userId, settled, now],
        );
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
