import { GRANTED_STATUSES, SparkApplicationStatus } from '../applications/application-status';
import { FollowUpOutcome, SparkCategory } from '../applications/spark-enums';
import { daysBetween } from '../money/calendar-date';
import { decimalMoney } from '../money/money';

/** What a report reads of one application: figures and dates, never who applied or what they wrote. */
export interface ReportRow {
  currency: string;
  category: SparkCategory;
  status: SparkApplicationStatus;
  amount: number;
  submittedAt: Date;
  decidedAt: Date | null;
  followUpOutcome: FollowUpOutcome | null;
}

/** Figures for a set of applications in one currency. */
export interface ReportLine {
  /** Null for the currency's totals. */
  category: SparkCategory | null;
  applications: number;
  approved: number;
  declined: number;
  cancelled: number;
  /** Minor units granted (approved, paid or not). */
  approvedAmount: number;
  /** Minor units paid out. */
  disbursedAmount: number;
  /** approved / (approved + declined); null before any decision. */
  approvalRate: number | null;
  /** From first submission to approval or decline; null before any decision. */
  medianDaysToDecision: number | null;
  followUps: { outcome: FollowUpOutcome; count: number }[];
}

export interface CurrencyReport {
  currency: string;
  /** What the alliance's funds in this currency can still grant, now. */
  amountLeft: number;
  totals: ReportLine;
  byCategory: ReportLine[];
}

const PAID: readonly SparkApplicationStatus[] = [SparkApplicationStatus.DISBURSED, SparkApplicationStatus.RECEIVED];

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
}

function lineOf(category: SparkCategory | null, rows: readonly ReportRow[]): ReportLine {
  const approved = rows.filter((row) => GRANTED_STATUSES.includes(row.status));
  const declined = rows.filter((row) => row.status === SparkApplicationStatus.DECLINED);
  const decided = [...approved, ...declined].filter((row) => row.decidedAt !== null);
  return {
    category,
    applications: rows.length,
    approved: approved.length,
    declined: declined.length,
    cancelled: rows.filter((row) => row.status === SparkApplicationStatus.CANCELLED).length,
    approvedAmount: approved.reduce((sum, row) => sum + row.amount, 0),
    disbursedAmount: rows.filter((row) => PAID.includes(row.status)).reduce((sum, row) => sum + row.amount, 0),
    approvalRate: approved.length + declined.length === 0 ? null : Math.round((approved.length / (approved.length + declined.length)) * 1000) / 1000,
    medianDaysToDecision: median(decided.map((row) => daysBetween(row.submittedAt, row.decidedAt!))),
    followUps: Object.values(FollowUpOutcome).map((outcome) => ({ outcome, count: rows.filter((row) => row.followUpOutcome === outcome).length })),
  };
}

/**
 * An alliance's report: per currency (amounts in different currencies are never added), the
 * totals and one line per category, in the categories' fixed order.
 */
export function buildReport(rows: readonly ReportRow[], amountsLeft: readonly { currency: string; available: number }[]): CurrencyReport[] {
  const currencies = [...new Set([...rows.map((row) => row.currency), ...amountsLeft.map((left) => left.currency)])].sort();
  return currencies.map((currency) => {
    const inCurrency = rows.filter((row) => row.currency === currency);
    return {
      currency,
      amountLeft: amountsLeft.filter((left) => left.currency === currency).reduce((sum, left) => sum + left.available, 0),
      totals: lineOf(null, inCurrency),
      byCategory: Object.values(SparkCategory).map((category) =>
        lineOf(
          category,
          inCurrency.filter((row) => row.category === category),
        ),
      ),
    };
  });
}

const CSV_HEADER = [
  'currency',
  'category',
  'applications',
  'approved',
  'declined',
  'cancelled',
  'approved_amount',
  'disbursed_amount',
  'approval_rate',
  'median_days_to_decision',
  'amount_left',
  ...Object.values(FollowUpOutcome).map((outcome) => `follow_up_${outcome.toLowerCase()}`),
];

/**
 * The report as CSV: one row per currency and category, then the currency's totals as
 * category ALL (the only row with amount_left). Amounts are decimals of the currency. Every
 * cell is a number, a currency code or a category: nothing anyone typed reaches the file.
 */
export function reportCsv(report: readonly CurrencyReport[]): string {
  const row = (currency: string, line: ReportLine, amountLeft: number | null): string =>
    [
      currency,
      line.category ?? 'ALL',
      line.applications,
      line.approved,
      line.declined,
      line.cancelled,
      decimalMoney(line.approvedAmount, currency),
      decimalMoney(line.disbursedAmount, currency),
      line.approvalRate ?? '',
      line.medianDaysToDecision ?? '',
      amountLeft === null ? '' : decimalMoney(amountLeft, currency),
      ...line.followUps.map((entry) => entry.count),
    ].join(',');
  const lines = report.flatMap((section) => [
    ...section.byCategory.map((line) => row(section.currency, line, null)),
    row(section.currency, section.totals, section.amountLeft),
  ]);
  return [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}
