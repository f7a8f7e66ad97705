import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { CapitalTrends } from '@kindred/recovery';
import { CheckinPreferences } from '../rhythm/checkin-preferences.entity';
import { DEFAULT_REASSESS_DAYS } from '../rhythm/checkin-preferences.service';
import { claimOffer } from './reassessment-offers.queries';

const DAY_MS = 86_400_000;
/** The shortest interval a member may choose: nobody assessed more recently is ever due. */
const SHORTEST_DAYS = 7;

/**
 * Offers members to look again at their recovery capital when their last BARC-10 is older
 * than they chose (monthly unless they changed it, never when they set 0). One offer per
 * interval: the offer row is claimed with a conditional upsert, so a repeated sweep offers once.
 * The change between assessments feeds the early-help rule when they retake it.
 */
@Injectable()
export class ReassessmentOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly capital: CapitalTrends,
    private readonly notifier: Notifier,
  ) {}

  async offerDue(now = new Date()): Promise<number> {
    const lastAssessed = await this.capital.lastAssessedBefore(new Date(now.getTime() - SHORTEST_DAYS * DAY_MS));
    if (lastAssessed.size === 0) return 0;
    const chosen = await this.dataSource.getRepository(CheckinPreferences).find({
      select: { memberId: true, reassessEveryDays: true },
      where: { memberId: In([...lastAssessed.keys()]) },
    });
    const intervals = new Map(chosen.map((row) => [row.memberId, row.reassessEveryDays]));
    let offered = 0;
    for (const [memberId, takenAt] of lastAssessed) {
      const days = intervals.get(memberId) ?? DEFAULT_REASSESS_DAYS;
      if (days === 0 || takenAt.getTime() > now.getTime() - days * DAY_MS) continue;
      const due = new Date(now.getTime() - days * DAY_MS);
      const claimed = await this.dataSource.transaction(async (manager) => {
        const rows = await claimOffer.all(manager, { memberId, now, due });
        if (rows.length === 0) return false;
        await this.notifier.notify(manager, { userId: memberId, kind: NotificationKind.REASSESSMENT_OFFER });
        return true;
      });
      if (claimed) offered++;
    }
    return offered;
  }
}
