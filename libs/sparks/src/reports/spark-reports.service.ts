import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError, checkCalendarDate, isUuid, type Viewer } from '@kindred/core';
import { SparkAccess } from '../access/spark-access';
import { SparkFund, SparkFundStatus } from '../funds/spark-fund.entity';
import { Ledger } from '../ledger/ledger';
import { applicationFiguresInPeriod } from './reports.queries';
import { buildReport, reportCsv, type CurrencyReport } from './spark-report';
import { SparkMessages } from '../sparks.messages';

/**
 * Aggregate reports for an alliance's coordinators, over applications first sent within a
 * period. Reads only figures, categories, states and dates: no applicant, no text.
 */
@Injectable()
export class SparkReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SparkAccess,
    private readonly ledger: Ledger,
  ) {}

  async report(viewer: Viewer, allianceId: string, from: string, to: string): Promise<CurrencyReport[]> {
    if (!isUuid(allianceId)) throw new NotFoundError(SparkMessages.SPARK_ALLIANCE_NOT_FOUND());
    const start = checkCalendarDate(from, 'from');
    const end = checkCalendarDate(to, 'to');
    if (end < start) throw new BadUserInputError(SparkMessages.PERIOD_END_BEFORE_START(), { field: 'to' });
    await this.access.requireCoordinator(this.dataSource.manager, viewer, allianceId);
    const rows = await applicationFiguresInPeriod.all(this.dataSource.manager, { allianceId, start, end });
    const funds = await this.dataSource
      .getRepository(SparkFund)
      .find({ select: { id: true, currency: true }, where: { allianceId, status: SparkFundStatus.OPEN } });
    const balances = await this.ledger.balancesOf(
      this.dataSource.manager,
      funds.map((fund) => fund.id),
    );
    return buildReport(
      rows,
      funds.map((fund) => ({ currency: fund.currency, available: balances.get(fund.id)?.available ?? 0 })),
    );
  }

  async csv(viewer: Viewer, allianceId: string, from: string, to: string): Promise<string> {
    return reportCsv(await this.report(viewer, allianceId, from, to));
  }
}
