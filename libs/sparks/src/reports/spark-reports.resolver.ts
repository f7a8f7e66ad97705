import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UsePolicy, type Viewer } from '@kindred/core';
import { CoordinatesSparkAlliancePolicy } from '../access/coordinates-spark-alliance.policy';
import { SparkCurrencyReportObject } from './spark-report.types';
import { SparkReportsService } from './spark-reports.service';

const periodArgs = {
  allianceId: { type: () => ID, description: 'The alliance.' },
  from: { type: () => String, description: 'First day of the period (YYYY-MM-DD, UTC): applications first sent from then.' },
  to: { type: () => String, description: 'Last day of the period (YYYY-MM-DD, UTC), included.' },
};

/** Aggregate reports for an alliance's coordinators: figures only, no applicant. */
@Resolver()
export class SparkReportsResolver {
  constructor(private readonly reports: SparkReportsService) {}

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Query(() => [SparkCurrencyReportObject], {
    description: 'For an alliance’s coordinators: small sparks in a period, per currency and category. Names no one.',
  })
  sparkReport(
    @Args('allianceId', periodArgs.allianceId) allianceId: string,
    @Args('from', periodArgs.from) from: string,
    @Args('to', periodArgs.to) to: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkCurrencyReportObject[]> {
    return this.reports.report(viewer, allianceId, from, to);
  }

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Query(() => String, {
    description: 'For an alliance’s coordinators: the same report as CSV text (one row per currency and category, then ALL). Names no one.',
  })
  sparkReportCsv(
    @Args('allianceId', periodArgs.allianceId) allianceId: string,
    @Args('from', periodArgs.from) from: string,
    @Args('to', periodArgs.to) to: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    return this.reports.csv(viewer, allianceId, from, to);
  }
}
