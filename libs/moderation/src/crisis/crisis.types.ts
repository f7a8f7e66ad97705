import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CrisisLine', { description: 'A crisis line or service to call.' })
export class CrisisLineObject {
  @Field(() => String, { description: 'Name of the line or service.' })
  name!: string;

  @Field(() => String, { description: 'Number to call or text.' })
  phone!: string;

  @Field(() => String, { description: 'When it answers.' })
  hours!: string;

  @Field(() => [String], { description: 'Languages it answers in (ISO 639-1).' })
  languages!: string[];
}

@ObjectType('PlatformCrisisLine', { description: 'A crisis line from Kindred’s own list.' })
export class PlatformCrisisLineObject extends CrisisLineObject {
  @Field(() => String, { description: 'The country it serves (ISO 3166-1 alpha-2).' })
  country!: string;

  @Field(() => String, { description: 'What it offers, in one line.' })
  description!: string;
}

@ObjectType('AllianceCrisisLines', { description: 'The crisis lines an alliance publishes.' })
export class AllianceCrisisLinesObject {
  @Field(() => ID, { description: 'The alliance.' })
  allianceId!: string;

  @Field(() => String, { description: 'Its name.' })
  allianceName!: string;

  @Field(() => [CrisisLineObject], { description: 'Its crisis lines.' })
  resources!: CrisisLineObject[];
}

@ObjectType('CrisisSupport', { description: 'Where to turn right now.' })
export class CrisisSupportObject {
  @Field(() => String, { description: 'A few caring words, following safe-messaging guidance.' })
  message!: string;

  @Field(() => [AllianceCrisisLinesObject], { description: 'Alliances’ own crisis lines: the one asked for, and your alliances’ when you are signed in.' })
  allianceLines!: AllianceCrisisLinesObject[];

  @Field(() => [PlatformCrisisLineObject], { description: 'Kindred’s list of national lines, those of your own country first.' })
  platformLines!: PlatformCrisisLineObject[];

  @Field(() => String, { nullable: true, description: 'The country whose lines come first (ISO 3166-1 alpha-2), when Kindred could tell it.' })
  yourCountry!: string | null;
}

@ObjectType('CrisisAlert', { description: 'For a mentor: someone you mentor, who consented to it, may need support now.' })
export class CrisisAlertObject {
  @Field(() => ID, { description: 'Identifier of the alert.' })
  id!: string;

  @Field(() => ID, { description: 'The person who may need support.' })
  memberId!: string;

  @Field(() => String, { description: 'Their display name.' })
  memberDisplayName!: string;

  @Field(() => Date, { description: 'When the alert was raised.' })
  createdAt!: Date;

  @Field(() => String, { description: 'How to reach out safely.' })
  guidance!: string;
}
