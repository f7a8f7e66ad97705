import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { paginateByKeyset, type Connection, type PageArgs } from '@kindred/core';
import type { AuditAction } from './audit-action';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  subjectId?: string | null;
  requestId?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditFilter {
  subjectId?: string | null;
  actorId?: string | null;
  action?: string | null;
}

/** Appends security events; other domains record every access to someone's sensitive records here. */
@Injectable()
export class AuditLog {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Records an event, inside the caller's transaction when one is given. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, [entry]);
  }

  /** Several events in one INSERT, e.g. one per record a coordinator just read. */
  async recordMany(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const repository = manager ? manager.getRepository(AuditEvent) : this.events;
    await repository.insert(
      entries.map((entry) => ({
        action: entry.action,
        actorId: entry.actorId ?? null,
        subjectId: entry.subjectId ?? null,
        requestId: entry.requestId ?? null,
        details: entry.details ?? {},
      })),
    );
  }

  /** Newest first, optionally about one person. */
  list(page: PageArgs, filter: AuditFilter = {}): Promise<Connection<AuditEvent>> {
    const query = this.events.createQueryBuilder('event');
    if (filter.subjectId) query.andWhere('event.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.actorId) query.andWhere('event.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    return paginateByKeyset(query, page, {
      sortColumn: 'event.id',
      idColumn: 'event.id',
      direction: 'DESC',
      keyOf: (event) => [event.id, event.id],
    });
  }
}
