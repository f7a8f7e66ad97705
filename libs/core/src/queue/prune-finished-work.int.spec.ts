import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { Worker, type Job, type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { infrastructureModules, integrationEnvironment, type IntegrationEnvironment } from '../testing';
import { FINISHED_WORK_RETENTION } from './job-catalogue';
import { JobQueue } from './job-queue.service';
import { JobSchedules } from './job-schedules';
import { PruneFinishedWorkHandler } from './prune-finished-work.handler';
import { QueueName } from './queue-name';

const HOUR_MS = 3600 * 1000;

/**
 * Finished work does not pile up into a record of who did what: completed outbox messages and
 * finished jobs leave after their retention. No BullMQ worker processes here: the test takes
 * jobs by hand, so it can say when each one finished.
 */
describe('pruning finished work (real PostgreSQL, Redis and BullMQ)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let queue: Queue;
  let pruner: PruneFinishedWorkHandler;
  let hands: Worker;

  beforeAll(async () => {
    env = await integrationEnvironment('prune-finished');
    moduleRef = await Test.createTestingModule({ imports: infrastructureModules(env), providers: [PruneFinishedWorkHandler, JobSchedules] }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    queue = moduleRef.get(JobQueue).queue(QueueName.Default);
    pruner = moduleRef.get(PruneFinishedWorkHandler);
    hands = new Worker(QueueName.Default, null, { connection: queue.opts.connection, prefix: queue.opts.prefix, autorun: false });
  });

  afterAll(async () => {
    await hands.close();
    await queue.obliterate({ force: true });
    await moduleRef.close();
    await env.cleanup();
  });

  it('deletes outbox messages whose job completed more than a day ago, and keeps recent and unfinished ones', async () => {
    const insert = (completedAgo: string | null, dispatchedAgo: string | null, createdAgo: string): Promise<{ id: string }[]> =>
      dataSource.query(
        `INSERT INTO outbox_messages (job_name, payload, created_at, dispatched_at, completed_at)
         VALUES ('identity.erase-account', jsonb_build_object('userId', $1::text), now() - $2::interval, now() - $3::interval, now() - $4::interval) RETURNING id`,
        [randomUUID(), createdAgo, dispatchedAgo, completedAgo],
      );
    const [old] = await insert('25 hours', '25 hours', '25 hours');
    const [recent] = await insert('1 hour', '1 hour', '1 hour');
    // Handed to Redis long ago but never completed (Redis may have lost it): still work to do.
    const [unfinished] = await insert(null, '3 days', '3 days');
    // Never dispatched (Redis was down): still work to do, however old.
    const [waiting] = await insert(null, null, '3 days');

    expect((await pruner.prune()).outboxMessages).toBe(1);
    const kept = [recent!.id, unfinished!.id, waiting!.id];
    const left = ((await dataSource.query(`SELECT id FROM outbox_messages WHERE id = ANY($1)`, [[old!.id, ...kept]])) as { id: string }[]).map((row) => row.id);
    expect(left.sort()).toEqual(kept.sort());
  });

  it('gives every job a retention, scheduled sweeps included', async () => {
    const job = await moduleRef.get(JobQueue).enqueue({ name: 'operations.system-check', data: { systemCheckId: randomUUID() } });
    const retention = {
      removeOnComplete: { age: FINISHED_WORK_RETENTION.completedJobs, count: 5000 },
      removeOnFail: { age: FINISHED_WORK_RETENTION.failedJobs },
    };
    expect(job.opts).toMatchObject(retention);
    await moduleRef.get(JobSchedules).check();
    expect((await queue.getJobScheduler('queue.prune-finished'))?.template?.opts).toMatchObject(retention);
    await job.remove();
  });

  it('deletes completed jobs after a day and failed ones after a week, whatever options they were enqueued with', async () => {
    // No sweep may take a job meant for these hands: the schedules stop being kept, and go.
    moduleRef.get(JobSchedules).onApplicationShutdown();
    for (const scheduler of await queue.getJobSchedulers(0, -1)) await queue.removeJobScheduler(scheduler.key);
    await queue.drain(true);
    const token = randomUUID();
    const finishAt = async (agoMs: number, outcome: 'completed' | 'failed'): Promise<Job> => {
      // As jobs were enqueued before they carried a retention: kept for ever.
      const added = await queue.add('operations.system-check', { systemCheckId: randomUUID() }, { attempts: 1, removeOnComplete: false, removeOnFail: false });
      const job = await hands.getNextJob(token);
      expect(job?.id).toBe(added.id);
      const now = Date.now();
      const clock = jest.spyOn(Date, 'now').mockReturnValue(now - agoMs);
      try {
        if (outcome === 'completed') await job!.moveToCompleted('done', token, false);
        else await job!.moveToFailed(new Error('a failure kept for inspection'), token, false);
      } finally {
        clock.mockRestore();
      }
      return job!;
    };
    const oldCompleted = await finishAt(25 * HOUR_MS, 'completed');
    const recentCompleted = await finishAt(HOUR_MS, 'completed');
    const oldFailed = await finishAt(8 * 24 * HOUR_MS, 'failed');
    const recentFailed = await finishAt(2 * 24 * HOUR_MS, 'failed');

    expect(await pruner.prune()).toMatchObject({ completedJobs: 1, failedJobs: 1 });
    const left = async (job: Job) => (await queue.getJob(job.id!))?.id ?? null;
    expect(await left(oldCompleted)).toBeNull();
    expect(await left(oldFailed)).toBeNull();
    expect(await left(recentCompleted)).toBe(recentCompleted.id);
    expect(await left(recentFailed)).toBe(recentFailed.id);
  });
});
