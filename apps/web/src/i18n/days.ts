import { useTranslation } from 'react-i18next';

/** Today on this device's calendar, YYYY-MM-DD: the day a person means by "today". */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Writes a calendar day (YYYY-MM-DD, as the API gives days) in the page's language. The day
 * is read at noon UTC and written in UTC, so no time zone can move it to the day before.
 */
export function useDayFormat(style: 'full' | 'long' | 'medium' = 'long'): (day: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: style, timeZone: 'UTC' });
  return (day: string) => format.format(new Date(`${day}T12:00:00Z`));
}
