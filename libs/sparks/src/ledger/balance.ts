import { LedgerEntryKind } from './ledger-entry.entity';

/** A fund's money as its ledger says, in minor units. */
export interface FundBalance {
  /** Everything ever put in. */
  budget: number;
  /** Set aside for approved grants not yet paid. */
  reserved: number;
  /** Paid out. */
  disbursed: number;
  /** What new approvals may still use: budget − reserved − disbursed. */
  available: number;
}

export const EMPTY_BALANCE: FundBalance = { budget: 0, reserved: 0, disbursed: 0, available: 0 };

/** Totals per kind, as summed by SQL. */
export type LedgerTotals = Partial<Record<LedgerEntryKind, number>>;

/**
 * The balance from the ledger's totals. Reserving moves money from available to reserved,
 * releasing moves it back, paying moves it from reserved to disbursed; so
 * budget = available + reserved + disbursed always holds.
 */
export function balanceFrom(totals: LedgerTotals): FundBalance {
  const budget = totals.BUDGET_ADDED ?? 0;
  const reservedEver = totals.RESERVED ?? 0;
  const released = totals.RELEASED ?? 0;
  const disbursed = totals.DISBURSED ?? 0;
  return { budget, reserved: reservedEver - released - disbursed, disbursed, available: budget - reservedEver + released };
}
