import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionType, PageArgs } from '@kindred/core';

@ObjectType('AuditEvent', { description: 'A security event: who did what, when. Never secrets or content.' })
export class AuditEventObject {
  @Field(() => ID, { description: 'Position in the append-only log.' })
  id!: string;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => String, { description: 'What happened, such as login.failed or role.granted.' })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'Who did it, when known.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'The display name of who did it, when known.' })
  actorDisplayName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Whose account or record it concerned.' })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The display name of whom it concerned, when known.' })
  subjectDisplayName!: string | null;

  @Field(() => String, { nullable: true, description: 'Request id, to match server logs.' })
  requestId!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Ids and small facts about the event.' })
  details!: Record<string, unknown>;
}

export const AuditEventConnection = ConnectionType(AuditEventObject, 'AuditEvent', 'audit event');

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only events about this account.' })
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events of this action.' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events done by this account.' })
  actorId?: string | null;
}
