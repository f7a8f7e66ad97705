import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResourceAudience, ResourceKind } from './alliance-resource.entity';

registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'What kind of place or service a resource is.',
  valuesMap: {
    DROP_IN_CENTRE: { description: 'A place to drop in without an appointment.' },
    HELPLINE: { description: 'A phone or chat line.' },
    SERVICE: { description: 'Any other service (treatment, housing, advice…).' },
    GUIDE: { description: 'A guide, for example for families supporting someone in recovery.' },
    FAMILY_GROUP: { description: 'A group for families and friends.' },
    MEETING: { description: 'A regular meeting.' },
  },
});

registerEnumType(ResourceAudience, {
  name: 'ResourceAudience',
  description: 'Who a resource is for.',
  valuesMap: {
    EVERYONE: { description: 'Anyone signed in.' },
    SUPPORTERS: { description: 'The alliance’s supporters (families and friends), its coordinators and administrators.' },
  },
});

@ObjectType('AllianceResource', { description: 'An entry of an alliance’s resources directory.' })
export class AllianceResourceObject {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  id!: string;

  @Field(() => ID, { description: 'The alliance that lists it.' })
  allianceId!: string;

  @Field(() => ResourceKind, { description: 'What kind of resource it is.' })
  kind!: ResourceKind;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'What it offers.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Website.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours, in plain words.' })
  hours!: string | null;

  @Field(() => [String], { description: 'Languages spoken there (ISO 639-1).' })
  languages!: string[];

  @Field(() => ResourceAudience, { description: 'Who it is for.' })
  audience!: ResourceAudience;
}

@InputType('AllianceResourceInput', { description: 'A place or service to list in an alliance’s directory.' })
export class AllianceResourceInput {
  @Field(() => ResourceKind, { description: 'What kind of resource it is.' })
  kind!: ResourceKind;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it offers.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Website (https).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours.' })
  hours?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken there (ISO 639-1).' })
  languages?: string[] | null;

  @Field(() => ResourceAudience, { nullable: true, description: 'Who it is for: everyone (the default) or the alliance’s supporters.' })
  audience?: ResourceAudience | null;
}
