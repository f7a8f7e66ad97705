import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { FollowUpOutcome, SparkCategory } from '../applications/spark-enums';

@ObjectType('SparkFollowUpCount', { description: 'How many members said a grant went this way.' })
export class SparkFollowUpCountObject {
  @Field(() => FollowUpOutcome, { description: 'The outcome.' })
  outcome!: FollowUpOutcome;

  @Field(() => Int, { description: 'How many said so.' })
  count!: number;
}

@ObjectType('SparkReportLine', { description: 'Figures for applications in one currency (and one category, or all). Names no one.' })
export class SparkReportLineObject {
  @Field(() => SparkCategory, { nullable: true, description: 'The category; null for all categories together.' })
  category!: SparkCategory | null;

  @Field(() => Int, { description: 'Applications sent in the period.' })
  applications!: number;

  @Field(() => Int, { description: 'Of those, approved (paid or not).' })
  approved!: number;

  @Field(() => Int, { description: 'Of those, declined.' })
  declined!: number;

  @Field(() => Int, { description: 'Of those, cancelled.' })
  cancelled!: number;

  @Field(() => Int, { description: 'Granted, in minor units.' })
  approvedAmount!: number;

  @Field(() => Int, { description: 'Paid out, in minor units.' })
  disbursedAmount!: number;

  @Field(() => Float, { nullable: true, description: 'Approved out of those decided (0 to 1); null before any decision.' })
  approvalRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from first sending to approval or decline; null before any decision.' })
  medianDaysToDecision!: number | null;

  @Field(() => [SparkFollowUpCountObject], { description: 'What members said about how it went.' })
  followUps!: SparkFollowUpCountObject[];
}

@ObjectType('SparkCurrencyReport', { description: 'An alliance’s small sparks in one currency. Amounts in different currencies are never added.' })
export class SparkCurrencyReportObject {
  @Field(() => String, { description: 'ISO 4217 currency of every amount here.' })
  currency!: string;

  @Field(() => Int, { description: 'What the alliance’s open funds in this currency can still grant now, in minor units.' })
  amountLeft!: number;

  @Field(() => SparkReportLineObject, { description: 'All categories together.' })
  totals!: SparkReportLineObject;

  @Field(() => [SparkReportLineObject], { description: 'One line per category.' })
  byCategory!: SparkReportLineObject[];
}
