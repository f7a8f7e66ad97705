import { Test, type TestingModule } from '@nestjs/testing';
import { infrastructureModules, integrationEnvironment, type IntegrationEnvironment } from '../testing';
import { EventBus } from './event-bus';

/** Live events over real Redis pub/sub. */
describe('the event bus (real Redis)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;

  beforeAll(async () => {
    env = await integrationEnvironment('event-bus');
    moduleRef = await Test.createTestingModule({ imports: infrastructureModules(env) }).compile();
    await moduleRef.init();
  });

  afterAll(() => env.cleanup());

  it('lets a listener confirmed as the process stops end afterwards without an unhandled rejection', async () => {
    const bus = moduleRef.get(EventBus);
    const rejections: unknown[] = [];
    const record = (reason: unknown): number => rejections.push(reason);
    process.on('unhandledRejection', record);
    try {
      const listener = await bus.subscribe('system.ping');
      await moduleRef.close();
      // Its owner ends it only now, as a listener confirmed during shutdown does.
      await listener.return?.();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(rejections).toEqual([]);
  });
});
