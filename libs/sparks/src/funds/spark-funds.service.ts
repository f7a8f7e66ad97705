import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BadUserInputError,
  checkCalendarDate,
  ConflictError,
  KindredError,
  NotFoundError,
  checkCurrencyCode,
  checkText,
  isUuid,
  mapConnection,
  paginateByKeyset,
  type Connection,
  type PageArgs,
  type Viewer,
} from '@kindred/core';
import { SparkAccess } from '../access/spark-access';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import type { FundBalance } from '../ledger/balance';
import { Ledger } from '../ledger/ledger';
import { LedgerEntry, LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { todayUtc } from '../money/calendar-date';
import { checkAmount, formatMoney, MAX_MINOR_UNITS } from '../money/money';
import { isFundOpen } from './fund-rules';
import { SparkFund, SparkFundStatus } from './spark-fund.entity';
import type { OpenSparkFundInput, SparkFundObject, SparkLedgerEntryObject } from './spark-fund.types';
import { SparkMessages } from '../sparks.messages';

/** Domain codes clients can branch on. */
export const INSUFFICIENT_FUNDS = 'INSUFFICIENT_FUNDS';
export const FUND_CLOSED = 'FUND_CLOSED';

export const fundNotFound = (): NotFoundError => new NotFoundError(SparkMessages.FUND_NOT_FOUND());
export const fundClosed = (): KindredError => new KindredError(FUND_CLOSED, SparkMessages.FUND_NOT_TAKING());

/** Funds: opening, adding budget, closing, and reading them with their balances. */
@Injectable()
export class SparkFundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SparkAccess,
    private readonly ledger: Ledger,
    private readonly keys: IdempotencyKeys,
  ) {}

  async open(viewer: Viewer, allianceId: string, input: OpenSparkFundInput): Promise<SparkFundObject> {
    const name = checkText(input.name, 'name', SparkMessages.SPARK_LABEL_NAME(), { max: 120 });
    const currency = checkCurrencyCode(input.currency, 'currency');
    const budget = checkAmount(input.budget, 'budget', SparkMessages.SPARK_LABEL_BUDGET());
    const periodStart = checkCalendarDate(input.periodStart, 'periodStart');
    const periodEnd = checkCalendarDate(input.periodEnd, 'periodEnd');
    if (periodEnd < periodStart) throw new BadUserInputError(SparkMessages.PERIOD_END_BEFORE_START(), { field: 'periodEnd' });
    const perGrantCap = checkAmount(input.perGrantCap, 'perGrantCap', SparkMessages.SPARK_LABEL_PER_GRANT_CAP());
    const perPersonCap = checkAmount(input.perPersonCap, 'perPersonCap', SparkMessages.SPARK_LABEL_PER_PERSON_CAP());
    const threshold = input.dualApprovalThreshold ?? null;
    const dualApprovalThreshold =
      threshold === null ? null : checkAmount(threshold, 'dualApprovalThreshold', SparkMessages.SPARK_LABEL_DUAL_APPROVAL_THRESHOLD());
    const fund = await this.dataSource.transaction(async (manager) => {
      await this.access.requireCoordinator(manager, viewer, allianceId);
      const saved = await manager.getRepository(SparkFund).save(
        manager.getRepository(SparkFund).create({
          allianceId,
          name,
          currency,
          periodStart,
          periodEnd,
          perGrantCap,
          perPersonCap,
          dualApprovalThreshold,
          separatePaymentFromApproval: input.separatePaymentFromApproval ?? true,
          openedBy: viewer.userId,
        }),
      );
      await this.ledger.append(manager, {
        fundId: saved.id,
        applicationId: null,
        kind: LedgerEntryKind.BUDGET_ADDED,
        amount: budget,
        currency,
        actorId: viewer.userId,
      });
      return saved;
    });
    return this.present(fund, await this.ledger.balanceOf(this.dataSource.manager, fund.id));
  }

  /** Adds money to an open fund; a retry with the same key adds it once. */
  async addBudget(viewer: Viewer, fundId: string, amount: number, idempotencyKey: string): Promise<SparkFundObject> {
    const added = checkAmount(amount, 'amount', SparkMessages.SPARK_LABEL_AMOUNT());
    const fund = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockedFund(manager, fundId);
      await this.access.requireCoordinator(manager, viewer, locked.allianceId);
      if ((await this.keys.claim(manager, viewer.userId, 'add-budget', idempotencyKey, locked.id)) === 'replay') return locked;
      if (locked.status !== SparkFundStatus.OPEN) throw new ConflictError(SparkMessages.FUND_CLOSED_OPEN_NEW());
      const { budget } = await this.ledger.balanceOf(manager, locked.id);
      if (budget + added > MAX_MINOR_UNITS) {
        throw new BadUserInputError(SparkMessages.FUND_HOLDS_AT_MOST({ max: formatMoney(MAX_MINOR_UNITS, locked.currency) }), { field: 'amount' });
      }
      await this.ledger.append(manager, {
        fundId: locked.id,
        applicationId: null,
        kind: LedgerEntryKind.BUDGET_ADDED,
        amount: added,
        currency: locked.currency,
        actorId: viewer.userId,
      });
      return locked;
    });
    return this.present(fund, await this.ledger.balanceOf(this.dataSource.manager, fund.id));
  }

  /** Stops new applications and approvals. Approved grants can still be paid or cancelled. */
  async close(viewer: Viewer, fundId: string): Promise<SparkFundObject> {
    const fund = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockedFund(manager, fundId);
      await this.access.requireCoordinator(manager, viewer, locked.allianceId);
      if (locked.status === SparkFundStatus.CLOSED) throw new ConflictError(SparkMessages.FUND_ALREADY_CLOSED());
      await manager.update(SparkFund, { id: locked.id }, { status: SparkFundStatus.CLOSED, closedBy: viewer.userId, closedAt: new Date() });
      return manager.getRepository(SparkFund).findOneByOrFail({ id: locked.id });
    });
    return this.present(fund, await this.ledger.balanceOf(this.dataSource.manager, fund.id));
  }

  /** The alliance's funds, newest first: for its members (without balances) and its coordinators. */
  async list(viewer: Viewer, allianceId: string): Promise<SparkFundObject[]> {
    if (!isUuid(allianceId)) throw new NotFoundError(SparkMessages.SPARK_ALLIANCE_NOT_FOUND());
    const manager = this.dataSource.manager;
    const asCoordinator = await this.access.isCoordinator(manager, viewer, allianceId);
    if (!asCoordinator) await this.access.requireMember(manager, viewer, allianceId);
    const funds = await manager.getRepository(SparkFund).find({ where: { allianceId }, order: { openedAt: 'DESC' }, take: 100 });
    const balances = asCoordinator
      ? await this.ledger.balancesOf(
          this.dataSource.manager,
          funds.map((fund) => fund.id),
        )
      : new Map<string, FundBalance>();
    return funds.map((fund) => this.present(fund, balances.get(fund.id) ?? null));
  }

  /** The fund's ledger, newest first, for its coordinators. */
  async ledgerOf(viewer: Viewer, fundId: string, page: PageArgs): Promise<Connection<SparkLedgerEntryObject>> {
    const fund = await this.fund(this.dataSource.manager, fundId);
    await this.access.requireCoordinator(this.dataSource.manager, viewer, fund.allianceId);
    const query = this.dataSource.getRepository(LedgerEntry).createQueryBuilder('entry').where('entry.fund_id = :fundId', { fundId: fund.id });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'entry.id',
      idColumn: 'entry.id',
      direction: 'DESC',
      keyOf: (entry) => [Number(entry.id), entry.id],
    });
    return mapConnection(connection, (entry) => ({
      id: entry.id,
      kind: entry.kind,
      amount: entry.amount,
      currency: entry.currency,
      applicationId: entry.applicationId,
      at: entry.at,
    }));
  }

  async fund(manager: EntityManager, fundId: string): Promise<SparkFund> {
    const fund = isUuid(fundId) ? await manager.getRepository(SparkFund).findOneBy({ id: fundId }) : null;
    if (!fund) throw fundNotFound();
    return fund;
  }

  /** The fund row locked for this transaction: every balance read and ledger write happens under it. */
  async lockedFund(manager: EntityManager, fundId: string): Promise<SparkFund> {
    const fund = isUuid(fundId)
      ? await manager.getRepository(SparkFund).createQueryBuilder('fund').where('fund.id = :fundId', { fundId }).setLock('pessimistic_write').getOne()
      : null;
    if (!fund) throw fundNotFound();
    return fund;
  }

  /** Refuses an amount the fund cannot cover now, saying what is left. Call under the fund lock. */
  async requireAvailable(manager: EntityManager, fund: SparkFund, amount: number): Promise<void> {
    const { available } = await this.ledger.balanceOf(manager, fund.id);
    if (available < amount) {
      throw new KindredError(
        INSUFFICIENT_FUNDS,
        SparkMessages.FUND_NOT_ENOUGH_LEFT({ available: formatMoney(available, fund.currency), amount: formatMoney(amount, fund.currency) }),
        { available, currency: fund.currency },
      );
    }
  }

  requireOpen(fund: SparkFund): void {
    if (!isFundOpen(fund, todayUtc())) throw fundClosed();
  }

  present(fund: SparkFund, balance: FundBalance | null): SparkFundObject {
    return {
      id: fund.id,
      allianceId: fund.allianceId,
      name: fund.name,
      currency: fund.currency,
      periodStart: fund.periodStart,
      periodEnd: fund.periodEnd,
      perGrantCap: fund.perGrantCap,
      perPersonCap: fund.perPersonCap,
      dualApprovalThreshold: fund.dualApprovalThreshold,
      separatePaymentFromApproval: fund.separatePaymentFromApproval,
      status: fund.status,
      acceptingApplications: isFundOpen(fund, todayUtc()),
      openedAt: fund.openedAt,
      closedAt: fund.closedAt,
      balance: balance ? { currency: fund.currency, ...balance } : null,
    };
  }
}
