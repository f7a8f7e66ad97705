import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, SignedIn, type Viewer } from '@kindred/core';
import { CAPITAL_DIMENSIONS, DIMENSION_DESCRIPTIONS, DIMENSION_DOMAINS } from './capital-dimension';
import { toDomainRatingObject } from './domain-rating-object';
import { DomainRatingsService } from './domain-ratings.service';
import { DomainRatingSnapshotObject, RecordDomainRatingsInput, RecoveryCapitalGuideObject } from './domain-ratings.types';
import { DOMAIN_NAMES, DOMAIN_NOTE_MAX_LENGTH, DOMAIN_SCALE, RECOVERY_DOMAINS } from './recovery-domain';

const GUIDE: RecoveryCapitalGuideObject = {
  domains: RECOVERY_DOMAINS.map((domain, index) => ({
    domain,
    number: index + 1,
    name: DOMAIN_NAMES[domain],
    dimensions: CAPITAL_DIMENSIONS.filter((dimension) => DIMENSION_DOMAINS[dimension].includes(domain)),
  })),
  dimensions: CAPITAL_DIMENSIONS.map((dimension) => ({
    dimension,
    description: DIMENSION_DESCRIPTIONS[dimension],
    domains: [...DIMENSION_DOMAINS[dimension]],
  })),
  scale: {
    version: DOMAIN_SCALE.version,
    minimum: DOMAIN_SCALE.minimum,
    maximum: DOMAIN_SCALE.maximum,
    anchors: DOMAIN_SCALE.anchors.map((anchor) => ({ ...anchor, translations: [] })),
    noteMaxLength: DOMAIN_NOTE_MAX_LENGTH,
  },
};

@Resolver(() => DomainRatingSnapshotObject)
export class DomainRatingsResolver {
  constructor(private readonly ratings: DomainRatingsService) {}

  @Public('how self-ratings work (domains, dimensions, scale): fixed reference text, no personal data')
  @Query(() => RecoveryCapitalGuideObject, { description: 'The eight domains, the four dimensions derived from them, and the rating scale.' })
  recoveryCapitalGuide(): RecoveryCapitalGuideObject {
    return GUIDE;
  }

  @SignedIn()
  @Mutation(() => DomainRatingSnapshotObject, {
    description: 'Records your rating of the eight recovery capital domains, as a dated snapshot only you can read. Notes are stored encrypted.',
  })
  async recordDomainRatings(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'A rating for each of the eight domains, with optional notes.' }) input: RecordDomainRatingsInput,
  ): Promise<DomainRatingSnapshotObject> {
    return toDomainRatingObject(await this.ratings.record(viewer, input.ratings, input.takenAt));
  }
}
