import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PageArgs, SignedIn, UsePolicy, type Connection, type Viewer } from '@kindred/core';
import { CoordinatesSparkAlliancePolicy } from '../access/coordinates-spark-alliance.policy';
import { OpenSparkFundInput, SparkFundObject, SparkLedgerConnection, type SparkLedgerEntryObject } from './spark-fund.types';
import { SparkFundsService } from './spark-funds.service';

const id = (description: string) => ({ type: () => ID, description });
const idempotencyKey = { type: () => String, description: 'A key you choose for this request (8 to 100 characters); sending it again has no second effect.' };

/** Funds: coordinators open, top up, close and audit them; members see what they can apply to. */
@Resolver()
export class SparkFundsResolver {
  constructor(private readonly funds: SparkFundsService) {}

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Mutation(() => SparkFundObject, { description: 'For an alliance’s coordinators: opens a small-sparks fund with its budget and rules.' })
  openSparkFund(
    @Args('allianceId', id('The alliance.')) allianceId: string,
    @Args('input', { type: () => OpenSparkFundInput, description: 'The fund.' }) input: OpenSparkFundInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkFundObject> {
    return this.funds.open(viewer, allianceId, input);
  }

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Mutation(() => SparkFundObject, { description: 'For an alliance’s coordinators: adds money to an open fund.' })
  addSparkFundBudget(
    @Args('fundId', id('The fund.')) fundId: string,
    @Args('amount', { type: () => Int, description: 'How much, in minor units of the fund’s currency.' }) amount: number,
    @Args('idempotencyKey', idempotencyKey) key: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkFundObject> {
    return this.funds.addBudget(viewer, fundId, amount, key);
  }

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Mutation(() => SparkFundObject, { description: 'For an alliance’s coordinators: closes a fund. Approved grants can still be paid or cancelled.' })
  closeSparkFund(@Args('fundId', id('The fund.')) fundId: string, @CurrentViewer() viewer: Viewer): Promise<SparkFundObject> {
    return this.funds.close(viewer, fundId);
  }

  @SignedIn()
  @Query(() => [SparkFundObject], {
    description: 'An alliance’s small-sparks funds, newest first: for its members and coordinators (balances for coordinators only).',
  })
  sparkFunds(@Args('allianceId', id('The alliance.')) allianceId: string, @CurrentViewer() viewer: Viewer): Promise<SparkFundObject[]> {
    return this.funds.list(viewer, allianceId);
  }

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Query(() => SparkLedgerConnection, { description: 'For an alliance’s coordinators: every movement of a fund’s money, newest first.' })
  sparkFundLedger(
    @Args('fundId', id('The fund.')) fundId: string,
    @Args() page: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<SparkLedgerEntryObject>> {
    return this.funds.ledgerOf(viewer, fundId, page);
  }
}
