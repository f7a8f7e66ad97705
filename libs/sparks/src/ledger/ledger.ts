import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { balanceFrom, EMPTY_BALANCE, type FundBalance, type LedgerTotals } from './balance';
import { LedgerEntry, type LedgerEntryKind } from './ledger-entry.entity';
import { ledgerTotalsOfFunds } from './ledger.queries';

/**
 * The only writer of the ledger. Callers hold the fund row's lock (`SELECT … FOR UPDATE`)
 * while they read a balance and append to it, so two approvals can never both spend the
 * last of a fund.
 */
@Injectable()
export class Ledger {
  async append(
    manager: EntityManager,
    entry: { fundId: string; applicationId: string | null; kind: LedgerEntryKind; amount: number; currency: string; actorId: string | null },
  ): Promise<void> {
    await manager.insert(LedgerEntry, entry);
  }

  async balanceOf(manager: EntityManager, fundId: string): Promise<FundBalance> {
    return (await this.balancesOf(manager, [fundId])).get(fundId) ?? EMPTY_BALANCE;
  }

  /** Balances of many funds in one query. */
  async balancesOf(manager: EntityManager, fundIds: readonly string[]): Promise<Map<string, FundBalance>> {
    if (fundIds.length === 0) return new Map();
    const rows = await ledgerTotalsOfFunds.all(manager, { fundIds: [...new Set(fundIds)] });
    const totals = new Map<string, LedgerTotals>(fundIds.map((id) => [id, {}]));
    for (const row of rows) totals.get(row.fundId)![row.kind] = row.total;
    return new Map([...totals].map(([id, fundTotals]) => [id, balanceFrom(fundTotals)]));
  }
}
