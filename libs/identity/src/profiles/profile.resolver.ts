import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { ProfileIntroService } from './profile-intro.service';
import { PersonProfileObject, ProfileIntroUpdateObject } from './profile.types';

@Resolver()
export class ProfileResolver {
  constructor(private readonly profiles: ProfileIntroService) {}

  @SignedIn()
  @Query(() => PersonProfileObject, { description: 'How a person presents themself: display name, pronouns and introduction.' })
  personProfile(@Args('userId', { type: () => ID, description: 'The person.' }) userId: string, @CurrentViewer() viewer: Viewer): Promise<PersonProfileObject> {
    return this.profiles.profile(viewer.userId, userId);
  }

  @SignedIn()
  @Mutation(() => ProfileIntroUpdateObject, {
    description: 'Sets your public introduction (up to 1000 characters), or removes it when empty. Returns gentle language suggestions.',
  })
  updateProfileIntro(
    @Args('intro', { type: () => String, nullable: true, description: 'Your introduction; empty to remove it.' }) intro: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ProfileIntroUpdateObject> {
    return this.profiles.update(viewer.userId, intro ?? null);
  }
}
