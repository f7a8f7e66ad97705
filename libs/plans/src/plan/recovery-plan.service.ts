import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kindred/core';
import { PlanAccess } from '../access/plan-access.policy';
import type { RecoveryPlanObject } from './recovery-plan.types';

/**
 * The plan itself, before its fields are read: each field checks the viewer against the
 * owner again (and logs the read), so opening it reads nothing of the plan.
 */
@Injectable()
export class RecoveryPlanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
  ) {}

  mine(viewer: Viewer): RecoveryPlanObject {
    return { ownerId: viewer.userId, mine: true, redisclosureNotice: null };
  }

  /** Someone's plan while they share it with the viewer, with the notice that goes with it. */
  async sharedWith(viewer: Viewer, ownerId: string): Promise<RecoveryPlanObject> {
    await this.access.assertSharedWith(this.dataSource.manager, viewer, ownerId);
    return { ownerId, mine: false, redisclosureNotice: await this.access.redisclosureNotice(viewer) };
  }
}
