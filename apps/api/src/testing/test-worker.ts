import { Test, type TestingModule } from '@nestjs/testing';
import { AlliancesWorkerModule } from '@kindred/alliances';
import { CirclesWorkerModule } from '@kindred/circles';
import { ConsentWorkerModule } from '@kindred/consent';
import { PersonalDataModule, QueueWorkerModule } from '@kindred/core';
import { DiaryWorkerModule } from '@kindred/diary';
import { infrastructureModules, type IntegrationEnvironment } from '@kindred/core/testing';
import { MentorshipWorkerModule } from '@kindred/mentorship';
import { IdentityWorkerModule, MailTransport } from '@kindred/identity';
import { MessagingWorkerModule } from '@kindred/messaging';
import { ModerationWorkerModule } from '@kindred/moderation';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { OperationsWorkerModule } from '@kindred/operations';
import { PlansWorkerModule } from '@kindred/plans';
import { RecoveryWorkerModule } from '@kindred/recovery';
import { SparksWorkerModule } from '@kindred/sparks';
import { CheckinsWorkerModule } from '@kindred/checkins';
import { MilestonesWorkerModule } from '@kindred/milestones';
import { StoriesWorkerModule } from '@kindred/stories';

/**
 * The worker's processors on the test API's database and Redis prefix, consuming the jobs
 * the API enqueues for real: what the API hands to the worker is tested end to end.
 */
export async function startTestWorker(env: IntegrationEnvironment, mail?: MailTransport): Promise<TestingModule> {
  const builder = Test.createTestingModule({
    imports: [
      ...infrastructureModules(env),
      PersonalDataModule,
      QueueWorkerModule,
      IdentityWorkerModule,
      OperationsWorkerModule,
      RecoveryWorkerModule,
      AlliancesWorkerModule,
      MessagingWorkerModule,
      NotificationsWorkerModule,
      ModerationWorkerModule,
      StoriesWorkerModule,
      ConsentWorkerModule,
      CirclesWorkerModule,
      MentorshipWorkerModule,
      SparksWorkerModule,
      CheckinsWorkerModule,
      MilestonesWorkerModule,
      PlansWorkerModule,
      DiaryWorkerModule,
    ],
  });
  // Email is the one boundary not run for real: a test may catch what would be sent.
  const worker = await (mail ? builder.overrideProvider(MailTransport).useValue(mail) : builder).compile();
  await worker.init();
  return worker;
}
