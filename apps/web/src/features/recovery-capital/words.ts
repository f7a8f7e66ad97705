import type { TFunction } from 'i18next';
import type { CapitalDimension, RecoveryDomain } from '../../graphql/generated/graphql';

/** The eight domains' and four capitals' words live in the catalogues (the API names them in English only). */
export const domainName = (t: TFunction, domain: RecoveryDomain): string => t(`recoveryCapital.domains.${domain}.name`);
export const domainAbout = (t: TFunction, domain: RecoveryDomain): string => t(`recoveryCapital.domains.${domain}.about`);
export const capitalName = (t: TFunction, dimension: CapitalDimension): string => t(`recoveryCapital.capitals.${dimension}.name`);
export const capitalAbout = (t: TFunction, dimension: CapitalDimension): string => t(`recoveryCapital.capitals.${dimension}.about`);

/** "A, B and C" in the reader's language. */
export function listOf(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** Ratings to one decimal, as the reader writes numbers ("6.5", "6,5"). */
export function scoreFormat(language: string): (value: number) => string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}
