import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { toAccountObject } from '../accounts/accounts.resolver';
import { AccountObject } from '../accounts/account.types';
import { MyProfileService } from './my-profile.service';
import { ProfileIntroService } from './profile-intro.service';
import { PersonProfileObject, ProfileInput, ProfileIntroUpdateObject } from './profile.types';

@Resolver()
export class ProfileResolver {
  constructor(
    private readonly profiles: ProfileIntroService,
    private readonly myProfile: MyProfileService,
  ) {}

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

  @SignedIn()
  @Mutation(() => AccountObject, {
    description:
      'Changes your display name, pronouns, language or time zone; what you leave out stays as it is. A new name or pronouns are checked like anything others read.',
  })
  async updateMyProfile(
    @Args('input', { type: () => ProfileInput, description: 'What to change.' }) input: ProfileInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AccountObject> {
    return toAccountObject(await this.myProfile.update(viewer.userId, input));
  }
}
