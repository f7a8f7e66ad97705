import { SparkFundStatus, type SparkFund } from './spark-fund.entity';

/** Open for applications and approvals: not closed, and today within its period. */
export function isFundOpen(fund: Pick<SparkFund, 'status' | 'periodStart' | 'periodEnd'>, today: string): boolean {
  return fund.status === SparkFundStatus.OPEN && fund.periodStart <= today && today <= fund.periodEnd;
}

/** How many distinct coordinators must approve an amount: two at or above the fund's threshold. */
export function approvalsRequired(fund: Pick<SparkFund, 'dualApprovalThreshold'>, amount: number): 1 | 2 {
  return fund.dualApprovalThreshold !== null && amount >= fund.dualApprovalThreshold ? 2 : 1;
}
