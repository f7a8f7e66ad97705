import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, Not, type DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { AfterCommit, EventBus } from '@kindred/core';
import { AuditAction, AuditLog } from '@kindred/identity';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { OnCallPeers } from '../on-call/on-call-peers';
import { supportRequestTopic, type SupportRequestChangedEvent } from './support-now-events';
import { SupportAlert, SupportAlertReason, SupportNowChoice, SupportRequest, SupportRequestStatus } from './support-now.entities';

/**
 * A call nobody answered in time. Where the person chose it, the on-call peers of their
 * alliances are alerted (on call, so through quiet hours); either way the person is shown the
 * crisis lines again. Runs once per call: a redelivered job finds it escalated and does nothing.
 */
@Injectable()
export class SupportEscalation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly onCall: OnCallPeers,
    private readonly notifier: Notifier,
    private readonly audit: AuditLog,
    private readonly events: EventBus,
    private readonly afterCommit: AfterCommit,
  ) {}

  async escalate(supportRequestId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const call = await manager.getRepository(SupportRequest).findOne({ where: { id: supportRequestId }, lock: { mode: 'pessimistic_write' } });
      if (!call || call.status !== SupportRequestStatus.OPEN || call.escalatedAt) return;
      if (await manager.getRepository(SupportAlert).existsBy({ requestId: call.id, answeredAt: Not(IsNull()) })) return;
      await manager.update(SupportRequest, { id: call.id }, { escalatedAt: new Date() });
      const reachOnCall = (await manager.getRepository(SupportNowChoice).findOneBy({ memberId: call.memberId }))?.reachOnCall ?? false;
      const alreadyAlerted = new Set((await manager.getRepository(SupportAlert).findBy({ requestId: call.id })).map((alert) => alert.responderId));
      const peers = reachOnCall
        ? (await this.onCall.now(manager, await this.alliances.activeAllianceIdsOf(manager, call.memberId), new Date())).filter(
            (peerId) => peerId !== call.memberId && !alreadyAlerted.has(peerId),
          )
        : [];
      for (const peerId of peers) {
        await manager.insert(SupportAlert, { requestId: call.id, responderId: peerId, reason: SupportAlertReason.ON_CALL });
        await this.notifier.notify(manager, {
          userId: peerId,
          kind: NotificationKind.SUPPORT_NOW,
          subjectId: call.id,
          actorId: call.memberId,
          throughQuietHours: true,
        });
      }
      await this.notifier.notify(manager, { userId: call.memberId, kind: NotificationKind.SUPPORT_NOW_UPDATE, subjectId: call.id, throughQuietHours: true });
      await this.audit.record(manager, {
        action: AuditAction.SUPPORT_NOW_ESCALATED,
        subjectId: call.memberId,
        details: { supportRequestId: call.id, onCallAlerted: peers.length },
      });
      const event: SupportRequestChangedEvent = { requestId: call.id };
      await this.afterCommit.run(manager, () => this.events.publish(supportRequestTopic(call.id), event));
    });
  }
}
