import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AfterCommit, ConflictError, EventBus, NotFoundError, Outbox, RateLimiter, isUuid, type RateLimit, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory } from '@kindred/identity';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { ModerationMessages } from '../moderation.messages';
import { supportRequestTopic, type SupportRequestChangedEvent } from './support-now-events';
import { SupportAlert, SupportAlertReason, SupportRequest, SupportRequestStatus } from './support-now.entities';
import type { SupportRequestObject } from './support-now.types';
import { SupportRespondersService } from './support-responders.service';

/**
 * Gentle: nobody in real need presses ten times an hour, and pressing while a call is open
 * finds that call without counting. While Redis cannot count, the call goes through.
 */
export const SUPPORT_NOW_LIMIT = { name: 'support-now:person', limit: 10, windowSeconds: 3600, whenUncounted: 'allow' } satisfies RateLimit;

/**
 * "I need support now": the call, its alerts, "I'm here" and "I'm OK now". Only the person
 * and the people a call alerted ever see it; to anyone else it does not exist (NOT_FOUND).
 * Alerts go through the Notifier (so every delivery channel carries them) and every change
 * is announced live on the call's topic once committed.
 */
@Injectable()
export class SupportRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responders: SupportRespondersService,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
    private readonly afterCommit: AfterCommit,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Alerts every consenting responder at once; the escalation waits in the queue for an answer. */
  async request(viewer: Viewer, requestId: string): Promise<SupportRequestObject> {
    const open = await this.dataSource.getRepository(SupportRequest).findOneBy({ memberId: viewer.userId, status: SupportRequestStatus.OPEN });
    if (open) return this.present(viewer, open);
    await this.rateLimiter.consume(SUPPORT_NOW_LIMIT, viewer.userId);
    const responders = await this.responders.consentingFor(viewer.userId);
    const created = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SupportRequest)
        .values({ memberId: viewer.userId })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      // Two presses at once: the other one made the call.
      if (!id) return null;
      for (const responder of responders) {
        await manager.insert(SupportAlert, { requestId: id, responderId: responder.responderId, reason: SupportAlertReason.CHOSEN });
        await this.notifier.notify(manager, {
          userId: responder.responderId,
          kind: NotificationKind.SUPPORT_NOW,
          subjectId: id,
          actorId: viewer.userId,
          throughQuietHours: responder.throughQuietHours,
        });
      }
      await this.outbox.stage(manager, { name: 'moderation.escalate-support-request', data: { supportRequestId: id } });
      await this.audit.record(manager, {
        action: AuditAction.SUPPORT_NOW_REQUESTED,
        actorId: viewer.userId,
        subjectId: viewer.userId,
        requestId,
        details: { supportRequestId: id, alerted: responders.length },
      });
      return manager.getRepository(SupportRequest).findOneByOrFail({ id });
    });
    const call =
      created ?? (await this.dataSource.getRepository(SupportRequest).findOneByOrFail({ memberId: viewer.userId, status: SupportRequestStatus.OPEN }));
    return this.present(viewer, call);
  }

  /** "I'm here": the person, and every other responder, see who is coming. */
  async answer(viewer: Viewer, id: string, requestId: string): Promise<SupportRequestObject> {
    const call = await this.dataSource.transaction(async (manager) => {
      const found = await this.visibleCall(manager, viewer, id, { lock: true });
      if (found.memberId === viewer.userId) throw new NotFoundError(ModerationMessages.SUPPORT_REQUEST_NOT_FOUND());
      if (found.status === SupportRequestStatus.CLOSED) throw new ConflictError(ModerationMessages.SUPPORT_REQUEST_CLOSED());
      const answered = await manager.update(
        SupportAlert,
        { requestId: found.id, responderId: viewer.userId, answeredAt: IsNull() },
        { answeredAt: new Date() },
      );
      if (answered.affected) {
        await this.notifier.notify(manager, { userId: found.memberId, kind: NotificationKind.SUPPORT_NOW_UPDATE, subjectId: found.id, actorId: viewer.userId });
        await this.audit.record(manager, {
          action: AuditAction.SUPPORT_NOW_ANSWERED,
          actorId: viewer.userId,
          subjectId: found.memberId,
          requestId,
          details: { supportRequestId: found.id },
        });
        await this.announce(manager, found.id);
      }
      return found;
    });
    return this.present(viewer, call);
  }

  /** "I'm OK now": closes the call for everyone it alerted. */
  async close(viewer: Viewer, id: string, requestId: string): Promise<SupportRequestObject> {
    const call = await this.dataSource.transaction(async (manager) => {
      const found = await this.visibleCall(manager, viewer, id, { lock: true });
      if (found.memberId !== viewer.userId) throw new NotFoundError(ModerationMessages.SUPPORT_REQUEST_NOT_FOUND());
      if (found.status === SupportRequestStatus.CLOSED) return found;
      await manager.update(SupportRequest, { id: found.id }, { status: SupportRequestStatus.CLOSED, closedAt: new Date() });
      const alerts = await manager.getRepository(SupportAlert).findBy({ requestId: found.id });
      for (const alert of alerts) {
        await this.notifier.notify(manager, {
          userId: alert.responderId,
          kind: NotificationKind.SUPPORT_NOW_UPDATE,
          subjectId: found.id,
          actorId: viewer.userId,
        });
      }
      await this.audit.record(manager, {
        action: AuditAction.SUPPORT_NOW_CLOSED,
        actorId: viewer.userId,
        subjectId: viewer.userId,
        requestId,
        details: { supportRequestId: found.id },
      });
      await this.announce(manager, found.id);
      return manager.getRepository(SupportRequest).findOneByOrFail({ id: found.id });
    });
    return this.present(viewer, call);
  }

  async view(viewer: Viewer, id: string): Promise<SupportRequestObject> {
    return this.present(viewer, await this.visibleCall(this.dataSource.manager, viewer, id, { lock: false }));
  }

  /** The viewer's own open call, if any: the button shows it rather than making another. */
  async mineOpen(viewer: Viewer): Promise<SupportRequestObject | null> {
    const open = await this.dataSource.getRepository(SupportRequest).findOneBy({ memberId: viewer.userId, status: SupportRequestStatus.OPEN });
    return open ? this.present(viewer, open) : null;
  }

  /** Open calls that alerted the viewer, newest first. */
  async alertingMe(viewer: Viewer): Promise<SupportRequestObject[]> {
    const alerts = await this.dataSource.getRepository(SupportAlert).find({ select: { requestId: true }, where: { responderId: viewer.userId } });
    if (alerts.length === 0) return [];
    const calls = await this.dataSource.getRepository(SupportRequest).find({
      where: { id: In(alerts.map((alert) => alert.requestId)), status: SupportRequestStatus.OPEN },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    return this.presentMany(viewer, calls);
  }

  /**
   * Changes to a call as they happen, for its person and the people it alerted: checked when
   * subscribing and again for every event; the stream ends once the viewer may no longer see it.
   */
  async watch(viewer: Viewer, id: string): Promise<AsyncIterableIterator<SupportRequestObject>> {
    const first = await this.visibleCall(this.dataSource.manager, viewer, id, { lock: false });
    const events = await this.events.subscribe<SupportRequestChangedEvent>(supportRequestTopic(first.id));
    let finished = false;
    const finish = async (): Promise<IteratorReturnResult<undefined>> => {
      finished = true;
      await events.return?.();
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<SupportRequestObject> = {
      next: async () => {
        while (!finished) {
          const event = await events.next();
          if (event.done) break;
          const call = await this.visibleCall(this.dataSource.manager, viewer, first.id, { lock: false }).catch(() => null);
          if (!call) break;
          if (!finished) return { value: await this.present(viewer, call), done: false };
        }
        return finish();
      },
      return: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** The call, if the viewer made it or was alerted by it; NOT_FOUND otherwise, so it reveals nothing. */
  private async visibleCall(manager: EntityManager, viewer: Viewer, id: string, { lock }: { lock: boolean }): Promise<SupportRequest> {
    const call = isUuid(id)
      ? await manager.getRepository(SupportRequest).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    const visible =
      call && (call.memberId === viewer.userId || (await manager.getRepository(SupportAlert).existsBy({ requestId: call.id, responderId: viewer.userId })));
    if (!call || !visible) throw new NotFoundError(ModerationMessages.SUPPORT_REQUEST_NOT_FOUND());
    return call;
  }

  private async announce(manager: EntityManager, id: string): Promise<void> {
    const event: SupportRequestChangedEvent = { requestId: id };
    await this.afterCommit.run(manager, () => this.events.publish(supportRequestTopic(id), event));
  }

  private async present(viewer: Viewer, call: SupportRequest): Promise<SupportRequestObject> {
    return (await this.presentMany(viewer, [call]))[0]!;
  }

  private async presentMany(viewer: Viewer, calls: readonly SupportRequest[]): Promise<SupportRequestObject[]> {
    if (calls.length === 0) return [];
    const alerts = await this.dataSource
      .getRepository(SupportAlert)
      .find({ where: { requestId: In(calls.map((call) => call.id)) }, order: { answeredAt: 'ASC' } });
    const names = await this.people.summaries([...calls.map((call) => call.memberId), ...alerts.map((alert) => alert.responderId)]);
    return calls.map((call) => {
      const own = alerts.filter((alert) => alert.requestId === call.id);
      const answers = own
        .filter((alert): alert is SupportAlert & { answeredAt: Date } => alert.answeredAt !== null)
        .map((alert) => ({ userId: alert.responderId, displayName: names.get(alert.responderId)!.displayName, answeredAt: alert.answeredAt }));
      const mine = call.memberId === viewer.userId;
      return {
        id: call.id,
        status: call.status,
        memberId: call.memberId,
        memberDisplayName: names.get(call.memberId)!.displayName,
        mine,
        createdAt: call.createdAt,
        closedAt: call.closedAt,
        alertedCount: own.length,
        answers,
        answeredByMe: answers.some((answer) => answer.userId === viewer.userId),
        showCrisisLinesAgain: mine && call.status === SupportRequestStatus.OPEN && call.escalatedAt !== null && answers.length === 0,
      };
    });
  }
}
