import { randomBytes, randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CryptoModule, PersonalDataModule, PlatformRole, type Viewer } from '@kindred/core';
import { infrastructureModules, type IntegrationEnvironment } from '@kindred/core/testing';
import { RecoveryWorkerModule } from '../recovery-worker.module';
import { RecoveryModule } from '../recovery.module';

/** Recovery's API and worker sides on a real database and Redis, with real field encryption. */
export async function recoveryTestingModule(env: IntegrationEnvironment): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [...infrastructureModules(env), CryptoModule, PersonalDataModule, RecoveryModule, RecoveryWorkerModule],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

/**
 * A person as the access guard would hand them to a service. Their account row is inserted
 * directly: recovery's tests need a person to point at, not identity's sign-up flow.
 */
export async function newMember(dataSource: DataSource): Promise<Viewer> {
  const [row] = (await dataSource.query(`INSERT INTO users (display_name) VALUES ($1) RETURNING id`, [`Member ${randomBytes(3).toString('hex')}`])) as {
    id: string;
  }[];
  if (!row) throw new Error('test member not created');
  return { userId: row.id, sessionId: randomUUID(), roles: [PlatformRole.MEMBER] };
}
