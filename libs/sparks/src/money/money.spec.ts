import { daysBetween, todayUtc } from './calendar-date';
import { checkAmount, decimalMoney, formatMoney, MAX_MINOR_UNITS, minorUnitsPerMajor } from './money';

describe('money', () => {
  it('reads minor units in the currency’s own precision', () => {
    expect(minorUnitsPerMajor('EUR')).toBe(100);
    expect(minorUnitsPerMajor('JPY')).toBe(1);
    expect(formatMoney(4000, 'EUR')).toBe('€40.00');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    expect(decimalMoney(1250, 'GBP')).toBe('12.50');
    expect(decimalMoney(1250, 'JPY')).toBe('1250');
  });

  it('accepts only whole, positive amounts within the limit', () => {
    expect(checkAmount(1, 'amount')).toBe(1);
    expect(checkAmount(MAX_MINOR_UNITS, 'amount')).toBe(MAX_MINOR_UNITS);
    for (const wrong of [0, -5, 1.5, MAX_MINOR_UNITS + 1, Number.NaN]) {
      expect(() => checkAmount(wrong, 'amount')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'amount' }) }),
      );
    }
  });
});

describe('calendar dates', () => {
  it('counts days between instants with one decimal, and knows today in UTC', () => {
    expect(daysBetween(new Date('2025-01-01T00:00:00Z'), new Date('2025-01-03T12:00:00Z'))).toBe(2.5);
    expect(todayUtc(new Date('2025-06-30T23:30:00-02:00'))).toBe('2025-07-01');
  });
});
