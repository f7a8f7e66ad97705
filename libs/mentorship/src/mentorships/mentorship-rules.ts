/** At most this many requests a member may have waiting at once. */
export const MAX_OPEN_REQUESTS = 3;
export const REQUEST_LIFETIME_DAYS = 7;
/** A mentor who declined a member is not asked again by them for this long. */
export const DECLINE_QUIET_DAYS = 90;

/**
 * SQL over `mentorships` (unaliased): the mentorships that hold one of the mentor's places.
 * A paused mentorship keeps its place, so that resuming it never overfills a mentor.
 */
export const HOLDS_A_PLACE = `status IN ('ACTIVE', 'PAUSED')`;

/**
 * SQL over `mentorships` (unaliased), with the quiet period as parameter `$days`: the pairs
 * that keep a mentor out of a member's reach, because the member already asked them or works
 * with them, or the mentor declined them lately.
 */
export const keepsApart = (days: string): string =>
  `(status IN ('REQUESTED', 'ACTIVE', 'PAUSED') OR (status = 'DECLINED' AND responded_at > now() - make_interval(days => ${days})))`;
