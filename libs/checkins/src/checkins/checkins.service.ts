import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  BadUserInputError,
  FieldCipher,
  NotFoundError,
  Outbox,
  isUuid,
  paginateByKeyset,
  type Connection,
  type PageArgs,
  type UserMessage,
  type Viewer,
} from '@kindred/core';
import { ConsentGrants, SharingScope } from '@kindred/consent';
import { recoveryTagIds } from '@kindred/recovery';
import { CheckinPreferences } from '../rhythm/checkin-preferences.entity';
import { Checkin, checkinNoteContext } from './checkin.entity';
import type { CheckinObject, SharedCheckinSummaryObject } from './checkin.types';
import { CheckinMessages } from '../checkins.messages';

export const NOTE_MAX_LENGTH = 2000;
/** What a CHECKINS grant shows: the last weeks, enough to see how things are going. */
export const SHARED_DAYS = 28;

export interface CheckinDraft {
  mood: number;
  cravings: number;
  note: string | null;
  tags: readonly string[];
}

function checkedRange(value: number, min: number, max: number, field: string, what: UserMessage): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new BadUserInputError(CheckinMessages.CHECKIN_SCALE_RANGE({ what, min, max }), { field });
  return value;
}

/**
 * Check-ins: light, quick, and the member's own. The note is encrypted and shown to nobody
 * else; mood and cravings reach a supporter or mentor only through a CHECKINS grant, each
 * read written to the member's disclosure log. Every check-in is handed to the early-help
 * rule in the worker (through the outbox, so it is not lost with the request).
 */
@Injectable()
export class CheckinsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly outbox: Outbox,
    private readonly grants: ConsentGrants,
  ) {}

  async checkIn(viewer: Viewer, draft: CheckinDraft): Promise<CheckinObject> {
    const mood = checkedRange(draft.mood, 1, 5, 'mood', CheckinMessages.CHECKIN_LABEL_MOOD());
    const cravings = checkedRange(draft.cravings, 0, 10, 'cravings', CheckinMessages.CHECKIN_LABEL_CRAVINGS());
    const tags = recoveryTagIds(draft.tags);
    const note = draft.note?.trim() ? draft.note.trim() : null;
    if (note && note.length > NOTE_MAX_LENGTH) throw new BadUserInputError(CheckinMessages.CHECKIN_NOTE_TOO_LONG({ max: NOTE_MAX_LENGTH }), { field: 'note' });
    const id = randomUUID();
    const checkin = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Checkin).save({
        id,
        memberId: viewer.userId,
        mood,
        cravings,
        note: note ? this.cipher.encrypt(note, checkinNoteContext(id)) : null,
        noteKeyId: note ? this.cipher.activeKeyId : null,
        tags,
        checkedInAt: new Date(),
      });
      await manager.update(CheckinPreferences, { memberId: viewer.userId }, { remindersSinceCheckin: 0 });
      await this.outbox.stage(manager, { name: 'checkins.evaluate-early-help', data: { memberId: viewer.userId } });
      return saved;
    });
    return this.present(checkin);
  }

  async mine(viewer: Viewer, page: PageArgs): Promise<Connection<CheckinObject>> {
    const query = this.dataSource.getRepository(Checkin).createQueryBuilder('checkin').where('checkin.member_id = :memberId', { memberId: viewer.userId });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'checkin.checked_in_at',
      idColumn: 'checkin.id',
      direction: 'DESC',
      keyOf: (checkin) => [checkin.checkedInAt.toISOString(), checkin.id],
    });
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: this.present(edge.node) })) };
  }

  async delete(viewer: Viewer, checkinId: string): Promise<boolean> {
    if (!isUuid(checkinId)) throw new NotFoundError(CheckinMessages.CHECKIN_NOT_FOUND());
    const { affected } = await this.dataSource.getRepository(Checkin).delete({ id: checkinId, memberId: viewer.userId });
    if (!affected) throw new NotFoundError(CheckinMessages.CHECKIN_NOT_FOUND());
    return true;
  }

  /** Mood and cravings only, never notes or tags, with the redisclosure notice; refused without a grant in force. */
  async sharedWith(viewer: Viewer, ownerId: string): Promise<SharedCheckinSummaryObject> {
    await this.grants.requireRead(viewer.userId, ownerId, SharingScope.CHECKINS, `check-ins of the last ${SHARED_DAYS} days (mood and cravings)`);
    const redisclosureNotice = await this.grants.redisclosureNotice(viewer.userId);
    const rows = await this.dataSource
      .getRepository(Checkin)
      .createQueryBuilder('checkin')
      .select(['checkin.mood', 'checkin.cravings', 'checkin.checkedInAt'])
      .where('checkin.member_id = :ownerId', { ownerId })
      .andWhere(`checkin.checked_in_at > now() - make_interval(days => :days)`, { days: SHARED_DAYS })
      .orderBy('checkin.checked_in_at', 'DESC')
      .getMany();
    const average = (values: number[]): number | null =>
      values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : null;
    return {
      ownerId,
      days: SHARED_DAYS,
      checkins: rows.map((row) => ({ mood: row.mood, cravings: row.cravings, checkedInAt: row.checkedInAt })),
      averageMood: average(rows.map((row) => row.mood)),
      averageCravings: average(rows.map((row) => row.cravings)),
      redisclosureNotice,
    };
  }

  private present(checkin: Checkin): CheckinObject {
    return {
      id: checkin.id,
      mood: checkin.mood,
      cravings: checkin.cravings,
      note: checkin.note ? this.cipher.decrypt(checkin.note, checkinNoteContext(checkin.id)) : null,
      tags: checkin.tags,
      checkedInAt: checkin.checkedInAt,
    };
  }
}
