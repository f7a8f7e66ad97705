import { defineQuery, type CalendarDate } from '@kindred/core';
import type { SparkApplicationStatus } from '../applications/application-status';
import type { FollowUpOutcome, SparkCategory } from '../applications/spark-enums';

/** The figures of an alliance's applications first sent within a period (both days included): no applicant, no text. */
export const applicationFiguresInPeriod = defineQuery<
  { allianceId: string; start: CalendarDate; end: CalendarDate },
  {
    currency: string;
    category: SparkCategory;
    status: SparkApplicationStatus;
    amount: number;
    submittedAt: Date;
    decidedAt: Date | null;
    followUpOutcome: FollowUpOutcome | null;
  }
>({
  name: 'sparkReports.applicationFiguresInPeriod',
  sql: `SELECT currency, category, status, amount, submitted_at, decided_at, follow_up_outcome
          FROM spark_applications
         WHERE alliance_id = $1 AND submitted_at >= $2::date AND submitted_at < $3::date + 1`,
  params: ({ allianceId, start, end }) => [allianceId, start, end],
  map: (row) => ({
    currency: row['currency'] as string,
    category: row['category'] as SparkCategory,
    status: row['status'] as SparkApplicationStatus,
    amount: row['amount'] as number,
    submittedAt: row['submitted_at'] as Date,
    decidedAt: row['decided_at'] as Date | null,
    followUpOutcome: row['follow_up_outcome'] as FollowUpOutcome | null,
  }),
  example: { allianceId: '00000000-0000-0000-0000-000000000000', start: '2026-01-01', end: '2026-12-31' },
});
