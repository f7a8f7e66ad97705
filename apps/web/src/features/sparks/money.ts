/** How many digits a currency's minor unit has (2 for EUR, 0 for JPY), as the platform knows it. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units (cents) shown in the currency, the way the person's language writes money: "€12.50", "12,50 €". */
export function formatMoney(minor: number, currency: string, language: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    minor / 10 ** digits,
  );
}

/**
 * What a person typed as an amount ("12", "12.5", "12,50", "1 200") in minor units; null when it is
 * not an amount of this currency (letters, more decimals than it has, nothing at all).
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const pattern = digits > 0 ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(cleaned)) return null;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** An amount in minor units as a person would type it back into a field ("12.50"). */
export function moneyInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return digits > 0 ? (minor / 10 ** digits).toFixed(digits) : String(minor);
}
