import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, KindredError } from '@kindred/core';
import type { SparkFund } from '../funds/spark-fund.entity';
import { formatMoney } from '../money/money';
import { GRANTED_STATUSES } from './application-status';

export const PERSON_CAP_REACHED = 'PERSON_CAP_REACHED';

/** The fund's limits on an amount: per grant, and per person over a rolling 12 months. */
@Injectable()
export class GrantLimits {
  requireWithinGrantCap(fund: SparkFund, amount: number): void {
    if (amount > fund.perGrantCap) {
      throw new BadUserInputError(
        `A grant from this fund can be up to ${formatMoney(fund.perGrantCap, fund.currency)}. Please ask for that much or less.`,
        { field: 'amount', perGrantCap: fund.perGrantCap, currency: fund.currency },
      );
    }
  }

  /**
   * Counts what the person was granted (approved, paid or not) from this fund in the last 12
   * months, besides this application. Exact when called under the fund's lock, as approval does.
   */
  async requireWithinPersonCap(manager: EntityManager, fund: SparkFund, applicantId: string, amount: number, applicationId: string): Promise<void> {
    const [{ granted }]: { granted: string }[] = await manager.query(
      `SELECT coalesce(sum(amount), 0)::bigint AS granted FROM spark_applications
        WHERE fund_id = $1 AND applicant_id = $2 AND status = ANY($3) AND id <> $4
          AND decided_at > now() - interval '12 months'`,
      [fund.id, applicantId, GRANTED_STATUSES, applicationId],
    );
    const left = Math.max(0, fund.perPersonCap - Number(granted));
    if (amount > left) {
      throw new KindredError(
        PERSON_CAP_REACHED,
        left === 0
          ? `This fund can give one person up to ${formatMoney(fund.perPersonCap, fund.currency)} in 12 months, and that has been reached for now.`
          : `This fund can give one person up to ${formatMoney(fund.perPersonCap, fund.currency)} in 12 months; ${formatMoney(left, fund.currency)} of that is left for this grant.`,
        { left, currency: fund.currency },
      );
    }
  }
}
