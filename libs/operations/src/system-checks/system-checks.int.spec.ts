import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Outbox, OutboxMessage, QueueName } from '@kindred/core';
import { infrastructureModules, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { OperationsWorkerModule } from '../operations-worker.module';
import { OperationsModule } from '../operations.module';
import { SystemCheckJobHandler } from './system-check.job-handler';
import { SystemCheckStatus } from './system-check.entity';
import { SystemChecksService } from './system-checks.service';

describe('system checks (real PostgreSQL, Redis and BullMQ)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let service: SystemChecksService;
  let handler: SystemCheckJobHandler;
  let queue: Queue;
  let dataSource: DataSource;

  beforeAll(async () => {
    env = await integrationEnvironment('system-checks');
    // No BullMQ worker runs here: the test plays the worker by calling the handler, so each
    // step of the path can be observed.
    moduleRef = await Test.createTestingModule({
      imports: [...infrastructureModules(env), OperationsModule, OperationsWorkerModule],
    }).compile();
    await moduleRef.init();
    service = moduleRef.get(SystemChecksService);
    handler = moduleRef.get(SystemCheckJobHandler);
    queue = moduleRef.get<Queue>(getQueueToken(QueueName.Default));
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await moduleRef.close();
    await env.cleanup();
  });

  it('records the check and its job together, then puts the job in Redis', async () => {
    const check = await service.request();
    expect(check.status).toBe(SystemCheckStatus.PENDING);

    const [message] = await dataSource.getRepository(OutboxMessage).findBy({ jobName: 'operations.system-check' });
    expect(message?.payload).toEqual({ systemCheckId: check.id });
    expect(message?.dispatchedAt).toBeInstanceOf(Date);

    const job = await queue.getJob(`operations.system-check-${check.id}`);
    expect(job?.name).toBe('operations.system-check');
    expect(job?.data).toEqual({ systemCheckId: check.id });
    expect(job?.opts.attempts).toBeGreaterThan(1);
  });

  it('completes the check in the worker and tells a watcher', async () => {
    const check = await service.request();
    const watcher = await service.watchCompletion(check.id);
    const next = watcher.next();

    await handler.complete({ systemCheckId: check.id });

    const { value } = await next;
    expect(value).toMatchObject({ id: check.id, status: SystemCheckStatus.COMPLETED });
    expect((await watcher.next()).done).toBe(true);
    const stored = await service.get(check.id);
    expect(stored.completedAt).toBeInstanceOf(Date);
  });

  it('tells a watcher at once when the check completed before it started watching', async () => {
    const check = await service.request();
    await handler.complete({ systemCheckId: check.id });
    const watcher = await service.watchCompletion(check.id);
    expect((await watcher.next()).value).toMatchObject({ status: SystemCheckStatus.COMPLETED });
  });

  it('has the effect of one when the job is delivered twice', async () => {
    const check = await service.request();
    await handler.complete({ systemCheckId: check.id });
    const first = await service.get(check.id);
    await handler.complete({ systemCheckId: check.id });
    const second = await service.get(check.id);
    expect(second.completedAt).toEqual(first.completedAt);
  });

  it('relays an outbox message whose dispatch did not happen (Redis was down at commit)', async () => {
    const check = await service.request();
    await queue.remove(`operations.system-check-${check.id}`);
    await dataSource.query(`UPDATE outbox_messages SET dispatched_at = NULL, created_at = now() - interval '1 minute' WHERE payload->>'systemCheckId' = $1`, [
      check.id,
    ]);

    const outbox = moduleRef.get(Outbox);
    expect(await outbox.relayUnfinished(5000, 60_000)).toBe(1);
    expect(await queue.getJob(`operations.system-check-${check.id}`)).toBeDefined();
    expect(await outbox.relayUnfinished(5000, 60_000)).toBe(0);
  });

  it('lists checks newest first, a page at a time', async () => {
    const first = await service.list({ first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await service.list({ first: 100, after: first.pageInfo.endCursor });
    const all = [...first.edges, ...second.edges].map((edge) => edge.node);
    expect(all).toHaveLength(5);
    const times = all.map((check) => check.requestedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(all.map((check) => check.id)).size).toBe(5);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
