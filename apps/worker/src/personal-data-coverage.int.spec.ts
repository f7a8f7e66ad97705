import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { findPersonalDataGaps, PersonalDataRegistry, QueueName, type PersonalDataContributor } from '@kindred/core';
import { integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { WorkerModule } from './worker.module';

/**
 * Export and erasure reach a table only if some domain's `@PersonalData()` contributor
 * covers it. This walks the migrated schema with every domain the worker runs, so a new
 * table that refers to a person fails here, by name, until its domain registers a handler.
 */
describe('personal data coverage (every table that refers to a person has an export and erasure handler)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let contributors: readonly PersonalDataContributor[];

  beforeAll(async () => {
    env = await integrationEnvironment('pd-coverage');
    moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(env.config, env.logger)] }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    contributors = moduleRef.get(PersonalDataRegistry).contributors();
  });

  afterAll(async () => {
    await moduleRef.get<Queue>(getQueueToken(QueueName.Default)).obliterate({ force: true });
    await moduleRef.close();
    await env.cleanup();
  });

  it('finds every registered contributor', () => {
    expect(contributors.map((contributor) => contributor.domain)).toContain('identity');
  });

  it('covers every column that refers to a person', async () => {
    expect(await findPersonalDataGaps(dataSource.manager, contributors, 'users')).toEqual([]);
  });

  it('names an uncovered table, whether it refers to a person by foreign key or only by name', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`CREATE TABLE probe_notes (id uuid PRIMARY KEY, author_id uuid REFERENCES users (id), reviewed_by uuid, topic text)`);
      const gaps = await findPersonalDataGaps(runner.manager, contributors, 'users');
      expect(gaps).toEqual([
        expect.stringMatching(/^probe_notes\.author_id refers to a person but no @PersonalData\(\) contributor covers it/),
        expect.stringMatching(/^probe_notes\.reviewed_by refers to a person/),
      ]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('names coverage that points at a table or column that no longer exists', async () => {
    const stale: PersonalDataContributor = {
      domain: 'retired',
      covers: [{ table: 'retired_circle_members', personColumns: ['user_id'] }],
      export: async () => ({}),
      erase: async () => undefined,
    };
    expect(await findPersonalDataGaps(dataSource.manager, [...contributors, stale], 'users')).toEqual([
      'retired covers retired_circle_members.user_id, which does not exist: update its covers',
    ]);
  });
});
