import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, UsePolicy, type GraphqlContext, type Viewer } from '@kindred/core';
import { MentorOrAllianceCoordinatorPolicy } from './mentor-places.policy';
import { MentorPlacesObject } from './mentor-places.types';
import { MentorPlacesService } from './mentor-places.service';

@Resolver(() => MentorPlacesObject)
export class MentorPlacesResolver {
  constructor(private readonly places: MentorPlacesService) {}

  @UsePolicy(MentorOrAllianceCoordinatorPolicy)
  @Mutation(() => MentorPlacesObject, {
    description:
      'Sets how many mentees a vetted mentor can have at once in an alliance (audited). The mentor sets their own up to the alliance’s limit; a coordinator of the alliance can set more, but never for themself. Never below the mentees they have now.',
  })
  setMentorPlaces(
    @Args('allianceId', { type: () => ID, description: 'The alliance where the mentor is vetted.' }) allianceId: string,
    @Args('mentorId', { type: () => ID, description: 'The mentor: yourself, or a mentor of an alliance you coordinate.' }) mentorId: string,
    @Args('places', { type: () => Int, description: 'The number of places, from 1 to 20.' }) places: number,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<MentorPlacesObject> {
    return this.places.set(viewer, allianceId, mentorId, places, context.requestId);
  }
}
