import { QueueName } from './queue-name';

/**
 * Every job Kindred runs, with its payload. Payloads carry ids, never content: Redis stores
 * job data in clear text.
 */
export interface JobPayloads {
  /** Sweeps outbox messages that were not dispatched right after their transaction. */
  'outbox.relay': Record<string, never>;
  /** Deletes dispatched outbox messages and finished jobs past their retention (repeatable). */
  'queue.prune-finished': Record<string, never>;
  /** Completes an end-to-end system check requested through the API. */
  'operations.system-check': { systemCheckId: string };
  /** Sends one queued email (verification, password reset, notices). */
  'identity.send-email': { outgoingEmailId: string };
  /** Builds a person's data export from every domain's contributor. */
  'identity.build-export': { dataExportId: string };
  /** Clears data exports past their expiry (repeatable). */
  'identity.expire-exports': Record<string, never>;
  /** Erases a person's data in every domain, after they asked to delete their account. */
  'identity.erase-account': { userId: string };
  /** Sends one email digest to each person with unread notifications they chose to get by email (repeatable). */
  'notifications.send-digests': Record<string, never>;
  /** Sends one notification to the person's subscribed devices by Web Push (outside their quiet hours unless they allowed it). */
  'notifications.send-push': { notificationId: string };
  /** A message was sent: the worker works out who to tell (not the author, not muted, not blocked). */
  'messaging.message-sent': { messageId: string };
  /** New or changed text (a message, a story, a profile introduction) to scan for moderation. */
  'moderation.scan-content': { kind: 'MESSAGE' | 'STORY' | 'PROFILE'; contentId: string };
  /** Tells every moderator of the alliances concerned about reports left unhandled for 48 hours (repeatable). */
  'moderation.escalate-stale-reports': Record<string, never>;
  /** Emails an invitation into a support circle, minting its single-use token as it sends. */
  'circles.send-invitation': { invitationId: string };
  /** Ends mentorship requests left unanswered for 7 days (repeatable). */
  'mentorship.expire-requests': Record<string, never>;
  /** Recomputes one member's mentor suggestions (debounced): their needs, preferences or alliances changed. */
  'mentorship.refresh-member-suggestions': { memberId: string };
  /** Recomputes the suggestions of every member of an alliance (debounced): a mentor's profile, vetting, break or load changed. */
  'mentorship.refresh-alliance-suggestions': { allianceId: string };
  /** A step in a small-spark application's timeline: the worker tells the applicant and the alliance's coordinators. */
  'sparks.application-step': { eventId: string };
  /** A member checked in (or their recovery capital changed): apply the early-help rule to them. */
  'checkins.evaluate-early-help': { memberId: string };
  /** Sends the check-in reminders now due, each in its member's time zone and out of their quiet hours (repeatable). */
  'checkins.send-due-reminders': Record<string, never>;
  /** Offers a re-assessment of recovery capital to members whose last one is older than they chose (repeatable). */
  'checkins.offer-reassessments': Record<string, never>;
  /** Celebrates the recovery milestones members reached today, in their own time zone (repeatable). */
  'milestones.celebrate': Record<string, never>;
  /** A call for support nobody answered in time: reach the alliance's on-call peers, and show the person the crisis lines again. */
  'moderation.escalate-support-request': { supportRequestId: string };
}

export type JobName = keyof JobPayloads;

/** A job ready to enqueue: its name and its typed payload. */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>;

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /**
   * The BullMQ job id for a payload, when two requests for the same work must collapse
   * into one job. Undefined means every enqueue is a new job.
   */
  deduplicationId?: (data: JobPayloads[N]) => string;
  /**
   * Debounced work: the job runs `delayMs` after the last enqueue with the same id, once,
   * with the newest payload (BullMQ deduplication in debounce mode).
   */
  debounce?: { id: (data: JobPayloads[N]) => string; delayMs: number };
  /** Work for later: the job runs `delayMs` after it is enqueued (a timeout, such as an unanswered call for support). */
  delayMs?: number;
  /**
   * What changed, for readers caching what this job recomputes: its change stamp (see
   * ChangeStamps) is raised the moment the job is enqueued, so they need not wait out a debounce.
   */
  announces?: (data: JobPayloads[N]) => string;
  /**
   * A repeatable sweep, run every `everyMs` by a BullMQ job scheduler that the worker keeps
   * registered (JobSchedules). Never staged in the outbox: it reads Postgres for its work.
   */
  everyMs?: number;
}

/** How long a call for support waits for an answer from the people chosen before it escalates. */
export const SUPPORT_NOW_ESCALATION_MS = 5 * 60 * 1000;

/** Where each job runs and how it is deduplicated: decided here and nowhere else. */
export const JOB_CATALOGUE = {
  'outbox.relay': { queue: QueueName.Default, everyMs: 5000 },
  'queue.prune-finished': { queue: QueueName.Default, everyMs: 60 * 60 * 1000 },
  'operations.system-check': {
    queue: QueueName.Default,
    deduplicationId: (data) => `operations.system-check-${data.systemCheckId}`,
  },
  'identity.send-email': {
    queue: QueueName.Default,
    deduplicationId: (data) => `identity.send-email-${data.outgoingEmailId}`,
  },
  'identity.build-export': {
    queue: QueueName.Default,
    deduplicationId: (data) => `identity.build-export-${data.dataExportId}`,
  },
  'identity.expire-exports': { queue: QueueName.Default, everyMs: 15 * 60 * 1000 },
  'identity.erase-account': {
    queue: QueueName.Default,
    deduplicationId: (data) => `identity.erase-account-${data.userId}`,
  },
  'notifications.send-digests': { queue: QueueName.Default, everyMs: 15 * 60 * 1000 },
  'notifications.send-push': {
    queue: QueueName.Default,
    deduplicationId: (data) => `notifications.send-push-${data.notificationId}`,
  },
  'messaging.message-sent': {
    queue: QueueName.Default,
    deduplicationId: (data) => `messaging.message-sent-${data.messageId}`,
  },
  // Not deduplicated: an edit must be scanned again, and scanning twice has the effect of once.
  'moderation.scan-content': { queue: QueueName.Default },
  'moderation.escalate-stale-reports': { queue: QueueName.Default, everyMs: 15 * 60 * 1000 },
  'circles.send-invitation': {
    queue: QueueName.Default,
    deduplicationId: (data) => `circles.send-invitation-${data.invitationId}`,
  },
  'mentorship.expire-requests': { queue: QueueName.Default, everyMs: 15 * 60 * 1000 },
  'mentorship.refresh-member-suggestions': {
    queue: QueueName.Default,
    debounce: { id: (data) => `mentorship.refresh-member-${data.memberId}`, delayMs: 2000 },
  },
  'mentorship.refresh-alliance-suggestions': {
    queue: QueueName.Default,
    debounce: { id: (data) => `mentorship.refresh-alliance-${data.allianceId}`, delayMs: 10_000 },
    announces: (data) => `mentor-pool-${data.allianceId}`,
  },
  'sparks.application-step': {
    queue: QueueName.Default,
    deduplicationId: (data) => `sparks.application-step-${data.eventId}`,
  },
  // Not deduplicated: each check-in is evaluated, and evaluating twice has the effect of once.
  'checkins.evaluate-early-help': { queue: QueueName.Default },
  // Reminders go out within a minute of their local time.
  'checkins.send-due-reminders': { queue: QueueName.Default, everyMs: 60 * 1000 },
  'checkins.offer-reassessments': { queue: QueueName.Default, everyMs: 60 * 60 * 1000 },
  // Hourly, so each member's new day is noticed soon after their own midnight.
  'milestones.celebrate': { queue: QueueName.Default, everyMs: 60 * 60 * 1000 },
  // Five minutes without an answer from anyone chosen: long enough to pick up a phone, short for someone waiting.
  'moderation.escalate-support-request': {
    queue: QueueName.Default,
    deduplicationId: (data) => `moderation.escalate-support-request-${data.supportRequestId}`,
    delayMs: SUPPORT_NOW_ESCALATION_MS,
  },
} satisfies { [N in JobName]: JobDefinition<N> };

export const JOB_NAMES = Object.keys(JOB_CATALOGUE) as JobName[];

/** One job's definition, with its payload type (the catalogue's own type keeps each entry's exact shape). */
export const definitionOf = <N extends JobName>(name: N): JobDefinition<N> => JOB_CATALOGUE[name] as JobDefinition<N>;

/** The repeatable sweeps, each with its period. */
export const REPEATABLE_JOBS: readonly { name: JobName; everyMs: number }[] = JOB_NAMES.flatMap((name) => {
  const everyMs = definitionOf(name).everyMs;
  return everyMs ? [{ name, everyMs }] : [];
});

/** Jobs whose catalogue entry announces a change (see ChangeStamps). */
export type AnnouncedJobName = { [N in JobName]: (typeof JOB_CATALOGUE)[N] extends { announces: unknown } ? N : never }[JobName];

/**
 * How long finished work is kept, in seconds: long enough to look into a problem, short enough
 * that it does not become a record of who did what (even ids-only payloads link a person to
 * their activity).
 */
export const FINISHED_WORK_RETENTION = {
  completedJobs: 24 * 3600,
  /** Failed jobs are kept longer, for inspection. */
  failedJobs: 7 * 24 * 3600,
  /** Outbox messages whose job has completed; unfinished ones are work still to do, however old. */
  completedOutboxMessages: 24 * 3600,
} as const;

/**
 * Every job, scheduled sweeps included, leaves Redis once past its retention; BullMQ applies it
 * as later jobs finish, and the prune sweep catches the rest.
 */
export const FINISHED_JOB_OPTIONS = {
  removeOnComplete: { age: FINISHED_WORK_RETENTION.completedJobs, count: 5000 },
  removeOnFail: { age: FINISHED_WORK_RETENTION.failedJobs },
} as const;

/** Retries with exponential backoff; failed jobs are kept a week for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1000 },
  ...FINISHED_JOB_OPTIONS,
} as const;
