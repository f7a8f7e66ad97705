/** The codes clients branch on, in `extensions.code`. Domains may add their own codes. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  /** The person would be deciding their own case; someone else decides it (see auth/own-case). */
  OwnCase = 'OWN_CASE',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** Something that holds resources while open (a live subscription) is at its cap; ending one makes room. */
  LimitReached = 'LIMIT_REACHED',
  Internal = 'INTERNAL_SERVER_ERROR',
}
