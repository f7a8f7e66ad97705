import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory, CoordinatorsService } from '@kindred/alliances';
import { AppConfig, BadUserInputError, type Viewer } from '@kindred/core';
import { CapitalTrends, RECOVERY_DOMAINS, RecoveryTagKind, recoveryTag } from '@kindred/recovery';
import type { AllianceInsightsObject, CapitalTrendPointObject, CheckinTrendPointObject, InsightTagObject } from './alliance-insights.types';
import { withAtLeast } from './k-anonymity';
import { tagPeople, weeklyCheckins } from './alliance-insights.queries';
import { CheckinMessages } from '../checkins.messages';

const TOP_TAGS = 5;
const DAY_MS = 86_400_000;

/**
 * What an alliance's coordinators may learn from their members' check-ins and assessments:
 * counts of distinct people and averages, each shown only when at least k people (configured,
 * 5 by default) stand behind it. Tags come from a fixed list, so no free text can ever appear.
 */
@Injectable()
export class AllianceInsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly coordinators: CoordinatorsService,
    private readonly alliances: AllianceDirectory,
    private readonly capital: CapitalTrends,
  ) {}

  async forAlliance(viewer: Viewer, allianceId: string, months: number, now = new Date()): Promise<AllianceInsightsObject> {
    await this.coordinators.requireCoordinator(this.dataSource.manager, viewer.userId, allianceId, CheckinMessages.SEE_ALLIANCE_INSIGHTS());
    if (!Number.isInteger(months) || months < 1 || months > 24) throw new BadUserInputError(CheckinMessages.INSIGHTS_PERIOD_RANGE(), { field: 'months' });
    const k = this.config.insightsMinPeople;
    const since = new Date(now.getTime() - months * 30 * DAY_MS);
    const members = await this.alliances.activeMemberIdsOf(allianceId);
    const [tags, weeks, monthly] = await Promise.all([
      this.tagCounts(members, since),
      this.weeklyCheckins(members, since),
      this.capital.monthlyTotals(members, since),
    ]);

    const shownTags = withAtLeast(tags, k);
    const shownWeeks = withAtLeast(weeks, k);
    const shownMonths = withAtLeast(capitalByMonth(monthly), k);
    const ranked = (list: InsightTagObject[]): InsightTagObject[] =>
      list.sort((a, b) => b.people - a.people || a.tagId.localeCompare(b.tagId)).slice(0, TOP_TAGS);
    return {
      minimumPeople: k,
      since,
      domains: RECOVERY_DOMAINS.map((domain) => {
        const here = shownTags.shown.filter((tag) => recoveryTag(tag.tagId)?.domain === domain);
        return {
          domain,
          facilitators: ranked(here.filter((tag) => tag.kind === RecoveryTagKind.FACILITATOR)),
          obstacles: ranked(here.filter((tag) => tag.kind === RecoveryTagKind.OBSTACLE)),
        };
      }),
      checkinTrend: shownWeeks.shown,
      capitalTrend: shownMonths.shown,
      hiddenFigures: shownTags.hidden + shownWeeks.hidden + shownMonths.hidden,
    };
  }

  private async tagCounts(members: readonly string[], since: Date): Promise<InsightTagObject[]> {
    if (members.length === 0) return [];
    const rows = await tagPeople.all(this.dataSource.manager, { memberIds: members, since });
    return rows.flatMap((row) => {
      const tag = recoveryTag(row.tag);
      return tag ? [{ tagId: tag.id, label: tag.label.en, kind: tag.kind, people: row.people }] : [];
    });
  }

  private async weeklyCheckins(members: readonly string[], since: Date): Promise<CheckinTrendPointObject[]> {
    if (members.length === 0) return [];
    const rows = await weeklyCheckins.all(this.dataSource.manager, { memberIds: members, since });
    return rows.map((row) => ({ weekStarting: row.week, people: row.people, averageMood: round(row.mood), averageCravings: round(row.cravings) }));
  }
}

const round = (value: number): number => Math.round(value * 10) / 10;

function capitalByMonth(totals: readonly { month: string; userId: string; total: number }[]): CapitalTrendPointObject[] {
  const months = new Map<string, number[]>();
  for (const entry of totals) months.set(entry.month, [...(months.get(entry.month) ?? []), entry.total]);
  return [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, values]) => ({
      month: month.slice(0, 7),
      people: values.length,
      averageTotal: round(values.reduce((sum, value) => sum + value, 0) / values.length),
    }));
}
