import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { GranteesInForce, SharingScope } from '@kindred/consent';
import { PeopleDirectory } from '@kindred/identity';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { todayIn } from '@kindred/core';
import { journeyFigures, milestonesUpTo } from '../journey/journey-figures';
import { RecoveryJourney } from '../journey/journey.entities';
import { celebratedMilestones, recordCelebrations } from './celebrations.queries';

const BATCH = 500;

/**
 * Celebrates the milestones members reached by their own calendar. Each milestone is recorded
 * once (a unique key settles repeated sweeps); when several are reached at once (a start date
 * set in the past), only the highest is announced. The member hears of it, and so do the people
 * they share MILESTONES with: their circle or mentor, and nobody else.
 */
@Injectable()
export class MilestoneCelebrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly grantees: GranteesInForce,
    private readonly notifier: Notifier,
  ) {}

  async celebrate(now = new Date()): Promise<number> {
    let celebrated = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const journeys = await this.dataSource
        .getRepository(RecoveryJourney)
        .createQueryBuilder('journey')
        .where('journey.member_id > :after', { after })
        .orderBy('journey.member_id')
        .take(BATCH)
        .getMany();
      const ids = journeys.map((journey) => journey.memberId);
      const [settings, known] = await Promise.all([this.people.settings(ids), this.celebratedOf(ids)]);
      for (const journey of journeys) {
        const reached = milestonesUpTo(journeyFigures(journey.startedOn, [], todayIn(settings.get(journey.memberId)?.timeZone ?? 'UTC', now)).totalDays);
        const already = known.get(journey.memberId);
        // Most members reach nothing new in a given hour: no write for them.
        if (reached.some((days) => !already?.has(days)) && (await this.celebrateOne(journey, reached))) celebrated++;
      }
      if (journeys.length < BATCH) return celebrated;
      after = journeys.at(-1)!.memberId;
    }
  }

  /** The milestones already celebrated, per member, in one query. */
  private async celebratedOf(memberIds: readonly string[]): Promise<Map<string, Set<number>>> {
    const rows = await celebratedMilestones.all(this.dataSource.manager, { memberIds });
    return new Map(rows.map((row) => [row.memberId, new Set(row.days)]));
  }

  /** Records the milestones not yet celebrated (a unique key settles concurrent sweeps) and announces the highest. */
  private async celebrateOne(journey: RecoveryJourney, reached: readonly number[]): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await recordCelebrations.all(manager, { memberId: journey.memberId, startedOn: journey.startedOn, reached });
      const newest = inserted.sort((a, b) => b.days - a.days)[0];
      if (!newest) return false;
      const audience = [journey.memberId, ...(await this.grantees.of(journey.memberId, SharingScope.MILESTONES))];
      for (const userId of audience) {
        await this.notifier.notify(manager, {
          userId,
          kind: NotificationKind.MILESTONE,
          subjectId: newest.id,
          actorId: userId === journey.memberId ? null : journey.memberId,
        });
      }
      return true;
    });
  }
}
