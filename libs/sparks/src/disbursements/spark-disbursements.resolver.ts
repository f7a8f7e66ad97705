import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, UsePolicy, type GraphqlContext, type Viewer } from '@kindred/core';
import { CoordinatesSparkAlliancePolicy } from '../access/coordinates-spark-alliance.policy';
import { SparkApplicationObject } from '../applications/spark-application.types';
import { RecordSparkPaymentInput, SparkPaymentDetailsObject } from './payment.types';
import { SparkDisbursementsService } from './spark-disbursements.service';

const id = (description: string) => ({ type: () => ID, description });

/** Paying approved grants, and reading how they were paid. */
@Resolver()
export class SparkDisbursementsResolver {
  constructor(private readonly disbursements: SparkDisbursementsService) {}

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Mutation(() => SparkApplicationObject, { description: 'For an alliance’s coordinators: records how an approved grant was paid.' })
  recordSparkPayment(
    @Args('applicationId', id('The application.')) applicationId: string,
    @Args('input', { type: () => RecordSparkPaymentInput, description: 'How it was paid.' }) input: RecordSparkPaymentInput,
    @Args('idempotencyKey', {
      type: () => String,
      description: 'A key you choose for this request (8 to 100 characters); sending it again has no second effect.',
    })
    idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.disbursements.record(viewer, applicationId, input, idempotencyKey);
  }

  @SignedIn()
  @Query(() => SparkPaymentDetailsObject, {
    description: 'How a grant was paid: for its applicant and the coordinators who approved or paid it (each coordinator’s read is logged).',
  })
  sparkPaymentDetails(
    @Args('applicationId', id('The application.')) applicationId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<SparkPaymentDetailsObject> {
    return this.disbursements.details(viewer, applicationId, context.requestId);
  }
}
