import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { lastAssessedBefore, latestTotals, monthlyTotals } from './capital.queries';

export interface AssessmentTotal {
  total: number;
  takenAt: Date;
}

/** One person's latest BARC-10 total in one month, for anonymous aggregates. */
export interface MonthlyTotal {
  /** First day of the month, 'YYYY-MM-01'. */
  month: string;
  userId: string;
  total: number;
}

/**
 * BARC-10 totals over time, for other domains' system processes: the person's own early-help
 * rule (acting for them), offers to retake the assessment, and alliance aggregates that are
 * only ever shown k-anonymised. Never for showing one person's scores to someone else: that
 * goes through RecoveryCapitalAccess and the disclosure log.
 */
@Injectable()
export class CapitalTrends {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person's latest totals, newest first. */
  async latestTotals(userId: string, count: number): Promise<AssessmentTotal[]> {
    return latestTotals.all(this.dataSource.manager, { userId, count });
  }

  /** People whose latest assessment is older than `before`, with its date. */
  async lastAssessedBefore(before: Date): Promise<Map<string, Date>> {
    const rows = await lastAssessedBefore.all(this.dataSource.manager, { before });
    return new Map(rows.map((row) => [row.userId, row.lastTaken]));
  }

  /** Each person's latest total per month since `since` (UTC months). */
  async monthlyTotals(userIds: readonly string[], since: Date): Promise<MonthlyTotal[]> {
    if (userIds.length === 0) return [];
    return monthlyTotals.all(this.dataSource.manager, { userIds, since });
  }
}
