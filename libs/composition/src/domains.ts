import type { Type } from '@nestjs/common';
import { AlliancesModule, AlliancesWorkerModule } from '@kindred/alliances';
import { CheckinsModule, CheckinsWorkerModule } from '@kindred/checkins';
import { CirclesModule, CirclesWorkerModule } from '@kindred/circles';
import { ConsentModule, ConsentWorkerModule } from '@kindred/consent';
import { DiaryModule, DiaryWorkerModule } from '@kindred/diary';
import { IdentityModule, IdentityWorkerModule } from '@kindred/identity';
import { MentorshipModule, MentorshipWorkerModule } from '@kindred/mentorship';
import { MessagingModule, MessagingWorkerModule } from '@kindred/messaging';
import { MilestonesModule, MilestonesWorkerModule } from '@kindred/milestones';
import { ModerationModule, ModerationWorkerModule } from '@kindred/moderation';
import { NotificationsModule, NotificationsWorkerModule } from '@kindred/notifications';
import { OperationsModule, OperationsWorkerModule } from '@kindred/operations';
import { PlansModule, PlansWorkerModule } from '@kindred/plans';
import { RecoveryModule, RecoveryWorkerModule } from '@kindred/recovery';
import { SparksModule, SparksWorkerModule } from '@kindred/sparks';
import { StoriesModule, StoriesWorkerModule } from '@kindred/stories';

export interface Domain {
  /** Its folder under libs/ and its `@kindred/<name>` alias. */
  name: string;
  /** Resolvers, services and policies: what the API process composes. */
  api: Type;
  /** Job handlers, export and erasure, encrypted columns: what the worker process composes. */
  worker: Type;
}

/**
 * The one list of domains the processes are made of: the API, the worker, the key-rotation
 * command and the test worker all read it, and tests/lint/domains.spec.ts fails when a
 * domain library exists that is missing here. Order does not matter: personal data and
 * erasure are ordered by domain name in core.
 */
export const DOMAINS: readonly Domain[] = [
  { name: 'identity', api: IdentityModule, worker: IdentityWorkerModule },
  { name: 'operations', api: OperationsModule, worker: OperationsWorkerModule },
  { name: 'recovery', api: RecoveryModule, worker: RecoveryWorkerModule },
  { name: 'alliances', api: AlliancesModule, worker: AlliancesWorkerModule },
  { name: 'messaging', api: MessagingModule, worker: MessagingWorkerModule },
  { name: 'notifications', api: NotificationsModule, worker: NotificationsWorkerModule },
  { name: 'moderation', api: ModerationModule, worker: ModerationWorkerModule },
  { name: 'stories', api: StoriesModule, worker: StoriesWorkerModule },
  { name: 'consent', api: ConsentModule, worker: ConsentWorkerModule },
  { name: 'circles', api: CirclesModule, worker: CirclesWorkerModule },
  { name: 'mentorship', api: MentorshipModule, worker: MentorshipWorkerModule },
  { name: 'sparks', api: SparksModule, worker: SparksWorkerModule },
  { name: 'checkins', api: CheckinsModule, worker: CheckinsWorkerModule },
  { name: 'milestones', api: MilestonesModule, worker: MilestonesWorkerModule },
  { name: 'plans', api: PlansModule, worker: PlansWorkerModule },
  { name: 'diary', api: DiaryModule, worker: DiaryWorkerModule },
];

export const API_DOMAIN_MODULES: Type[] = DOMAINS.map((domain) => domain.api);
export const WORKER_DOMAIN_MODULES: Type[] = DOMAINS.map((domain) => domain.worker);
