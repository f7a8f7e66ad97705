import { balanceFrom } from './balance';

describe('fund balance from the ledger', () => {
  it('moves money from available to reserved to disbursed, and back on release', () => {
    const balance = balanceFrom({ BUDGET_ADDED: 10_000, RESERVED: 6_000, RELEASED: 1_000, DISBURSED: 2_000 });
    expect(balance).toEqual({ budget: 10_000, reserved: 3_000, disbursed: 2_000, available: 5_000 });
    expect(balance.available + balance.reserved + balance.disbursed).toBe(balance.budget);
  });

  it('is all zero for an empty ledger', () => {
    expect(balanceFrom({})).toEqual({ budget: 0, reserved: 0, disbursed: 0, available: 0 });
  });
});
