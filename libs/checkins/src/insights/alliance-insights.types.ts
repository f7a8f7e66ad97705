import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RecoveryDomain, RecoveryTagKind } from '@kindred/recovery';

@ObjectType('InsightTag', { description: 'A tag members of the alliance reported, with how many distinct people did.' })
export class InsightTagObject {
  @Field({ description: 'The tag id (see recoveryTags).' })
  tagId!: string;

  @Field({ description: 'What the tag says.' })
  label!: string;

  @Field(() => RecoveryTagKind, { description: 'Whether it helped or got in the way.' })
  kind!: RecoveryTagKind;

  @Field(() => Int, { description: 'Distinct people who reported it in the period (never fewer than the minimum).' })
  people!: number;
}

@ObjectType('InsightDomain', { description: 'What helps and what gets in the way in one recovery capital domain, most reported first.' })
export class InsightDomainObject {
  @Field(() => RecoveryDomain, { description: 'The domain.' })
  domain!: RecoveryDomain;

  @Field(() => [InsightTagObject], { description: 'Facilitators, most reported first.' })
  facilitators!: InsightTagObject[];

  @Field(() => [InsightTagObject], { description: 'Obstacles, most reported first.' })
  obstacles!: InsightTagObject[];
}

@ObjectType('CheckinTrendPoint', { description: 'One week of check-ins across the alliance.' })
export class CheckinTrendPointObject {
  @Field({ description: 'The Monday the week starts on (UTC), YYYY-MM-DD.' })
  weekStarting!: string;

  @Field(() => Int, { description: 'Distinct people who checked in that week.' })
  people!: number;

  @Field(() => Float, { description: 'Average mood (1 to 5).' })
  averageMood!: number;

  @Field(() => Float, { description: 'Average cravings (0 to 10).' })
  averageCravings!: number;
}

@ObjectType('CapitalTrendPoint', { description: 'One month of BARC-10 assessments across the alliance (each person’s latest that month).' })
export class CapitalTrendPointObject {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Distinct people assessed that month.' })
  people!: number;

  @Field(() => Float, { description: 'Average BARC-10 total (10 to 60).' })
  averageTotal!: number;
}

@ObjectType('AllianceInsights', {
  description:
    'Anonymous aggregates of an alliance’s members for its coordinators: no names, no free text, and no figure from fewer than `minimumPeople` people.',
})
export class AllianceInsightsObject {
  @Field(() => Int, { description: 'The fewest distinct people behind any figure shown.' })
  minimumPeople!: number;

  @Field(() => Date, { description: 'The start of the period covered.' })
  since!: Date;

  @Field(() => [InsightDomainObject], { description: 'Most reported facilitators and obstacles, per domain.' })
  domains!: InsightDomainObject[];

  @Field(() => [CheckinTrendPointObject], { description: 'Check-in trend, week by week, oldest first.' })
  checkinTrend!: CheckinTrendPointObject[];

  @Field(() => [CapitalTrendPointObject], { description: 'Recovery capital over time, month by month, oldest first.' })
  capitalTrend!: CapitalTrendPointObject[];

  @Field(() => Int, { description: 'Figures held back because fewer than the minimum number of people contributed.' })
  hiddenFigures!: number;
}
