import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';
import { RatingScaleLabelObject } from '../capital/instrument.types';
import { CapitalDimension } from './capital-dimension';
import { RecoveryDomain } from './recovery-domain';

registerEnumType(RecoveryDomain, {
  name: 'RecoveryDomain',
  description: 'The eight TreatNet domains of recovery capital.',
  valuesMap: {
    PHYSICAL_AND_MENTAL_HEALTH: { description: '1. Physical and mental health.' },
    FAMILY_SOCIAL_SUPPORT_AND_LEISURE: { description: '2. Family, social supports and leisure activities.' },
    SAFE_HOUSING_AND_ENVIRONMENT: { description: '3. Safe housing and healthy environments.' },
    PEER_SUPPORT: { description: '4. Peer-based support.' },
    EMPLOYMENT_AND_LEGAL: { description: '5. Employment and resolution of legal issues.' },
    SKILLS_AND_EDUCATION: { description: '6. Vocational skills and educational development.' },
    COMMUNITY_AND_CULTURE: { description: '7. Community integration and cultural support.' },
    MEANING_AND_PURPOSE: { description: '8. (Re)discovering meaning and purpose in life.' },
  },
});

registerEnumType(CapitalDimension, {
  name: 'CapitalDimension',
  description: 'Cloud and Granfield’s four dimensions of recovery capital, derived from the domain ratings.',
  valuesMap: {
    SOCIAL: { description: 'Relationships and the groups a person belongs to.' },
    PHYSICAL: { description: 'Tangible assets such as a home and money.' },
    HUMAN: { description: 'Skills and education, health, aspirations and hopes.' },
    CULTURAL: { description: 'Values, beliefs and attitudes that link a person to belonging.' },
  },
});

@ObjectType('DomainScore', { description: 'How you rated one domain in a snapshot.' })
export class DomainScoreObject {
  @Field(() => RecoveryDomain, { description: 'The domain.' })
  domain!: RecoveryDomain;

  @Field(() => Int, { description: 'Your rating, 0 to 10 (see recoveryCapitalGuide.scale).' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'Your note on this domain, if you wrote one. Stored encrypted.' })
  note!: string | null;

  @Field(() => Int, { nullable: true, description: 'Change since the snapshot before (positive: grew); null for the first.' })
  changeSincePrevious!: number | null;
}

@ObjectType('DimensionScore', { description: 'One of the four dimensions, derived from the domain ratings (never entered by hand).' })
export class DimensionScoreObject {
  @Field(() => CapitalDimension, { description: 'The dimension.' })
  dimension!: CapitalDimension;

  @Field(() => Float, { description: 'Mean of its domains’ ratings, 0 to 10, to one decimal.' })
  score!: number;

  @Field(() => [RecoveryDomain], { description: 'The domains it is derived from.' })
  domains!: RecoveryDomain[];

  @Field(() => Float, { nullable: true, description: 'Change since the snapshot before; null for the first.' })
  changeSincePrevious!: number | null;
}

@ObjectType('DomainRatingSnapshot', { description: 'One self-rating of the eight recovery capital domains: a dated snapshot.' })
export class DomainRatingSnapshotObject {
  @Field(() => ID, { description: 'Identifier of the snapshot.' })
  id!: string;

  @Field(() => Date, { description: 'When the ratings were given.' })
  takenAt!: Date;

  @Field(() => String, { description: 'Version of the rating scale used.' })
  scaleVersion!: string;

  @Field(() => [DomainScoreObject], { description: 'The eight ratings, in TreatNet order.' })
  scores!: DomainScoreObject[];

  @Field(() => [DimensionScoreObject], { description: 'The four dimensions derived from the ratings.' })
  dimensions!: DimensionScoreObject[];

  @Field(() => [RecoveryDomain], {
    description: 'Your highest-rated domains (up to three, more when tied), highest first: strengths to build on.',
  })
  strengths!: RecoveryDomain[];

  @Field(() => [RecoveryDomain], {
    description: 'Your lowest-rated domains (up to three, more when tied), lowest first: where support may help most.',
  })
  needs!: RecoveryDomain[];
}

export const DomainRatingSnapshotConnection = ConnectionType(DomainRatingSnapshotObject, 'DomainRatingSnapshot', 'domain rating snapshot');

@InputType('DomainRatingInput', { description: 'Your rating of one domain.' })
export class DomainRatingInput {
  @Field(() => RecoveryDomain, { description: 'The domain.' })
  domain!: RecoveryDomain;

  @Field(() => Int, { description: 'From 0 (nothing here supports my recovery right now) to 10 (a real strength).' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'An optional note of up to 500 characters, stored encrypted; only you can read it.' })
  note?: string | null;
}

@InputType('RecordDomainRatingsInput', { description: 'A rating of all eight domains.' })
export class RecordDomainRatingsInput {
  @Field(() => [DomainRatingInput], { description: 'One rating for each of the eight domains.' })
  ratings!: DomainRatingInput[];

  @Field(() => Date, { nullable: true, description: 'When you rated them, if not now. Never in the future.' })
  takenAt?: Date | null;
}

@ObjectType('RecoveryDomainInfo', { description: 'One of the eight domains, as the app presents it.' })
export class RecoveryDomainInfoObject {
  @Field(() => RecoveryDomain, { description: 'The domain.' })
  domain!: RecoveryDomain;

  @Field(() => Int, { description: 'TreatNet’s number for it, 1 to 8.' })
  number!: number;

  @Field(() => String, { description: 'TreatNet’s name for it, in English.' })
  name!: string;

  @Field(() => [CapitalDimension], { description: 'The dimensions it counts towards.' })
  dimensions!: CapitalDimension[];
}

@ObjectType('CapitalDimensionInfo', { description: 'One of the four dimensions and how it is derived.' })
export class CapitalDimensionInfoObject {
  @Field(() => CapitalDimension, { description: 'The dimension.' })
  dimension!: CapitalDimension;

  @Field(() => String, { description: 'Cloud and Granfield’s definition, in English.' })
  description!: string;

  @Field(() => [RecoveryDomain], { description: 'The domains whose mean gives its score.' })
  domains!: RecoveryDomain[];
}

@ObjectType('DomainRatingScale', { description: 'The scale domains are rated on.' })
export class DomainRatingScaleObject {
  @Field(() => String, { description: 'Version of the scale; stored with every snapshot.' })
  version!: string;

  @Field(() => Int, { description: 'The lowest rating (0).' })
  minimum!: number;

  @Field(() => Int, { description: 'The highest rating (10).' })
  maximum!: number;

  @Field(() => [RatingScaleLabelObject], { description: 'What the low, middle and high points mean.' })
  anchors!: RatingScaleLabelObject[];

  @Field(() => Int, { description: 'The longest note allowed per domain, in characters.' })
  noteMaxLength!: number;
}

@ObjectType('RecoveryCapitalGuide', {
  description: 'How recovery capital self-ratings work: the eight domains, the four dimensions derived from them, and the scale.',
})
export class RecoveryCapitalGuideObject {
  @Field(() => [RecoveryDomainInfoObject], { description: 'The eight domains, in TreatNet order.' })
  domains!: RecoveryDomainInfoObject[];

  @Field(() => [CapitalDimensionInfoObject], { description: 'The four dimensions and the domains each is derived from.' })
  dimensions!: CapitalDimensionInfoObject[];

  @Field(() => DomainRatingScaleObject, { description: 'The rating scale.' })
  scale!: DomainRatingScaleObject;
}
