import { SetMetadata } from '@nestjs/common';
import type { JobName } from './job-catalogue';

export const JOB_HANDLER_METADATA = 'kindred:job-handler';

/**
 * Marks a provider method as the handler of one catalogued job. The worker refuses to
 * start when a job has no handler or two. Handlers must be idempotent: a job delivered
 * twice has the effect of one.
 */
export const HandlesJob = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER_METADATA, name);
