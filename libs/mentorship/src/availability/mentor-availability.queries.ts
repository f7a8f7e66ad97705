import { defineQuery } from '@kindred/core';

/** A mentor's break: until a date, or over (null). */
export const setBreak = defineQuery<{ mentorId: string; unavailableUntil: Date | null }>({
  name: 'mentorAvailability.setBreak',
  sql: `INSERT INTO mentor_availability (mentor_id, unavailable_until, updated_at) VALUES ($1, $2, now())
        ON CONFLICT (mentor_id) DO UPDATE SET unavailable_until = EXCLUDED.unavailable_until, updated_at = now()`,
  params: ({ mentorId, unavailableUntil }) => [mentorId, unavailableUntil],
  example: { mentorId: '00000000-0000-0000-0000-000000000000', unavailableUntil: new Date(0) },
});
