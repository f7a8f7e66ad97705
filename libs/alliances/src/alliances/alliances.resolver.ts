import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  mapConnection,
  PlatformRole,
  RequestContext,
  RequireRoles,
  Public,
  UsePolicy,
  type Connection,
  type GraphqlContext,
  type Viewer,
} from '@kindred/core';
import { CoordinatesAlliancePolicy } from '../policies/coordinates-alliance.policy';
import type { Alliance } from './alliance.entity';
import { AllianceConnection, AllianceInput, AllianceObject, AllianceSearchArgs } from './alliance.types';
import { AlliancesService } from './alliances.service';

export function toAllianceObject(alliance: Alliance): AllianceObject {
  return {
    id: alliance.id,
    name: alliance.name,
    description: alliance.description,
    region: alliance.region,
    city: alliance.city,
    postcodePrefixes: alliance.postcodePrefixes,
    languages: alliance.languages,
    currency: alliance.currency,
    crisisResources: alliance.crisisResources,
    partnerOrganisations: alliance.partnerOrganisations,
    mentorPlacesLimit: alliance.mentorPlacesLimit,
  };
}

@Resolver(() => AllianceObject)
export class AlliancesResolver {
  constructor(private readonly service: AlliancesService) {}

  @Public('the public door: someone not yet on Kindred looks for an alliance near them; an alliance is public, its members never are')
  @Query(() => AllianceConnection, { description: 'Finds alliances by name, city, region or a postcode they serve. No sign-in needed.' })
  async alliances(@Args() args: AllianceSearchArgs): Promise<Connection<AllianceObject>> {
    return mapConnection(await this.service.search(args), toAllianceObject);
  }

  @Public('an alliance’s public page, found from the public door')
  @Query(() => AllianceObject, {
    description: 'An alliance’s public page: who it serves, crisis resources and partners. Never its members. No sign-in needed.',
  })
  async alliance(@Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string): Promise<AllianceObject> {
    return toAllianceObject(await this.service.get(allianceId));
  }

  @RequireRoles(PlatformRole.ADMIN)
  @Mutation(() => AllianceObject, { description: 'Creates an alliance (admins only).' })
  async createAlliance(
    @Args('input', { description: 'What describes the alliance.' }) input: AllianceInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AllianceObject> {
    return toAllianceObject(await this.service.create(input, viewer.userId));
  }

  @UsePolicy(CoordinatesAlliancePolicy)
  @Mutation(() => AllianceObject, { description: 'Updates how an alliance describes itself (its coordinators only).' })
  async updateAlliance(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('input', { description: 'The new description, replacing the old one.' }) input: AllianceInput,
  ): Promise<AllianceObject> {
    return toAllianceObject(await this.service.update(allianceId, input));
  }

  @UsePolicy(CoordinatesAlliancePolicy)
  @Mutation(() => AllianceObject, {
    description:
      'Sets how many mentees a vetted mentor here may take on by their own choice (its coordinators only; audited). A coordinator can still give a mentor more; places already given stay as they are.',
  })
  async setMentorPlacesLimit(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('limit', { type: () => Int, description: 'From 1 to 20.' }) limit: number,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AllianceObject> {
    return toAllianceObject(await this.service.setMentorPlacesLimit(viewer.userId, allianceId, limit, context.requestId));
  }
}
