import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue } from '../queue/job-queue.service';
import { Outbox } from '../queue/outbox.service';
import { QueueName } from '../queue/queue-name';
import { infrastructureModules, integrationEnvironment, type IntegrationEnvironment } from '../testing';
import { AfterCommit } from './after-commit';

class Rollback extends Error {}

/**
 * The one after-commit mechanism, against real PostgreSQL, Redis and BullMQ: what is staged in
 * a transaction is sent once it commits, never when it rolls back, savepoints included; and a
 * send that fails after the commit leaves the request successful and the relay to finish it.
 */
describe('after commit (real PostgreSQL, Redis and BullMQ)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let afterCommit: AfterCommit;
  let outbox: Outbox;
  let jobs: JobQueue;
  let queue: Queue;

  beforeAll(async () => {
    env = await integrationEnvironment('after-commit');
    moduleRef = await Test.createTestingModule({ imports: infrastructureModules(env) }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    afterCommit = moduleRef.get(AfterCommit);
    outbox = moduleRef.get(Outbox);
    jobs = moduleRef.get(JobQueue);
    queue = jobs.queue(QueueName.Default);
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await moduleRef.close();
    await env.cleanup();
  });

  afterEach(() => jest.restoreAllMocks());

  /** Stages a system check in `manager`'s transaction; returns its id, which names its job. */
  async function stageCheck(manager: EntityManager): Promise<string> {
    const systemCheckId = randomUUID();
    await outbox.stage(manager, { name: 'operations.system-check', data: { systemCheckId } });
    return systemCheckId;
  }

  const jobFor = (systemCheckId: string) => queue.getJob(`operations.system-check-${systemCheckId}`);

  const messageFor = async (systemCheckId: string): Promise<{ dispatched: boolean } | undefined> => {
    const rows: { dispatched: boolean }[] = await dataSource.query(
      `SELECT dispatched_at IS NOT NULL AS dispatched FROM outbox_messages WHERE payload ->> 'systemCheckId' = $1`,
      [systemCheckId],
    );
    return rows[0];
  };

  it('runs a task only once the transaction has committed, in the order registered', async () => {
    const ran: string[] = [];
    const marker = randomUUID();
    await dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO outbox_messages (job_name, payload) VALUES ('operations.system-check', jsonb_build_object('marker', $1::text))`, [
        marker,
      ]);
      await afterCommit.run(manager, async () => {
        // Another connection sees the row: the task runs after COMMIT, not before it.
        const seen: unknown[] = await dataSource.query(`SELECT 1 FROM outbox_messages WHERE payload ->> 'marker' = $1`, [marker]);
        ran.push(`first saw ${seen.length}`);
      });
      await afterCommit.run(manager, async () => void ran.push('second'));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['first saw 1', 'second']);
  });

  it('never runs a task whose transaction rolled back', async () => {
    const ran: string[] = [];
    await expect(
      dataSource.transaction(async (manager) => {
        await afterCommit.run(manager, async () => void ran.push('task'));
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(ran).toEqual([]);
  });

  it('runs a task at once when the manager is in no transaction (its writes are already committed)', async () => {
    const ran: string[] = [];
    await afterCommit.run(dataSource.manager, async () => void ran.push('task'));
    expect(ran).toEqual(['task']);
  });

  it('keeps a released savepoint’s tasks for the outer commit, and drops those of a rolled-back savepoint', async () => {
    const ran: string[] = [];
    await dataSource.transaction(async (manager) => {
      await afterCommit.run(manager, async () => void ran.push('outer'));
      await manager.transaction(async (inner) => {
        await afterCommit.run(inner, async () => void ran.push('released savepoint'));
      });
      // Released is not committed: the outer transaction may still roll back.
      expect(ran).toEqual([]);
      await expect(
        manager.transaction(async (inner) => {
          await afterCommit.run(inner, async () => void ran.push('rolled-back savepoint'));
          throw new Rollback();
        }),
      ).rejects.toBeInstanceOf(Rollback);
      await afterCommit.run(manager, async () => void ran.push('after the savepoints'));
    });
    expect(ran).toEqual(['outer', 'released savepoint', 'after the savepoints']);
  });

  it('drops a released savepoint’s tasks when the outer transaction rolls back', async () => {
    const ran: string[] = [];
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.transaction(async (inner) => {
          await afterCommit.run(inner, async () => void ran.push('released savepoint'));
        });
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(ran).toEqual([]);
  });

  it('keeps transactions on different connections apart', async () => {
    const ran: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const rolledBack = dataSource.transaction(async (manager) => {
      await afterCommit.run(manager, async () => void ran.push('rolled back'));
      await held;
      throw new Rollback();
    });
    await dataSource.transaction(async (manager) => {
      await afterCommit.run(manager, async () => void ran.push('committed'));
    });
    release();
    await expect(rolledBack).rejects.toBeInstanceOf(Rollback);
    expect(ran).toEqual(['committed']);
  });

  it('a failing task does not fail the committed transaction, nor stop the tasks after it', async () => {
    const ran: string[] = [];
    const result = await dataSource.transaction(async (manager) => {
      await afterCommit.run(manager, () => Promise.reject(new Error('redis went away')));
      await afterCommit.run(manager, async () => void ran.push('next'));
      return 'committed';
    });
    expect(result).toBe('committed');
    expect(ran).toEqual(['next']);
  });

  it('sends a staged job once its transaction commits, not before', async () => {
    let during: unknown;
    const systemCheckId = await dataSource.transaction(async (manager) => {
      const id = await stageCheck(manager);
      during = await jobFor(id);
      return id;
    });
    expect(during).toBeUndefined();
    expect((await jobFor(systemCheckId))?.data).toEqual({ systemCheckId });
    expect(await messageFor(systemCheckId)).toEqual({ dispatched: true });
  });

  it('sends nothing, and keeps no message, when the transaction rolls back', async () => {
    let systemCheckId = '';
    await expect(
      dataSource.transaction(async (manager) => {
        systemCheckId = await stageCheck(manager);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await jobFor(systemCheckId)).toBeUndefined();
    expect(await messageFor(systemCheckId)).toBeUndefined();
  });

  it('sends nothing staged in a rolled-back savepoint, and what the outer transaction staged once it commits', async () => {
    let dropped = '';
    const kept = await dataSource.transaction(async (manager) => {
      await expect(
        manager.transaction(async (inner) => {
          dropped = await stageCheck(inner);
          throw new Rollback();
        }),
      ).rejects.toBeInstanceOf(Rollback);
      return stageCheck(manager);
    });
    expect(await jobFor(dropped)).toBeUndefined();
    expect(await jobFor(kept)).toBeDefined();
  });

  it('a burst of committing transactions, more than the pool holds, all send their jobs (no task waits for a connection while holding one)', async () => {
    const ids = await Promise.all(Array.from({ length: 60 }, () => dataSource.transaction((manager) => stageCheck(manager))));
    for (const id of ids) expect(await messageFor(id)).toEqual({ dispatched: true });
  }, 20_000);

  it('when Redis refuses the job after the commit, the request still succeeds and the relay sends the job later', async () => {
    jest.spyOn(jobs, 'enqueue').mockRejectedValueOnce(new Error('Redis did not answer in time'));
    const systemCheckId = await dataSource.transaction((manager) => stageCheck(manager));
    expect(await jobFor(systemCheckId)).toBeUndefined();
    expect(await messageFor(systemCheckId)).toEqual({ dispatched: false });

    await outbox.relayUnfinished(0, 60_000);
    expect((await jobFor(systemCheckId))?.data).toEqual({ systemCheckId });
    expect(await messageFor(systemCheckId)).toEqual({ dispatched: true });
  });
});
