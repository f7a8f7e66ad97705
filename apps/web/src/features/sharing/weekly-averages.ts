export interface WeekAverage {
  /** The Monday the week starts on, as YYYY-MM-DD in the reader's calendar. */
  start: string;
  mood: number;
  cravings: number;
  count: number;
}

function mondayOf(iso: string): string {
  const day = new Date(iso);
  const sinceMonday = (day.getDay() + 6) % 7;
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - sinceMonday);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}

/** Check-ins averaged week by week, oldest week first: a trend reads better than single days. */
export function weeklyAverages(checkins: readonly { checkedInAt: string; mood: number; cravings: number }[]): WeekAverage[] {
  const weeks = new Map<string, { mood: number; cravings: number; count: number }>();
  for (const checkin of checkins) {
    const start = mondayOf(checkin.checkedInAt);
    const week = weeks.get(start) ?? { mood: 0, cravings: 0, count: 0 };
    weeks.set(start, { mood: week.mood + checkin.mood, cravings: week.cravings + checkin.cravings, count: week.count + 1 });
  }
  return [...weeks]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, week]) => ({ start, mood: week.mood / week.count, cravings: week.cravings / week.count, count: week.count }));
}
