import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, CurrentViewer, SignedIn, UsePolicy, type Viewer } from '@kindred/core';
import { CoordinatesAlliancePolicy } from '../policies/coordinates-alliance.policy';
import { AllianceResourceInput, AllianceResourceObject } from './resource.types';
import { ResourcesService } from './resources.service';
import { AllianceMessages } from '../alliances.messages';

@Resolver(() => AllianceResourceObject)
export class ResourcesResolver {
  constructor(private readonly resources: ResourcesService) {}

  @SignedIn()
  @Query(() => [AllianceResourceObject], {
    description: 'An alliance’s directory of drop-in centres, helplines and services; with its resources for families if you are one of its supporters.',
  })
  allianceResources(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AllianceResourceObject[]> {
    return this.resources.list(viewer, allianceId);
  }

  @UsePolicy(CoordinatesAlliancePolicy)
  @Mutation(() => AllianceResourceObject, { description: 'Adds an entry to an alliance’s directory (its coordinators only).' })
  addAllianceResource(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('input', { description: 'The place or service.' }) input: AllianceResourceInput,
  ): Promise<AllianceResourceObject> {
    return this.resources.add(allianceId, input);
  }

  @UsePolicy(CoordinatesAlliancePolicy)
  @Mutation(() => AcknowledgementObject, { description: 'Removes an entry from an alliance’s directory (its coordinators only).' })
  async removeAllianceResource(
    @Args('resourceId', { type: () => ID, description: 'The entry to remove.' }) resourceId: string,
  ): Promise<AcknowledgementObject> {
    await this.resources.remove(resourceId);
    return acknowledged(AllianceMessages.DIRECTORY_ENTRY_REMOVED());
  }
}
