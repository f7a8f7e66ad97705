import { dimensionChanges, deriveDimensions, domainChanges, strengthsAndNeeds } from './recovery-capital-derivation';
import type { DomainRatingView } from './domain-ratings.service';
import type { DomainRatingSnapshotObject } from './domain-ratings.types';
import { RECOVERY_DOMAINS } from './recovery-domain';

/** A snapshot for GraphQL, with what is derived from it: dimensions, strengths, needs and changes. */
export function toDomainRatingObject({ rating, scores, notes, previousScores }: DomainRatingView): DomainRatingSnapshotObject {
  const changes = domainChanges(scores, previousScores);
  const dimensionChange = dimensionChanges(scores, previousScores);
  return {
    id: rating.id,
    takenAt: rating.takenAt,
    scaleVersion: rating.scaleVersion,
    scores: RECOVERY_DOMAINS.map((domain) => ({
      domain,
      score: scores[domain],
      note: notes.get(domain) ?? null,
      changeSincePrevious: changes ? changes[domain] : null,
    })),
    dimensions: deriveDimensions(scores).map((entry) => ({
      dimension: entry.dimension,
      score: entry.score,
      domains: [...entry.domains],
      changeSincePrevious: dimensionChange ? dimensionChange[entry.dimension] : null,
    })),
    ...strengthsAndNeeds(scores),
  };
}
