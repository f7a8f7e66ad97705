import { CoreMessages } from '../core.messages';
import { BadUserInputError } from '../graphql/errors';
import type { UserMessage } from '../i18n/user-message';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID: ids from clients are checked before they reach a uuid column. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** ISO 639-1 two-letter language codes, lower-cased and de-duplicated, or a clear error. */
export function checkLanguageCodes(codes: readonly string[], field: string): string[] {
  const normalised = [...new Set(codes.map((code) => code.trim().toLowerCase()))];
  const unknown = normalised.filter((code) => !/^[a-z]{2}$/.test(code) || !languageNames.of(code));
  if (unknown.length > 0) {
    throw new BadUserInputError(CoreMessages.LANGUAGE_CODES_UNKNOWN({ codes: unknown.join(', ') }), { field });
  }
  return normalised;
}

/** An ISO 4217 currency code such as EUR or GBP. */
export function checkCurrencyCode(code: string, field: string): string {
  const upper = code.trim().toUpperCase();
  if (!CURRENCIES.has(upper)) throw new BadUserInputError(CoreMessages.CURRENCY_CODE_UNKNOWN(), { field });
  return upper;
}

/** Trimmed text within a length, or a clear error naming the field; `label` is a catalogued phrase ("a title"). */
export function checkText(value: string, field: string, label: UserMessage, { min = 1, max }: { min?: number; max: number }): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new BadUserInputError(min > 0 ? CoreMessages.TEXT_LENGTH_RANGE({ label, min, max }) : CoreMessages.TEXT_TOO_LONG({ label, max }), { field });
  }
  return trimmed;
}
