import { approvalsRequired, isFundOpen } from './fund-rules';
import { SparkFundStatus } from './spark-fund.entity';

describe('fund rules', () => {
  const fund = { status: SparkFundStatus.OPEN, periodStart: '2025-01-01', periodEnd: '2025-12-31' };

  it('is open only while not closed and within its period, both ends included', () => {
    expect(isFundOpen(fund, '2025-01-01')).toBe(true);
    expect(isFundOpen(fund, '2025-12-31')).toBe(true);
    expect(isFundOpen(fund, '2024-12-31')).toBe(false);
    expect(isFundOpen(fund, '2026-01-01')).toBe(false);
    expect(isFundOpen({ ...fund, status: SparkFundStatus.CLOSED }, '2025-06-01')).toBe(false);
  });

  it('asks for two approvals at or above the threshold, one below it or without one', () => {
    expect(approvalsRequired({ dualApprovalThreshold: 10_000 }, 9_999)).toBe(1);
    expect(approvalsRequired({ dualApprovalThreshold: 10_000 }, 10_000)).toBe(2);
    expect(approvalsRequired({ dualApprovalThreshold: null }, 1_000_000)).toBe(1);
  });
});
