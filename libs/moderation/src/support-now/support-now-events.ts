/** The live topic of one call for support: its person and its responders listen, each re-checked on every event. */
export function supportRequestTopic(requestId: string): string {
  return `support-now.request.${requestId}`;
}

/** Published after a change to a call is committed; the id only, subscribers reload. */
export type SupportRequestChangedEvent = { requestId: string };
