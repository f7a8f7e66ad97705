import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { SparkFundStatus } from './spark-fund.entity';

registerEnumType(SparkFundStatus, {
  name: 'SparkFundStatus',
  description: 'Whether a small-sparks fund takes applications and approvals.',
  valuesMap: {
    OPEN: { description: 'Takes applications and approvals within its period.' },
    CLOSED: { description: 'Closed by a coordinator: approved grants can still be paid or cancelled, nothing new is approved.' },
  },
});

registerEnumType(LedgerEntryKind, {
  name: 'SparkLedgerEntryKind',
  description: 'Which way money moved in a small-sparks fund.',
  valuesMap: {
    BUDGET_ADDED: { description: 'Money put into the fund.' },
    RESERVED: { description: 'Set aside when an application was approved.' },
    RELEASED: { description: 'Given back to the fund when an approved application was cancelled.' },
    DISBURSED: { description: 'A reservation paid out.' },
  },
});

@ObjectType('SparkFundBalance', { description: 'A fund’s money, summed from its ledger, in minor units of its currency.' })
export class SparkFundBalanceObject {
  @Field(() => String, { description: 'ISO 4217 currency of every amount here.' })
  currency!: string;

  @Field(() => Int, { description: 'Everything put into the fund.' })
  budget!: number;

  @Field(() => Int, { description: 'Set aside for approved grants not yet paid.' })
  reserved!: number;

  @Field(() => Int, { description: 'Paid out.' })
  disbursed!: number;

  @Field(() => Int, { description: 'What new approvals can still use; never below zero.' })
  available!: number;
}

@ObjectType('SparkFund', { description: 'An alliance’s fund for small sparks: small grants for a member’s next step.' })
export class SparkFundObject {
  @Field(() => ID, { description: 'Identifier of the fund.' })
  id!: string;

  @Field(() => ID, { description: 'The alliance it belongs to.' })
  allianceId!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'ISO 4217 currency of every amount in it.' })
  currency!: string;

  @Field(() => String, { description: 'First day of its period (YYYY-MM-DD, UTC).' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of its period (YYYY-MM-DD, UTC), included.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'The most one grant may be, in minor units.' })
  perGrantCap!: number;

  @Field(() => Int, { description: 'The most one person may be granted over a rolling 12 months, in minor units.' })
  perPersonCap!: number;

  @Field(() => Int, { nullable: true, description: 'Amounts of this or more (minor units) need two coordinators’ approvals; null when one always suffices.' })
  dualApprovalThreshold!: number | null;

  @Field(() => Boolean, { description: 'Whether the coordinator who records a payment must not be one of its approvers.' })
  separatePaymentFromApproval!: boolean;

  @Field(() => SparkFundStatus, { description: 'Open or closed.' })
  status!: SparkFundStatus;

  @Field(() => Boolean, { description: 'Whether it takes applications and approvals today (open, and within its period).' })
  acceptingApplications!: boolean;

  @Field(() => Date, { description: 'When it was opened.' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => SparkFundBalanceObject, { nullable: true, description: 'Its money: for the alliance’s coordinators only, null for members.' })
  balance!: SparkFundBalanceObject | null;
}

@ObjectType('SparkLedgerEntry', { description: 'One movement of a fund’s money. Names no one.' })
export class SparkLedgerEntryObject {
  @Field(() => ID, { description: 'Identifier of the entry, in order of recording.' })
  id!: string;

  @Field(() => LedgerEntryKind, { description: 'Which way the money moved.' })
  kind!: LedgerEntryKind;

  @Field(() => Int, { description: 'How much, in minor units; the kind gives the direction.' })
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 currency of the amount.' })
  currency!: string;

  @Field(() => ID, { nullable: true, description: 'The application it concerns; null for budget added.' })
  applicationId!: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  at!: Date;
}

export const SparkLedgerConnection = ConnectionType(SparkLedgerEntryObject, 'SparkLedger', 'ledger entry');

@InputType({ description: 'A new small-sparks fund. Amounts are whole minor units (cents) of its currency.' })
export class OpenSparkFundInput {
  @Field(() => String, { description: 'Its name (up to 120 characters).' })
  name!: string;

  @Field(() => String, { description: 'ISO 4217 currency, such as EUR or GBP.' })
  currency!: string;

  @Field(() => Int, { description: 'The starting budget, in minor units.' })
  budget!: number;

  @Field(() => String, { description: 'First day of its period (YYYY-MM-DD, UTC).' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of its period (YYYY-MM-DD, UTC), included.' })
  periodEnd!: string;

  @Field(() => Int, { description: 'The most one grant may be, in minor units.' })
  perGrantCap!: number;

  @Field(() => Int, { description: 'The most one person may be granted over a rolling 12 months, in minor units.' })
  perPersonCap!: number;

  @Field(() => Int, { nullable: true, description: 'Amounts of this or more need two coordinators’ approvals; leave empty for one approval always.' })
  dualApprovalThreshold?: number | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Whether the coordinator who records a payment must not be one of its approvers (separation of duties).',
  })
  separatePaymentFromApproval!: boolean;
}
