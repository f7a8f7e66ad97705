import { useTranslation } from 'react-i18next';

/** Dates in the reader's language, the same way on every moderation screen. */
export function useFormatDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  return (iso) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Report reasons, also the categories a moderator can filter the queue by. */
export const REPORT_REASONS = ['HARASSMENT', 'STIGMATIZING_LANGUAGE', 'SAFETY_CONCERN', 'DRUG_SELLING', 'SPAM', 'OTHER'] as const;
