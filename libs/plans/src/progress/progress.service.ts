import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { PlanAccess } from '../access/plan-access.policy';
import { progressByDomain, type DomainProgress } from './domain-progress';
import { domainCountsOf } from './progress.queries';

/** The progress view: counts per domain, for the member and whoever they share the plan with. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
    private readonly people: PeopleDirectory,
  ) {}

  async byDomain(viewer: Viewer, ownerId: string): Promise<DomainProgress[]> {
    await this.access.assertCanRead(viewer, ownerId, 'recovery plan progress');
    // "Overdue" is decided by the member's calendar, not the server's.
    const timeZone = (await this.people.settings([ownerId])).get(ownerId)?.timeZone ?? 'UTC';
    const counts = await domainCountsOf.all(this.dataSource.manager, { ownerId, timeZone });
    return progressByDomain(counts);
  }
}
