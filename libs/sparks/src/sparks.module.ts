import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlansModule } from '@kindred/plans';
import { AlliancesModule } from '@kindred/alliances';
import { IdentityModule } from '@kindred/identity';
import { CoordinatesSparkAlliancePolicy } from './access/coordinates-spark-alliance.policy';
import { SparkAccess } from './access/spark-access';
import { ApplicationPresenter } from './applications/application-presenter';
import { GrantLimits } from './applications/grant-limits';
import { SparkApplication, SparkApproval } from './applications/spark-application.entity';
import { SparkApplicationsResolver } from './applications/spark-applications.resolver';
import { SparkApplicationsService } from './applications/spark-applications.service';
import { SparkTexts } from './applications/spark-texts';
import { SparkDisbursementsResolver } from './disbursements/spark-disbursements.resolver';
import { SparkDisbursementsService } from './disbursements/spark-disbursements.service';
import { SparkFund } from './funds/spark-fund.entity';
import { SparkFundsResolver } from './funds/spark-funds.resolver';
import { SparkFundsService } from './funds/spark-funds.service';
import { IdempotencyKeys } from './idempotency/idempotency-keys';
import { Ledger } from './ledger/ledger';
import { LedgerEntry } from './ledger/ledger-entry.entity';
import { SparkReportsResolver } from './reports/spark-reports.resolver';
import { SparkReportsService } from './reports/spark-reports.service';
import { SparkReviewsResolver } from './reviews/spark-reviews.resolver';
import { SparkReviewsService } from './reviews/spark-reviews.service';
import { SparkApplicationEvent } from './timeline/application-event.entity';
import { Timeline } from './timeline/timeline';

export const SPARKS_ENTITIES = [SparkFund, LedgerEntry, SparkApplication, SparkApproval, SparkApplicationEvent];

/** API side of small sparks: funds and their ledger, applications, reviews, payments and reports. */
@Module({
  imports: [TypeOrmModule.forFeature(SPARKS_ENTITIES), PlansModule, IdentityModule, AlliancesModule],
  providers: [
    SparkAccess,
    CoordinatesSparkAlliancePolicy,
    Ledger,
    IdempotencyKeys,
    Timeline,
    SparkTexts,
    GrantLimits,
    ApplicationPresenter,
    SparkFundsService,
    SparkApplicationsService,
    SparkReviewsService,
    SparkDisbursementsService,
    SparkReportsService,
    SparkFundsResolver,
    SparkApplicationsResolver,
    SparkReviewsResolver,
    SparkDisbursementsResolver,
    SparkReportsResolver,
  ],
})
export class SparksModule {}
