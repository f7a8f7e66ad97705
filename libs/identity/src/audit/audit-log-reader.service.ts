import { Injectable } from '@nestjs/common';
import { mapConnectionInBatch, type Connection, type PageArgs } from '@kindred/core';
import { PeopleDirectory } from '../people/people-directory';
import type { AuditEvent } from './audit-event.entity';
import { AuditLog, type AuditFilter } from './audit-log.service';

/** An event as administrators read it: with names, not only ids. */
export interface AuditEventView extends AuditEvent {
  actorDisplayName: string | null;
  subjectDisplayName: string | null;
}

/**
 * The administrators' reading of the log. Apart from AuditLog, which every domain and the
 * grant-role command use to write, so writing needs nothing but the log's own table.
 */
@Injectable()
export class AuditLogReader {
  constructor(
    private readonly audit: AuditLog,
    private readonly people: PeopleDirectory,
  ) {}

  /** Each event with the display names of who acted and whom it concerned, in one query per page. */
  async list(page: PageArgs, filter: AuditFilter): Promise<Connection<AuditEventView>> {
    return mapConnectionInBatch(await this.audit.list(page, filter), async (events) => {
      const names = await this.people.summaries(events.flatMap((event) => [event.actorId, event.subjectId].filter((id): id is string => id !== null)));
      return events.map((event) => ({
        ...event,
        actorDisplayName: event.actorId ? (names.get(event.actorId)?.displayName ?? null) : null,
        subjectDisplayName: event.subjectId ? (names.get(event.subjectId)?.displayName ?? null) : null,
      }));
    });
  }
}
