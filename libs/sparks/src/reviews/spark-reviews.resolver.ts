import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UsePolicy, type Viewer } from '@kindred/core';
import { CoordinatesSparkAlliancePolicy } from '../access/coordinates-spark-alliance.policy';
import { SparkApplicationObject } from '../applications/spark-application.types';
import { SparkReviewsService } from './spark-reviews.service';

const id = (description: string) => ({ type: () => ID, description });

/** Coordinators' decisions on applications sent to their alliance. */
@Resolver()
export class SparkReviewsResolver {
  constructor(private readonly reviews: SparkReviewsService) {}

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Mutation(() => SparkApplicationObject, {
    description: 'Approves an application. The last approval it needs sets the money aside; refused with INSUFFICIENT_FUNDS when the fund cannot cover it.',
  })
  approveSparkApplication(
    @Args('applicationId', id('The application.')) applicationId: string,
    @Args('idempotencyKey', {
      type: () => String,
      description: 'A key you choose for this request (8 to 100 characters); sending it again has no second effect.',
    })
    idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.reviews.approve(viewer, applicationId, idempotencyKey);
  }

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Mutation(() => SparkApplicationObject, { description: 'Declines an application, with a kind reason the member will read.' })
  declineSparkApplication(
    @Args('applicationId', id('The application.')) applicationId: string,
    @Args('reason', { type: () => String, description: 'Why, kindly (up to 1000 characters).' }) reason: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.reviews.decline(viewer, applicationId, reason);
  }

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Mutation(() => SparkApplicationObject, { description: 'Asks the member for more information; they can edit the application and send it again.' })
  askForSparkInformation(
    @Args('applicationId', id('The application.')) applicationId: string,
    @Args('question', { type: () => String, description: 'What you would like to know (up to 1000 characters).' }) question: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.reviews.askForInformation(viewer, applicationId, question);
  }
}
