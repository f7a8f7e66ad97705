import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, KindredError } from '@kindred/core';
import type { SparkFund } from '../funds/spark-fund.entity';
import { formatMoney } from '../money/money';
import { GRANTED_STATUSES } from './application-status';
import { grantedToPersonLastYear } from './applications.queries';
import { SparkMessages } from '../sparks.messages';

export const PERSON_CAP_REACHED = 'PERSON_CAP_REACHED';

/** The fund's limits on an amount: per grant, and per person over a rolling 12 months. */
@Injectable()
export class GrantLimits {
  requireWithinGrantCap(fund: SparkFund, amount: number): void {
    if (amount > fund.perGrantCap) {
      throw new BadUserInputError(SparkMessages.GRANT_OVER_PER_GRANT_CAP({ cap: formatMoney(fund.perGrantCap, fund.currency) }), {
        field: 'amount',
        perGrantCap: fund.perGrantCap,
        currency: fund.currency,
      });
    }
  }

  /**
   * Counts what the person was granted (approved, paid or not) from this fund in the last 12
   * months, besides this application. Exact when called under the fund's lock, as approval does.
   */
  async requireWithinPersonCap(manager: EntityManager, fund: SparkFund, applicantId: string, amount: number, applicationId: string): Promise<void> {
    const granted =
      (await grantedToPersonLastYear.one(manager, { fundId: fund.id, applicantId, statuses: GRANTED_STATUSES, exceptApplicationId: applicationId }))?.granted ??
      0;
    const left = Math.max(0, fund.perPersonCap - granted);
    if (amount > left) {
      throw new KindredError(
        PERSON_CAP_REACHED,
        left === 0
          ? SparkMessages.PERSON_CAP_REACHED_FOR_NOW({ cap: formatMoney(fund.perPersonCap, fund.currency) })
          : SparkMessages.PERSON_CAP_LEFT({ cap: formatMoney(fund.perPersonCap, fund.currency), left: formatMoney(left, fund.currency) }),
        { left, currency: fund.currency },
      );
    }
  }
}
