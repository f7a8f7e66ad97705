import { JOB_NAMES, type JobName, type JobPayloads } from './job-catalogue';

export type JobHandlerFn<N extends JobName = JobName> = (data: JobPayloads[N]) => Promise<unknown>;

export interface DiscoveredHandler {
  name: JobName;
  owner: string;
  run: JobHandlerFn;
}

/** Thrown at start-up when the catalogue and the handlers do not match one to one. */
export class JobHandlerMismatchError extends Error {
  override readonly name = 'JobHandlerMismatchError';
}

/** Pairs every catalogued job with exactly one handler, or explains what is wrong. */
export function buildHandlerRegistry(discovered: DiscoveredHandler[]): ReadonlyMap<JobName, JobHandlerFn> {
  const problems: string[] = [];
  const registry = new Map<JobName, JobHandlerFn>();
  for (const name of JOB_NAMES) {
    const matches = discovered.filter((handler) => handler.name === name);
    if (matches.length === 0) problems.push(`job "${name}" has no handler`);
    if (matches.length > 1) {
      problems.push(`job "${name}" has ${matches.length} handlers (${matches.map((m) => m.owner).join(', ')})`);
    }
    const [only] = matches;
    if (matches.length === 1 && only) registry.set(name, only.run);
  }
  for (const handler of discovered) {
    if (!JOB_NAMES.includes(handler.name)) problems.push(`${handler.owner} handles "${handler.name}", which is not catalogued`);
  }
  if (problems.length > 0) throw new JobHandlerMismatchError(`Job handlers do not match the catalogue: ${problems.join('; ')}`);
  return registry;
}
