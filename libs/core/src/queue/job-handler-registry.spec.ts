import { JOB_NAMES, type JobName } from './job-catalogue';
import { buildHandlerRegistry, JobHandlerMismatchError, type DiscoveredHandler } from './job-handler-registry';

const handlerFor = (name: JobName, owner = 'SomeHandler'): DiscoveredHandler => ({
  name,
  owner,
  run: async () => undefined,
});

describe('buildHandlerRegistry', () => {
  it('pairs every catalogued job with its handler', () => {
    const registry = buildHandlerRegistry(JOB_NAMES.map((name) => handlerFor(name)));
    expect([...registry.keys()].sort()).toEqual([...JOB_NAMES].sort());
  });

  it('refuses to start when a job has no handler', () => {
    const [missing, ...rest] = JOB_NAMES;
    expect(() => buildHandlerRegistry(rest.map((name) => handlerFor(name)))).toThrow(new RegExp(`job "${missing}" has no handler`));
  });

  it('refuses to start when a job has two handlers', () => {
    const handlers = JOB_NAMES.map((name) => handlerFor(name));
    handlers.push(handlerFor('outbox.relay', 'AnotherHandler'));
    expect(() => buildHandlerRegistry(handlers)).toThrow(JobHandlerMismatchError);
    expect(() => buildHandlerRegistry(handlers)).toThrow(/"outbox.relay" has 2 handlers \(SomeHandler, AnotherHandler\)/);
  });
});
