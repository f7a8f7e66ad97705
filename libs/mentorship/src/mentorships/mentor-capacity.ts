import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { Outbox } from '@kindred/core';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { MentorshipEvent } from './mentorship.entity';
import { answerWaitingAsFull, lockPerson, placesTaken } from './mentorships.queries';

/**
 * Locks people for the transaction, in a fixed order so two transactions never deadlock.
 * Everything that takes, frees or counts a mentor's places holds the mentor's lock.
 */
export async function lockPeople(manager: EntityManager, ...userIds: string[]): Promise<void> {
  for (const userId of [...new Set(userIds)].sort()) await lockPerson.affected(manager, { userId });
}

/** A mentor's places: how many are taken, and what happens to waiting requests once none is left. */
@Injectable()
export class MentorCapacity {
  constructor(
    private readonly alliances: AllianceDirectory,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  /** Places taken, across every alliance the mentor serves; each alliance's limit applies to this one count. */
  async taken(manager: EntityManager, mentorId: string): Promise<number> {
    return (await placesTaken.one(manager, { mentorId }))!.count;
  }

  /**
   * Once a mentor has no place left in an alliance, the requests still waiting for them there
   * are answered at once: each member is told the mentor is now full and gets new suggestions,
   * rather than waiting 7 days with the request counting against their three. Runs under the
   * mentor's lock, in the transaction that took the last place or lowered the number of places.
   */
  async answerWaitingIfFull(manager: EntityManager, mentorId: string): Promise<void> {
    const [taken, vettings] = await Promise.all([this.taken(manager, mentorId), this.alliances.vettedMentorshipsOf(manager, mentorId)]);
    const full = vettings.filter((vetting) => taken >= vetting.maxMentees).map((vetting) => vetting.allianceId);
    if (full.length === 0) return;
    // A request another transaction holds is being answered there (another mentor accepted its
    // member, who withdrew, or it expired): skipping it, rather than waiting, is what keeps two
    // mentors taking their last places at once from deadlocking on each other's requests.
    const answered = await answerWaitingAsFull.all(manager, { mentorId, allianceIds: full });
    for (const request of answered) {
      await manager.insert(MentorshipEvent, { mentorshipId: request.id, kind: 'MENTOR_FULL', actorId: null });
      await this.notifier.notify(manager, { userId: request.memberId, kind: NotificationKind.MENTORSHIP_UPDATE, subjectId: request.id });
      await this.outbox.stage(manager, { name: 'mentorship.refresh-member-suggestions', data: { memberId: request.memberId } });
    }
  }
}
