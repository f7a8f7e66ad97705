import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@kindred/core';
import { PartnerKind } from './alliance.entity';

registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'What kind of organisation works with an alliance.',
  valuesMap: {
    TREATMENT_SERVICE: { description: 'A drug treatment or health service.' },
    COMMUNITY_GROUP: { description: 'A community or mutual-aid group.' },
    LOCAL_BUSINESS: { description: 'A local business, for example one offering work or training.' },
    VOLUNTEER_GROUP: { description: 'A volunteer group.' },
    HOUSING: { description: 'A housing provider or service.' },
    EMPLOYMENT: { description: 'An employment or skills service.' },
    OTHER: { description: 'Any other partner.' },
  },
});

@ObjectType('CrisisResource', { description: 'Somewhere to turn in a crisis, shown with every alliance.' })
export class CrisisResourceObject {
  @Field(() => String, { description: 'Name of the helpline or service.' })
  name!: string;

  @Field(() => String, { description: 'Phone number to call.' })
  phone!: string;

  @Field(() => String, { description: 'When it answers, in plain words (e.g. "24 hours").' })
  hours!: string;

  @Field(() => [String], { description: 'Languages it answers in (ISO 639-1).' })
  languages!: string[];
}

@InputType('CrisisResourceInput', { description: 'A helpline or crisis service.' })
export class CrisisResourceInput {
  @Field(() => String, { description: 'Name of the helpline or service.' })
  name!: string;

  @Field(() => String, { description: 'Phone number to call.' })
  phone!: string;

  @Field(() => String, { description: 'When it answers.' })
  hours!: string;

  @Field(() => [String], { description: 'Languages it answers in (ISO 639-1).' })
  languages!: string[];
}

@ObjectType('PartnerOrganisation', { description: 'An organisation working with the alliance.' })
export class PartnerOrganisationObject {
  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => PartnerKind, { description: 'What kind of organisation it is.' })
  kind!: PartnerKind;

  @Field(() => String, { description: 'What it offers.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Its website.' })
  url!: string | null;
}

@InputType('PartnerOrganisationInput', { description: 'An organisation working with the alliance.' })
export class PartnerOrganisationInput {
  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => PartnerKind, { description: 'What kind of organisation it is.' })
  kind!: PartnerKind;

  @Field(() => String, { nullable: true, description: 'What it offers.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Its website (https).' })
  url?: string | null;
}

@ObjectType('Alliance', { description: 'A local recovery alliance, as anyone signed in sees it. No member lists here.' })
export class AllianceObject {
  @Field(() => ID, { description: 'Identifier of the alliance.' })
  id!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'What it is and does.' })
  description!: string;

  @Field(() => String, { description: 'Region it serves.' })
  region!: string;

  @Field(() => String, { description: 'City or town it serves.' })
  city!: string;

  @Field(() => [String], { description: 'Postcode prefixes it serves (e.g. SW1A, 750).' })
  postcodePrefixes!: string[];

  @Field(() => [String], { description: 'Languages spoken (ISO 639-1).' })
  languages!: string[];

  @Field(() => String, { description: 'Currency of its small sparks grants (ISO 4217).' })
  currency!: string;

  @Field(() => [CrisisResourceObject], { description: 'Where to turn in a crisis.' })
  crisisResources!: CrisisResourceObject[];

  @Field(() => [PartnerOrganisationObject], { description: 'Organisations working with it.' })
  partnerOrganisations!: PartnerOrganisationObject[];

  @Field(() => Int, { description: 'The most mentees a vetted mentor here may take on by their own choice; a coordinator can give a mentor more.' })
  mentorPlacesLimit!: number;
}

export const AllianceConnection = ConnectionType(AllianceObject, 'Alliance', 'alliance');

@InputType('AllianceInput', { description: 'Everything that describes an alliance.' })
export class AllianceInput {
  @Field(() => String, { description: 'Its name, unique across Kindred.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is and does.' })
  description?: string | null;

  @Field(() => String, { description: 'Region it serves.' })
  region!: string;

  @Field(() => String, { description: 'City or town it serves.' })
  city!: string;

  @Field(() => [String], { description: 'Postcode prefixes it serves.' })
  postcodePrefixes!: string[];

  @Field(() => [String], { description: 'Languages spoken (ISO 639-1).' })
  languages!: string[];

  @Field(() => String, { description: 'Currency of its grants (ISO 4217).' })
  currency!: string;

  @Field(() => [CrisisResourceInput], { description: 'Where to turn in a crisis.' })
  crisisResources!: CrisisResourceInput[];

  @Field(() => [PartnerOrganisationInput], { description: 'Organisations working with it.' })
  partnerOrganisations!: PartnerOrganisationInput[];
}

@ArgsType()
export class AllianceSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the alliance name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A postcode: alliances serving it are found by prefix.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'City or town.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Region.' })
  region?: string | null;
}
