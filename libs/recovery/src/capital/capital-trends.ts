import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

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
    const rows: { total: number; taken_at: Date }[] = await this.dataSource.query(
      `SELECT total, taken_at FROM barc10_assessments WHERE user_id = $1 ORDER BY taken_at DESC, id DESC LIMIT $2`,
      [userId, count],
    );
    return rows.map((row) => ({ total: Number(row.total), takenAt: row.taken_at }));
  }

  /** People whose latest assessment is older than `before`, with its date. */
  async lastAssessedBefore(before: Date): Promise<Map<string, Date>> {
    const rows: { user_id: string; last_taken: Date }[] = await this.dataSource.query(
      `SELECT user_id, max(taken_at) AS last_taken FROM barc10_assessments GROUP BY user_id HAVING max(taken_at) < $1`,
      [before],
    );
    return new Map(rows.map((row) => [row.user_id, row.last_taken]));
  }

  /** Each person's latest total per month since `since` (UTC months). */
  async monthlyTotals(userIds: readonly string[], since: Date): Promise<MonthlyTotal[]> {
    if (userIds.length === 0) return [];
    const rows: { month: string; user_id: string; total: number }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (user_id, date_trunc('month', taken_at AT TIME ZONE 'UTC'))
              to_char(date_trunc('month', taken_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month, user_id, total
         FROM barc10_assessments
        WHERE user_id = ANY($1) AND taken_at >= $2
        ORDER BY user_id, date_trunc('month', taken_at AT TIME ZONE 'UTC'), taken_at DESC`,
      [userIds, since],
    );
    return rows.map((row) => ({ month: row.month, userId: row.user_id, total: Number(row.total) }));
  }
}
