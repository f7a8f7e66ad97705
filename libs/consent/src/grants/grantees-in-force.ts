import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SharingScope } from './sharing-scope';
import { granteesInForce } from './grants.queries';

/**
 * Who holds a grant in force from an owner for a scope, for another domain's work on the
 * owner's behalf (telling the people they share milestones with about a new one). It reveals
 * nothing of the owner's data, so it writes no disclosure entry; reads of the data still go
 * through ConsentGrants.requireRead.
 */
@Injectable()
export class GranteesInForce {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(ownerId: string, scope: SharingScope): Promise<string[]> {
    const rows = await granteesInForce.all(this.dataSource.manager, { ownerId, scope });
    return rows.map((row) => row.granteeId);
  }
}
