import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@kindred/core';
import { SystemCheckStatus } from './system-check.entity';

registerEnumType(SystemCheckStatus, {
  name: 'SystemCheckStatus',
  description: 'Where a system check is on its way through the queue and the worker.',
  valuesMap: {
    PENDING: { description: 'Recorded by the API; the worker has not completed it yet.' },
    COMPLETED: { description: 'The worker picked it up from the queue and recorded its completion.' },
  },
});

@ObjectType('SystemCheck', {
  description: 'An end-to-end probe: API → queue → worker → database → live subscribers.',
})
export class SystemCheckObject {
  @Field(() => ID, { description: 'Identifier of the check.' })
  id!: string;

  @Field(() => SystemCheckStatus, { description: 'Whether the worker has completed the check.' })
  status!: SystemCheckStatus;

  @Field(() => Date, { description: 'When the API recorded the request.' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the worker completed it, if it has.' })
  completedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Milliseconds from request to completion: the queue and worker round trip.',
  })
  roundTripMs!: number | null;
}

export const SystemCheckConnection = ConnectionType(SystemCheckObject, 'SystemCheck', 'system check');
