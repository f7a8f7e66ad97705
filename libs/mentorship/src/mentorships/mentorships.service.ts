import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AllianceDirectory, type MentorVetting } from '@kindred/alliances';
import {
  BadUserInputError,
  ConflictError,
  FieldCipher,
  KindredError,
  NotFoundError,
  Outbox,
  checkText,
  isUuid,
  type CipherContext,
  type Viewer,
} from '@kindred/core';
import { ConsentGrants } from '@kindred/consent';
import { PeopleDirectory, PostingGate } from '@kindred/identity';
import { ConversationsService } from '@kindred/messaging';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { MentorReach } from '../suggestions/mentor-reach';
import { MentorCapacity, lockPeople } from './mentor-capacity';
import { MentorshipEvent, Mentorship } from './mentorship.entity';
import { MAX_OPEN_REQUESTS, REQUEST_LIFETIME_DAYS } from './mentorship-rules';
import { MentorshipStatus, OPEN_STATUSES, stateFor } from './mentorship-status';
import type { MentorshipEventObject, MentorshipObject } from './mentorships.types';
import { cancelOtherRequests, countWaitingRequests, insertRequest, transition, type TransitionStamps } from './mentorships.queries';
import { MentorshipMessages } from '../mentorship.messages';

/** The code a member sees when a mentor cannot take them on now, whatever the reason. */
export const MENTOR_NOT_AVAILABLE = 'MENTOR_NOT_AVAILABLE';
const notAvailable = (): KindredError => new KindredError(MENTOR_NOT_AVAILABLE, MentorshipMessages.MENTOR_NOT_AVAILABLE());
const notFound = (): NotFoundError => new NotFoundError(MentorshipMessages.MENTORSHIP_NOT_FOUND());

/** What a mentor with no free place can do about it: each way out is a real one (setMentorPlaces, or a coordinator). */
function noFreePlace(vetting: Pick<MentorVetting, 'maxMentees' | 'placesLimit'>): ConflictError {
  const taken =
    vetting.maxMentees === 1 ? MentorshipMessages.MENTOR_ONE_PLACE_TAKEN() : MentorshipMessages.MENTOR_ALL_PLACES_TAKEN({ count: vetting.maxMentees });
  const more =
    vetting.maxMentees < vetting.placesLimit
      ? MentorshipMessages.MENTOR_MORE_PLACES_YOURSELF({ limit: vetting.placesLimit })
      : MentorshipMessages.MENTOR_MORE_PLACES_FROM_COORDINATOR();
  return new ConflictError(MentorshipMessages.MENTOR_NO_FREE_PLACE({ taken, more }));
}

export const introContext = (id: string): CipherContext => ({ table: 'mentorships', column: 'intro', rowId: id });
export const endReasonContext = (id: string): CipherContext => ({ table: 'mentorships', column: 'end_reason', rowId: id });

/**
 * Requests and mentorships. Every change of state is one conditional UPDATE on the expected
 * state, under transaction-scoped advisory locks on the two people, so a mentor's last place,
 * a member's three requests and "the first acceptance wins" hold under concurrency.
 */
@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly reach: MentorReach,
    private readonly capacity: MentorCapacity,
    private readonly people: PeopleDirectory,
    private readonly conversations: ConversationsService,
    private readonly consent: ConsentGrants,
    private readonly notifier: Notifier,
    private readonly cipher: FieldCipher,
    private readonly outbox: Outbox,
    private readonly gate: PostingGate,
  ) {}

  async request(viewer: Viewer, mentorId: string, intro: string | null): Promise<MentorshipObject> {
    if (!isUuid(mentorId) || mentorId === viewer.userId)
      throw new BadUserInputError(MentorshipMessages.CHOOSE_MENTOR_FROM_SUGGESTIONS(), { field: 'mentorId' });
    const text = intro?.trim() ? checkText(intro, 'intro', MentorshipMessages.MENTORSHIP_LABEL_INTRO(), { max: 1000 }) : null;
    const mentorship = await this.dataSource.transaction(async (manager) => {
      await lockPeople(manager, viewer.userId, mentorId);
      if (await manager.getRepository(Mentorship).existsBy({ memberId: viewer.userId, mentorId, status: In([...OPEN_STATUSES]) })) {
        throw new ConflictError(MentorshipMessages.MENTOR_ALREADY_ASKED());
      }
      // Anything about the mentor (vetting, places, a break, an earlier decline, a block) reads the same: not available.
      const allianceId = (await this.reach.of(manager, viewer.userId, [mentorId])).get(mentorId)?.[0];
      if (!allianceId) throw notAvailable();
      // The mentor reads these words as written: screened first, and words that would be held are not sent.
      if (text) await this.gate.requireMaySay(manager, viewer.userId, text, 'intro');
      const waiting = await countWaitingRequests.one(manager, { memberId: viewer.userId });
      if (waiting!.count >= MAX_OPEN_REQUESTS) {
        throw new ConflictError(MentorshipMessages.MENTORSHIP_REQUEST_LIMIT({ max: MAX_OPEN_REQUESTS }));
      }
      const row = await insertRequest.one(manager, { memberId: viewer.userId, mentorId, allianceId, lifetimeDays: REQUEST_LIFETIME_DAYS });
      if (text) await manager.update(Mentorship, { id: row!.id }, { intro: this.cipher.encrypt(text, introContext(row!.id)) });
      await this.record(manager, row!.id, 'REQUESTED', viewer.userId);
      await this.notifier.notify(manager, { userId: mentorId, kind: NotificationKind.MENTORSHIP_REQUEST, subjectId: row!.id });
      return manager.getRepository(Mentorship).findOneByOrFail({ id: row!.id });
    });
    return this.presentOne(viewer, mentorship);
  }

  /**
   * The mentor accepts: within their places, first acceptance wins, and the member's other
   * requests end kindly. If that was the mentor's last place, their other waiting requests are
   * answered at once, in the same transaction.
   */
  async accept(viewer: Viewer, mentorshipId: string): Promise<MentorshipObject> {
    const mentorship = await this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, mentorshipId);
      if (!found || found.mentorId !== viewer.userId) throw notFound();
      await lockPeople(manager, found.memberId, found.mentorId);
      const vetting = (await this.alliances.vettedMentorshipsOf(manager, found.mentorId)).find((entry) => entry.allianceId === found.allianceId);
      if (!vetting) {
        throw new ConflictError(MentorshipMessages.MENTORING_PAUSED_HERE());
      }
      if ((await this.capacity.taken(manager, found.mentorId)) >= vetting.maxMentees) throw noFreePlace(vetting);
      const accepted = await this.transition(manager, found.id, [MentorshipStatus.REQUESTED], MentorshipStatus.ACTIVE, {
        respondedAt: true,
        startedAt: true,
        requireUnexpired: true,
      });
      if (!accepted) throw new ConflictError(MentorshipMessages.MENTORSHIP_REQUEST_NOT_WAITING());
      await this.record(manager, found.id, 'ACCEPTED', viewer.userId);
      const others = await cancelOtherRequests.all(manager, { memberId: found.memberId, acceptedId: found.id });
      for (const other of others) {
        await this.record(manager, other.id, 'CANCELLED_ANOTHER_MENTOR_ACCEPTED', null);
        await this.notifier.notify(manager, { userId: other.mentorId, kind: NotificationKind.MENTORSHIP_UPDATE, subjectId: other.id });
      }
      await this.notifier.notify(manager, { userId: found.memberId, kind: NotificationKind.MENTORSHIP_UPDATE, subjectId: found.id });
      await this.refreshAfter(manager, found);
      await this.capacity.answerWaitingIfFull(manager, found.mentorId);
      return found;
    });
    const conversationId = await this.conversations.openMentorshipConversation(mentorship.mentorId, mentorship.memberId);
    await this.dataSource.getRepository(Mentorship).update({ id: mentorship.id }, { conversationId });
    return this.presentOne(viewer, await this.dataSource.getRepository(Mentorship).findOneByOrFail({ id: mentorship.id }));
  }

  /** The mentor is not available for this request; the member is told so, never "declined". */
  async decline(viewer: Viewer, mentorshipId: string): Promise<MentorshipObject> {
    return this.change(viewer, mentorshipId, 'mentor', [MentorshipStatus.REQUESTED], MentorshipStatus.DECLINED, 'DECLINED');
  }

  /** The member withdraws a request. */
  async withdraw(viewer: Viewer, mentorshipId: string): Promise<MentorshipObject> {
    return this.change(viewer, mentorshipId, 'member', [MentorshipStatus.REQUESTED], MentorshipStatus.CANCELLED, 'WITHDRAWN');
  }

  async pause(viewer: Viewer, mentorshipId: string): Promise<MentorshipObject> {
    return this.change(viewer, mentorshipId, 'either', [MentorshipStatus.ACTIVE], MentorshipStatus.PAUSED, 'PAUSED');
  }

  async resume(viewer: Viewer, mentorshipId: string): Promise<MentorshipObject> {
    return this.change(viewer, mentorshipId, 'either', [MentorshipStatus.PAUSED], MentorshipStatus.ACTIVE, 'RESUMED');
  }

  /** Either side ends it, with an optional private reason; the conversation is archived and sharing with the mentor stops. */
  async end(viewer: Viewer, mentorshipId: string, reason: string | null): Promise<MentorshipObject> {
    const text = reason?.trim() ? checkText(reason, 'reason', MentorshipMessages.MENTORSHIP_LABEL_REASON(), { max: 1000 }) : null;
    const ended = await this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, mentorshipId);
      if (!found || (found.memberId !== viewer.userId && found.mentorId !== viewer.userId)) throw notFound();
      const changed = await this.transition(manager, found.id, [MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED], MentorshipStatus.ENDED, { endedAt: true });
      if (!changed) throw new ConflictError(MentorshipMessages.MENTORSHIP_NOT_ENDABLE());
      await manager.update(
        Mentorship,
        { id: found.id },
        { endedBy: viewer.userId, endReason: text ? this.cipher.encrypt(text, endReasonContext(found.id)) : null },
      );
      await this.record(manager, found.id, 'ENDED', viewer.userId);
      await this.consent.revokeAllBetween(manager, found.memberId, found.mentorId, 'MENTORSHIP_ENDED');
      const other = found.memberId === viewer.userId ? found.mentorId : found.memberId;
      await this.notifier.notify(manager, { userId: other, kind: NotificationKind.MENTORSHIP_UPDATE, subjectId: found.id });
      await this.refreshAfter(manager, found);
      return found;
    });
    await this.conversations.archiveMentorshipConversation(ended.mentorId, ended.memberId);
    await this.consent.announce(ended.mentorId);
    return this.presentOne(viewer, await this.dataSource.getRepository(Mentorship).findOneByOrFail({ id: ended.id }));
  }

  /** The viewer's mentorships and requests, as member and as mentor, newest first. */
  async mine(viewer: Viewer): Promise<MentorshipObject[]> {
    const rows = await this.dataSource
      .getRepository(Mentorship)
      .createQueryBuilder('m')
      .where('m.member_id = :userId OR m.mentor_id = :userId', { userId: viewer.userId })
      .orderBy('m.requested_at', 'DESC')
      .take(100)
      .getMany();
    return this.present(viewer, rows);
  }

  async history(viewer: Viewer, mentorshipId: string): Promise<MentorshipEventObject[]> {
    const found = await this.find(this.dataSource.manager, mentorshipId);
    if (!found || (found.memberId !== viewer.userId && found.mentorId !== viewer.userId)) throw notFound();
    const events = await this.dataSource.getRepository(MentorshipEvent).find({ where: { mentorshipId: found.id }, order: { id: 'ASC' } });
    // A decline reads to the member as what it means for them.
    const asMember = found.memberId === viewer.userId;
    return events.map((event) => ({
      kind: asMember && event.kind === 'DECLINED' ? 'NOT_AVAILABLE' : event.kind,
      byMe: event.actorId === viewer.userId,
      at: event.at,
    }));
  }

  private async change(
    viewer: Viewer,
    mentorshipId: string,
    who: 'member' | 'mentor' | 'either',
    from: readonly MentorshipStatus[],
    to: MentorshipStatus,
    event: string,
  ): Promise<MentorshipObject> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, mentorshipId);
      const allowed =
        found &&
        (who === 'member'
          ? found.memberId === viewer.userId
          : who === 'mentor'
            ? found.mentorId === viewer.userId
            : [found.memberId, found.mentorId].includes(viewer.userId));
      if (!found || !allowed) throw notFound();
      if (!(await this.transition(manager, found.id, from, to, { respondedAt: from.includes(MentorshipStatus.REQUESTED) }))) {
        throw new ConflictError(MentorshipMessages.MENTORSHIP_MOVED_ON());
      }
      await this.record(manager, found.id, event, viewer.userId);
      const other = found.memberId === viewer.userId ? found.mentorId : found.memberId;
      await this.notifier.notify(manager, { userId: other, kind: NotificationKind.MENTORSHIP_UPDATE, subjectId: found.id });
      // A decline means new suggestions for the member; a pause or resume changes the mentor's load.
      if (to === MentorshipStatus.DECLINED)
        await this.outbox.stage(manager, { name: 'mentorship.refresh-member-suggestions', data: { memberId: found.memberId } });
      else await this.refreshAfter(manager, found);
      return manager.getRepository(Mentorship).findOneByOrFail({ id: found.id });
    });
    return this.presentOne(viewer, changed);
  }

  /** The mentor's load changed: every member's suggestions in that alliance follow (debounced). */
  private refreshAfter(manager: EntityManager, mentorship: Mentorship): Promise<void> {
    return this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId: mentorship.allianceId } });
  }

  private async transition(
    manager: EntityManager,
    id: string,
    from: readonly MentorshipStatus[],
    to: MentorshipStatus,
    stamps: TransitionStamps,
  ): Promise<boolean> {
    return (await transition.affected(manager, { id, from, to, stamps })) > 0;
  }

  private find(manager: EntityManager, id: string): Promise<Mentorship | null> {
    return isUuid(id) ? manager.getRepository(Mentorship).findOneBy({ id }) : Promise.resolve(null);
  }

  private async record(manager: EntityManager, mentorshipId: string, kind: string, actorId: string | null): Promise<void> {
    await manager.insert(MentorshipEvent, { mentorshipId, kind, actorId });
  }

  private async presentOne(viewer: Viewer, mentorship: Mentorship): Promise<MentorshipObject> {
    return (await this.present(viewer, [mentorship]))[0]!;
  }

  /** Names in one lookup; an end reason only to whoever wrote it; the intro to both. */
  private async present(viewer: Viewer, rows: readonly Mentorship[]): Promise<MentorshipObject[]> {
    const names = await this.people.summaries(rows.flatMap((row) => [row.memberId, row.mentorId]));
    return rows.map((row) => {
      const asMember = row.memberId === viewer.userId;
      return {
        id: row.id,
        role: asMember ? 'MEMBER' : 'MENTOR',
        memberId: row.memberId,
        memberDisplayName: names.get(row.memberId)!.displayName,
        mentorId: row.mentorId,
        mentorDisplayName: names.get(row.mentorId)!.displayName,
        allianceId: row.allianceId,
        state: stateFor(row.status, asMember),
        intro: row.intro ? this.cipher.decrypt(row.intro, introContext(row.id)) : null,
        conversationId: row.status === MentorshipStatus.REQUESTED ? null : row.conversationId,
        requestedAt: row.requestedAt,
        expiresAt: row.expiresAt,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        endedByMe: row.endedBy !== null && row.endedBy === viewer.userId,
        myEndReason: row.endReason && row.endedBy === viewer.userId ? this.cipher.decrypt(row.endReason, endReasonContext(row.id)) : null,
        helpRequested: row.helpRequestedAt !== null && row.helpResolvedAt === null,
      };
    });
  }
}
