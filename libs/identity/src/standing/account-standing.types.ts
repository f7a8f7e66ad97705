import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrustLevel } from './trust-levels';

registerEnumType(TrustLevel, {
  name: 'TrustLevel',
  description: 'How far a new account’s limits have lifted.',
  valuesMap: {
    NEW: { description: 'The first days: some limits keep everyone safe from spam and dealing.' },
    ESTABLISHED: { description: 'The new-account limits have lifted.' },
  },
});

@ObjectType('AccountStanding', { description: 'Whether you may send and post now.' })
export class AccountStandingObject {
  @Field(() => Boolean, { description: 'Whether you may send messages, post stories and change your profile text now.' })
  mayPost!: boolean;

  @Field(() => Date, { nullable: true, description: 'When a suspension ends, while one is running.' })
  suspendedUntil!: Date | null;

  @Field(() => Boolean, { description: 'Whether the account was banned from sending and posting.' })
  banned!: boolean;
}

@ObjectType('TrustLevelRule', { description: 'One level of trust and what it allows.' })
export class TrustLevelRuleObject {
  @Field(() => TrustLevel, { description: 'The level.' })
  level!: TrustLevel;

  @Field(() => Number, { description: 'Days since the account was created from which it applies.' })
  fromAccountAgeDays!: number;

  @Field(() => Boolean, { description: 'Whether links may be shared.' })
  mayPostLinks!: boolean;

  @Field(() => Boolean, {
    description: 'Whether direct conversations may be started with anyone in a shared alliance, not only people you share a mentorship or group with.',
  })
  mayMessageBeyondConnections!: boolean;

  @Field(() => String, { description: 'The level in plain words.' })
  description!: string;
}

@ObjectType('Trust', { description: 'Your trust level now and when the next one starts.' })
export class TrustObject {
  @Field(() => TrustLevelRuleObject, { description: 'The level that applies now.' })
  current!: TrustLevelRuleObject;

  @Field(() => Date, { nullable: true, description: 'When the next level starts; empty at the top.' })
  nextLevelAt!: Date | null;
}
