/** The browser's own time zone, the sensible default for schedules. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, with the person's own first. */
export function timeZoneOptions(): { id: string; label: string }[] {
  const own = browserTimeZone();
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [own, 'UTC'];
  const zones = [own, ...all.filter((zone) => zone !== own)];
  return zones.map((zone) => ({ id: zone, label: zone.replace(/_/g, ' ') }));
}
