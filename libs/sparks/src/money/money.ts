import { BadUserInputError, type UserMessage } from '@kindred/core';
import { SparkMessages } from '../sparks.messages';

/**
 * The most a single amount or a fund's whole budget may be, in minor units: it keeps every
 * sum within a GraphQL Int, and is far beyond any small spark.
 */
export const MAX_MINOR_UNITS = 2_000_000_000;

/** How many minor units make one major unit of a currency (100 for EUR, 1 for JPY). */
export function minorUnitsPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

/** An amount as a person reads it, e.g. €40.00 or ¥500. */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / minorUnitsPerMajor(currency));
}

/** An amount as a plain decimal for a spreadsheet, e.g. 40.00 (no symbol, no grouping). */
export function decimalMoney(amount: number, currency: string): string {
  const per = minorUnitsPerMajor(currency);
  const digits = Math.round(Math.log10(per));
  return (amount / per).toFixed(digits);
}

/** A whole, positive number of minor units within the limit, or a clear error naming the field. */
export function checkAmount(amount: number, field: string, label: UserMessage = SparkMessages.SPARK_LABEL_AMOUNT()): number {
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_MINOR_UNITS) {
    throw new BadUserInputError(SparkMessages.AMOUNT_IN_MINOR_UNITS({ label }), { field });
  }
  return amount;
}
