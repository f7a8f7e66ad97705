import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { BadUserInputError, NotFoundError, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory } from '@kindred/identity';
import { minutesOf } from '@kindred/notifications';
import { ModerationMessages } from '../moderation.messages';
import { OnCallRota, OnCallShift } from './on-call.entities';
import { isTimeZone } from './on-call-times';
import type { OnCallRotaObject } from './on-call.types';

export interface NewOnCallShift {
  allianceId: string;
  peerId: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/** A coordinator's on-call rota for their alliance: vetted peers only, times in the alliance's time zone, every change audited. */
@Injectable()
export class OnCallRotaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLog,
  ) {}

  /** The rotas of every alliance the viewer coordinates (none for anyone else). */
  async mine(viewer: Viewer): Promise<OnCallRotaObject[]> {
    const coordinated = await this.alliances.coordinatedBy(this.dataSource.manager, viewer.userId);
    return Promise.all(coordinated.map((alliance) => this.rota(alliance.allianceId)));
  }

  async rota(allianceId: string): Promise<OnCallRotaObject> {
    const [alliance] = await this.alliances.crisisLinesOf([allianceId]);
    const [rota, shifts, vetted] = await Promise.all([
      this.dataSource.getRepository(OnCallRota).findOneBy({ allianceId }),
      this.dataSource.getRepository(OnCallShift).find({ where: { allianceId }, order: { weekday: 'ASC', startsAt: 'ASC' } }),
      this.alliances.vettedMentorsIn([allianceId]),
    ]);
    const names = await this.people.summaries([...shifts.map((shift) => shift.peerId), ...vetted.map((mentor) => mentor.mentorId)]);
    return {
      allianceId,
      allianceName: alliance?.allianceName ?? '',
      timeZone: rota?.timeZone ?? null,
      shifts: shifts.map((shift) => ({
        id: shift.id,
        peerId: shift.peerId,
        peerDisplayName: names.get(shift.peerId)!.displayName,
        weekday: shift.weekday,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
      })),
      vettedPeers: vetted.map((mentor) => ({ userId: mentor.mentorId, displayName: names.get(mentor.mentorId)!.displayName })),
    };
  }

  async setTimeZone(viewer: Viewer, allianceId: string, timeZone: string, requestId: string): Promise<OnCallRotaObject> {
    const zone = timeZone.trim();
    if (!isTimeZone(zone) || !zone.includes('/')) throw new BadUserInputError(ModerationMessages.ON_CALL_TIME_ZONE(), { field: 'timeZone' });
    await this.dataSource.transaction(async (manager) => {
      await manager.createQueryBuilder().insert().into(OnCallRota).values({ allianceId, timeZone: zone }).orUpdate(['time_zone'], ['alliance_id']).execute();
      await this.audit.record(manager, {
        action: AuditAction.ON_CALL_ROTA_CHANGED,
        actorId: viewer.userId,
        requestId,
        details: { allianceId, timeZone: zone },
      });
    });
    return this.rota(allianceId);
  }

  async addShift(viewer: Viewer, shift: NewOnCallShift, requestId: string): Promise<OnCallRotaObject> {
    if (!Number.isInteger(shift.weekday) || shift.weekday < 0 || shift.weekday > 6) {
      throw new BadUserInputError(ModerationMessages.ON_CALL_WEEKDAY(), { field: 'weekday' });
    }
    const startsAt = shift.startsAt.trim();
    const endsAt = shift.endsAt.trim();
    if (minutesOf(startsAt) === null || minutesOf(endsAt) === null || startsAt === endsAt) {
      throw new BadUserInputError(ModerationMessages.ON_CALL_TIMES(), { field: 'startsAt' });
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(OnCallRota).existsBy({ allianceId: shift.allianceId }))) {
        throw new BadUserInputError(ModerationMessages.ON_CALL_NO_ROTA(), { field: 'allianceId' });
      }
      const vettings = await this.alliances.vettingsOf(manager, [shift.peerId]);
      if (!(vettings.get(shift.peerId) ?? []).some((vetting) => vetting.allianceId === shift.allianceId)) {
        throw new BadUserInputError(ModerationMessages.ON_CALL_PEER_NOT_VETTED(), { field: 'peerId' });
      }
      const saved = await manager.save(
        manager.create(OnCallShift, { allianceId: shift.allianceId, peerId: shift.peerId, weekday: shift.weekday, startsAt, endsAt, createdBy: viewer.userId }),
      );
      await this.audit.record(manager, {
        action: AuditAction.ON_CALL_ROTA_CHANGED,
        actorId: viewer.userId,
        subjectId: shift.peerId,
        requestId,
        details: { allianceId: shift.allianceId, addedShiftId: saved.id },
      });
    });
    return this.rota(shift.allianceId);
  }

  async removeShift(viewer: Viewer, shiftId: string, requestId: string): Promise<OnCallRotaObject> {
    const allianceId = await this.dataSource.transaction(async (manager) => {
      const shift = await manager.getRepository(OnCallShift).findOneBy({ id: shiftId });
      if (!shift) throw new NotFoundError(ModerationMessages.ON_CALL_SHIFT_NOT_FOUND());
      await manager.delete(OnCallShift, { id: shift.id });
      await this.audit.record(manager, {
        action: AuditAction.ON_CALL_ROTA_CHANGED,
        actorId: viewer.userId,
        subjectId: shift.peerId,
        requestId,
        details: { allianceId: shift.allianceId, removedShiftId: shift.id },
      });
      return shift.allianceId;
    });
    return this.rota(allianceId);
  }
}
