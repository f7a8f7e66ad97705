import { Test, type TestingModule } from '@nestjs/testing';
import { WORKER_DOMAIN_MODULES } from '@kindred/composition';
import { PersonalDataModule, QueueWorkerModule } from '@kindred/core';
import { infrastructureModules, type IntegrationEnvironment } from '@kindred/core/testing';
import { MailTransport } from '@kindred/identity';

/**
 * The worker's processors on the test API's database and Redis prefix, consuming the jobs
 * the API enqueues for real: what the API hands to the worker is tested end to end.
 */
export async function startTestWorker(env: IntegrationEnvironment, mail?: MailTransport): Promise<TestingModule> {
  const builder = Test.createTestingModule({
    imports: [...infrastructureModules(env), PersonalDataModule, QueueWorkerModule, ...WORKER_DOMAIN_MODULES],
  });
  // Email is the one boundary not run for real: a test may catch what would be sent.
  const worker = await (mail ? builder.overrideProvider(MailTransport).useValue(mail) : builder).compile();
  await worker.init();
  return worker;
}
