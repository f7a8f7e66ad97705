import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EarlyHelpReason, EarlyHelpService, memberMessage, nextSteps } from '@kindred/checkins';
import {
  BadUserInputError,
  ConflictError,
  FieldCipher,
  NotFoundError,
  checkCalendarDate,
  isUuid,
  todayIn,
  type CalendarDate,
  type Viewer,
} from '@kindred/core';
import { ConsentGrants, SharingScope } from '@kindred/consent';
import { PeopleDirectory } from '@kindred/identity';
import { journeyFigures, milestonesReached, nextMilestone } from './journey-figures';
import { MilestoneCelebration, RecoveryJourney, Setback, setbackNoteContext } from './journey.entities';
import type { RecoveryJourneyObject, SetbackSupportObject, SharedMilestonesObject } from './journey.types';
import { MilestoneMessages } from '../milestones.messages';

const NOTE_MAX_LENGTH = 2000;
const EARLIEST = '1950-01-01';

/**
 * The member's recovery journey: an optional start date, setbacks noted without punishment,
 * and milestones. Totals and stretches are derived (journey-figures.ts). Others see only what
 * a MILESTONES grant shares: days on the road and milestones, never setbacks or a reset.
 */
@Injectable()
export class RecoveryJourneyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly people: PeopleDirectory,
    private readonly grants: ConsentGrants,
    private readonly earlyHelp: EarlyHelpService,
  ) {}

  async mine(viewer: Viewer, now = new Date()): Promise<RecoveryJourneyObject> {
    const journey = await this.dataSource.getRepository(RecoveryJourney).findOneBy({ memberId: viewer.userId });
    const setbacks = await this.dataSource
      .getRepository(Setback)
      .find({ where: { memberId: viewer.userId }, order: { occurredOn: 'DESC', recordedAt: 'DESC' } });
    if (!journey) return { startedOn: null, totalDays: 0, currentStretchDays: 0, longestStretchDays: 0, setbacks: [], milestones: [], nextMilestoneDays: null };
    const figures = journeyFigures(
      journey.startedOn,
      setbacks.map((setback) => setback.occurredOn),
      await this.todayOf(viewer.userId, now),
    );
    return {
      startedOn: journey.startedOn,
      ...figures,
      setbacks: setbacks.map((setback) => ({
        id: setback.id,
        occurredOn: setback.occurredOn,
        note: setback.note ? this.cipher.decrypt(setback.note, setbackNoteContext(setback.id)) : null,
      })),
      milestones: milestonesReached(journey.startedOn, figures.totalDays),
      nextMilestoneDays: nextMilestone(figures.totalDays),
    };
  }

  /** Sets, changes or (with null) clears the start date; clearing forgets setbacks and milestones too. */
  async setStart(viewer: Viewer, startedOn: string | null, now = new Date()): Promise<RecoveryJourneyObject> {
    if (startedOn === null) {
      await this.dataSource.transaction(async (manager) => {
        for (const entity of [Setback, MilestoneCelebration, RecoveryJourney]) await manager.delete(entity, { memberId: viewer.userId });
      });
      return this.mine(viewer, now);
    }
    const date = await this.checkedDate(viewer.userId, startedOn, 'startedOn', now);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(RecoveryJourney)
      .values({ memberId: viewer.userId, startedOn: date })
      .orUpdate(['started_on', 'updated_at'], ['member_id'])
      .execute();
    return this.mine(viewer, now);
  }

  /** Notes a setback; the answer is support: kind words, next steps, and early help (the mentor only with consent). */
  async recordSetback(viewer: Viewer, occurredOn: string | null, note: string | null, now = new Date()): Promise<SetbackSupportObject> {
    const journey = await this.dataSource.getRepository(RecoveryJourney).findOneBy({ memberId: viewer.userId });
    if (!journey) throw new ConflictError(MilestoneMessages.RECOVERY_START_FIRST());
    const date = occurredOn === null ? await this.todayOf(viewer.userId, now) : await this.checkedDate(viewer.userId, occurredOn, 'occurredOn', now);
    if (date < journey.startedOn) throw new BadUserInputError(MilestoneMessages.DATE_BEFORE_RECOVERY_START(), { field: 'occurredOn' });
    const text = note?.trim() ? note.trim() : null;
    if (text && text.length > NOTE_MAX_LENGTH)
      throw new BadUserInputError(MilestoneMessages.JOURNEY_NOTE_TOO_LONG({ max: NOTE_MAX_LENGTH }), { field: 'note' });
    const id = randomUUID();
    await this.dataSource.getRepository(Setback).insert({
      id,
      memberId: viewer.userId,
      occurredOn: date,
      note: text ? this.cipher.encrypt(text, setbackNoteContext(id)) : null,
      noteKeyId: text ? this.cipher.activeKeyId : null,
      recordedAt: now,
    });
    await this.earlyHelp.reachOut(viewer.userId, EarlyHelpReason.SETBACK);
    return { journey: await this.mine(viewer, now), message: memberMessage(EarlyHelpReason.SETBACK, viewer.locale), nextSteps: nextSteps(viewer.locale) };
  }

  async deleteSetback(viewer: Viewer, setbackId: string, now = new Date()): Promise<RecoveryJourneyObject> {
    const { affected } = isUuid(setbackId) ? await this.dataSource.getRepository(Setback).delete({ id: setbackId, memberId: viewer.userId }) : { affected: 0 };
    if (!affected) throw new NotFoundError(MilestoneMessages.SETBACK_NOT_FOUND());
    return this.mine(viewer, now);
  }

  /** What a MILESTONES grant shows, with the redisclosure notice; refused without one in force. */
  async sharedWith(viewer: Viewer, ownerId: string, now = new Date()): Promise<SharedMilestonesObject> {
    await this.grants.requireRead(viewer.userId, ownerId, SharingScope.MILESTONES, 'milestones and days in recovery');
    const journey = await this.dataSource.getRepository(RecoveryJourney).findOneBy({ memberId: ownerId });
    const totalDays = journey ? journeyFigures(journey.startedOn, [], await this.todayOf(ownerId, now)).totalDays : 0;
    const milestones = journey ? milestonesReached(journey.startedOn, totalDays) : [];
    return { ownerId, totalDays, milestones, redisclosureNotice: await this.grants.redisclosureNotice(viewer.userId) };
  }

  private async todayOf(memberId: string, now: Date): Promise<CalendarDate> {
    return todayIn((await this.people.settings([memberId])).get(memberId)?.timeZone ?? 'UTC', now);
  }

  private async checkedDate(memberId: string, value: string, field: string, now: Date): Promise<CalendarDate> {
    const date = checkCalendarDate(value, field, { earliest: EARLIEST });
    if (date > (await this.todayOf(memberId, now))) throw new BadUserInputError(MilestoneMessages.JOURNEY_DATE_IN_FUTURE(), { field });
    return date;
  }
}
