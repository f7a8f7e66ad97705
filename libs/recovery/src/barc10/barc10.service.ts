import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { EventBus, Outbox, type Connection, type PageArgs, type Viewer } from '@kindred/core';
import { capitalTopic } from '../capital/capital-events';
import { RecoveryCapitalAccess } from '../capital/recovery-capital-access';
import { previousSnapshot, snapshotHistory } from '../capital/snapshot-history';
import { checkTakenAt } from '../capital/taken-at';
import { Barc10Assessment } from './barc10-assessment.entity';
import { checkBarc10Answers } from './barc10-scoring';
import { BARC10_VERSION } from './barc10-statements';

/** An assessment with how its total changed since the one before. */
export interface Barc10Snapshot {
  assessment: Barc10Assessment;
  changeSincePrevious: number | null;
}

function toSnapshot(assessment: Barc10Assessment, previous: Barc10Assessment | null): Barc10Snapshot {
  return { assessment, changeSincePrevious: previous ? assessment.total - previous.total : null };
}

/** BARC-10 assessments: a person records their own; every read goes through RecoveryCapitalAccess. */
@Injectable()
export class Barc10Service {
  constructor(
    @InjectRepository(Barc10Assessment) private readonly assessments: Repository<Barc10Assessment>,
    private readonly access: RecoveryCapitalAccess,
    private readonly events: EventBus,
    private readonly outbox: Outbox,
  ) {}

  /** Records the viewer's own answers: there is no way to record for someone else. */
  async record(viewer: Viewer, answers: readonly number[], takenAt?: Date | null): Promise<Barc10Snapshot> {
    const checked = checkBarc10Answers(answers);
    // A change in recovery capital feeds the early-help rule (check-ins domain), through the outbox.
    const { identifiers } = await this.assessments.manager.transaction(async (manager) => {
      const inserted = await manager.getRepository(Barc10Assessment).insert({
        userId: viewer.userId,
        statementsVersion: BARC10_VERSION,
        takenAt: checkTakenAt(takenAt),
        answers: checked,
      });
      await this.outbox.stage(manager, { name: 'checkins.evaluate-early-help', data: { memberId: viewer.userId } });
      return inserted;
    });
    // Read back for the total PostgreSQL generated. A back-dated assessment is compared with
    // the one taken just before it, not with the newest.
    const saved = await this.assessments.findOneByOrFail({ id: String(identifiers[0]?.['id']), userId: viewer.userId });
    await this.events.publish(capitalTopic(viewer.userId), { ownerId: viewer.userId });
    return toSnapshot(saved, await previousSnapshot(this.assessments, saved));
  }

  async latest(viewer: Viewer, ownerId: string): Promise<Barc10Snapshot | null> {
    await this.access.assertCanRead(viewer, ownerId, 'latest BARC-10 assessment');
    const { connection, previousOf } = await snapshotHistory(this.assessments, ownerId, { first: 1, after: null });
    const latest = connection.edges[0]?.node;
    return latest ? toSnapshot(latest, previousOf(latest)) : null;
  }

  /** Newest first, each with its change since the one before. */
  async history(viewer: Viewer, ownerId: string, page: PageArgs): Promise<Connection<Barc10Snapshot>> {
    await this.access.assertCanRead(viewer, ownerId, 'BARC-10 history');
    const { connection, previousOf } = await snapshotHistory(this.assessments, ownerId, page);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toSnapshot(edge.node, previousOf(edge.node)) })),
    };
  }
}
