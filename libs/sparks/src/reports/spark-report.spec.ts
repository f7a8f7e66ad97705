import { SparkApplicationStatus } from '../applications/application-status';
import { FollowUpOutcome, SparkCategory } from '../applications/spark-enums';
import { buildReport, median, reportCsv, type ReportRow } from './spark-report';

const day = (n: number): Date => new Date(Date.UTC(2025, 0, 1 + n));
const row = (overrides: Partial<ReportRow>): ReportRow => ({
  currency: 'EUR',
  category: SparkCategory.TRANSPORT,
  status: SparkApplicationStatus.SUBMITTED,
  amount: 1000,
  submittedAt: day(0),
  decidedAt: null,
  followUpOutcome: null,
  ...overrides,
});

describe('the small-sparks report', () => {
  const rows = [
    row({ status: SparkApplicationStatus.RECEIVED, amount: 2500, decidedAt: day(2), followUpOutcome: FollowUpOutcome.HELPED }),
    row({ status: SparkApplicationStatus.APPROVED, amount: 1500, decidedAt: day(4) }),
    row({ category: SparkCategory.WORK_CLOTHING, status: SparkApplicationStatus.DECLINED, decidedAt: day(1) }),
    row({ category: SparkCategory.WORK_CLOTHING, status: SparkApplicationStatus.CANCELLED }),
    row({ currency: 'GBP', status: SparkApplicationStatus.DISBURSED, amount: 700, decidedAt: day(3) }),
  ];

  it('adds up per currency and category, never across currencies', () => {
    const [eur, gbp] = buildReport(rows, [
      { currency: 'EUR', available: 6000 },
      { currency: 'EUR', available: 1000 },
      { currency: 'GBP', available: 300 },
    ]);
    expect(eur).toMatchObject({
      currency: 'EUR',
      amountLeft: 7000,
      totals: {
        applications: 4,
        approved: 2,
        declined: 1,
        cancelled: 1,
        approvedAmount: 4000,
        disbursedAmount: 2500,
        approvalRate: 0.667,
        medianDaysToDecision: 2,
      },
    });
    expect(eur!.byCategory.find((line) => line.category === SparkCategory.TRANSPORT)).toMatchObject({
      applications: 2,
      approvalRate: 1,
      medianDaysToDecision: 3,
    });
    expect(eur!.totals.followUps.find((entry) => entry.outcome === FollowUpOutcome.HELPED)?.count).toBe(1);
    expect(gbp).toMatchObject({ currency: 'GBP', amountLeft: 300, totals: { approvedAmount: 700, disbursedAmount: 700 } });
  });

  it('has no rate or median before any decision, and lists every category', () => {
    const [eur] = buildReport([row({})], []);
    expect(eur!.totals).toMatchObject({ approvalRate: null, medianDaysToDecision: null });
    expect(eur!.byCategory.map((line) => line.category)).toEqual(Object.values(SparkCategory));
  });

  it('takes the middle of an odd list and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('exports CSV with decimals of the currency, totals last, and only figures and codes', () => {
    const csv = reportCsv(buildReport(rows, [{ currency: 'EUR', available: 7000 }]));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'currency,category,applications,approved,declined,cancelled,approved_amount,disbursed_amount,approval_rate,median_days_to_decision,amount_left,follow_up_helped,follow_up_helped_a_little,follow_up_did_not_help,follow_up_too_early_to_say',
    );
    expect(lines).toContain('EUR,TRANSPORT,2,2,0,0,40.00,25.00,1,3,,1,0,0,0');
    expect(lines).toContain('EUR,ALL,4,2,1,1,40.00,25.00,0.667,2,70.00,1,0,0,0');
    expect(lines.at(-1)).toBe('GBP,ALL,1,1,0,0,7.00,7.00,1,3,0.00,0,0,0,0');
    for (const line of lines.slice(1)) expect(line).toMatch(/^[A-Z]{3},[A-Z_]+(,[0-9.]*)+$/);
  });
});
