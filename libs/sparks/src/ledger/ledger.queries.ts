import { defineQuery } from '@kindred/core';
import type { LedgerEntryKind } from './ledger-entry.entity';

/** Each fund's total per kind of ledger entry. */
export const ledgerTotalsOfFunds = defineQuery<{ fundIds: readonly string[] }, { fundId: string; kind: LedgerEntryKind; total: number }>({
  name: 'sparkLedger.ledgerTotalsOfFunds',
  sql: `SELECT fund_id, kind, sum(amount)::bigint AS total FROM spark_ledger WHERE fund_id = ANY($1) GROUP BY fund_id, kind`,
  params: ({ fundIds }) => [fundIds],
  // A bigint sum, which pg hands over as text.
  map: (row) => ({ fundId: row['fund_id'] as string, kind: row['kind'] as LedgerEntryKind, total: Number(row['total']) }),
  example: { fundIds: ['00000000-0000-0000-0000-000000000000'] },
});
