import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { balanceFrom, EMPTY_BALANCE, type FundBalance, type LedgerTotals } from './balance';
import { LedgerEntry, type LedgerEntryKind } from './ledger-entry.entity';

/**
 * The only writer of the ledger. Callers hold the fund row's lock (`SELECT … FOR UPDATE`)
 * while they read a balance and append to it, so two approvals can never both spend the
 * last of a fund.
 */
@Injectable()
export class Ledger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(
    manager: EntityManager,
    entry: { fundId: string; applicationId: string | null; kind: LedgerEntryKind; amount: number; currency: string; actorId: string | null },
  ): Promise<void> {
    await manager.insert(LedgerEntry, entry);
  }

  async balanceOf(fundId: string, manager: EntityManager = this.dataSource.manager): Promise<FundBalance> {
    return (await this.balancesOf([fundId], manager)).get(fundId) ?? EMPTY_BALANCE;
  }

  /** Balances of many funds in one query. */
  async balancesOf(fundIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, FundBalance>> {
    if (fundIds.length === 0) return new Map();
    const rows: { fund_id: string; kind: LedgerEntryKind; total: string }[] = await manager.query(
      `SELECT fund_id, kind, sum(amount)::bigint AS total FROM spark_ledger WHERE fund_id = ANY($1) GROUP BY fund_id, kind`,
      [[...new Set(fundIds)]],
    );
    const totals = new Map<string, LedgerTotals>(fundIds.map((id) => [id, {}]));
    for (const row of rows) totals.get(row.fund_id)![row.kind] = Number(row.total);
    return new Map([...totals].map(([id, fundTotals]) => [id, balanceFrom(fundTotals)]));
  }
}
