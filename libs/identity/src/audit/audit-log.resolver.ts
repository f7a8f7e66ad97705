import { Args, Query, Resolver } from '@nestjs/graphql';
import { PlatformRole, RequireRoles, type Connection } from '@kindred/core';
import { AuditLogReader } from './audit-log-reader.service';
import { AuditEventConnection, AuditEventObject, AuditEventsArgs } from './audit.types';

@Resolver(() => AuditEventObject)
export class AuditLogResolver {
  constructor(private readonly audit: AuditLogReader) {}

  @RequireRoles(PlatformRole.ADMIN)
  @Query(() => AuditEventConnection, { description: 'The security audit log, newest first (admins only).' })
  auditEvents(@Args() args: AuditEventsArgs): Promise<Connection<AuditEventObject>> {
    return this.audit.list(args, { subjectId: args.subjectId ?? null, actorId: args.actorId ?? null, action: args.action ?? null });
  }
}
