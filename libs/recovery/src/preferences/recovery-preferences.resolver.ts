import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { RecoveryPreferencesInput, RecoveryPreferencesObject } from './recovery-preferences.types';
import { RecoveryPreferencesService } from './recovery-preferences.service';

@Resolver(() => RecoveryPreferencesObject)
export class RecoveryPreferencesResolver {
  constructor(private readonly preferences: RecoveryPreferencesService) {}

  @SignedIn()
  @Query(() => RecoveryPreferencesObject, { description: 'Your own recovery preferences (empty until you set them).' })
  myRecoveryPreferences(@CurrentViewer() viewer: Viewer): Promise<RecoveryPreferencesObject> {
    return this.preferences.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => RecoveryPreferencesObject, { description: 'Replaces your recovery preferences as a whole.' })
  updateRecoveryPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Your pathways, preferred mentor gender, languages and weekly availability.' }) input: RecoveryPreferencesInput,
  ): Promise<RecoveryPreferencesObject> {
    return this.preferences.update(viewer, {
      pathways: input.pathways,
      preferredMentorGender: input.preferredMentorGender ?? null,
      languages: input.languages,
      availability: input.availability,
    });
  }
}
