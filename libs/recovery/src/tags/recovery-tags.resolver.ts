import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@kindred/core';
import { RecoveryTagObject } from './recovery-tag.types';
import { RECOVERY_TAGS } from './recovery-tags';

@Resolver(() => RecoveryTagObject)
export class RecoveryTagsResolver {
  @Public('the list of tag words is the same for everyone and says nothing about anyone')
  @Query(() => [RecoveryTagObject], { description: 'The tags for check-ins and diary entries: what helps and what gets in the way, per domain.' })
  recoveryTags(@Args('locale', { nullable: true, description: 'en or fr; English when not given.' }) locale?: string): RecoveryTagObject[] {
    const language = locale === 'fr' ? 'fr' : 'en';
    return RECOVERY_TAGS.map((entry) => ({ id: entry.id, kind: entry.kind, domain: entry.domain, label: entry.label[language] }));
  }
}
