import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { BadUserInputError, Outbox } from '@kindred/core';
import { MentorAvailability } from './mentor-availability.entity';
import { setBreak } from './mentor-availability.queries';
import { MentorshipMessages } from '../mentorship.messages';

const MAX_BREAK_DAYS = 365;

/** A mentor's breaks: while away they are not suggested and cannot be asked; their mentorships go on. */
@Injectable()
export class MentorAvailabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly outbox: Outbox,
  ) {}

  async set(mentorId: string, unavailableUntil: Date | null): Promise<Date | null> {
    if (unavailableUntil && (unavailableUntil.getTime() <= Date.now() || unavailableUntil.getTime() > Date.now() + MAX_BREAK_DAYS * 86_400_000)) {
      throw new BadUserInputError(MentorshipMessages.BREAK_END_RANGE({ days: MAX_BREAK_DAYS }), { field: 'until' });
    }
    const vettedIn = await this.alliances.vettedMentorshipsOf(this.dataSource.manager, mentorId);
    await this.dataSource.transaction(async (manager) => {
      await setBreak.affected(manager, { mentorId, unavailableUntil });
      // Away or back: the suggestions of members in each alliance where they mentor follow.
      await Promise.all(
        vettedIn.map(({ allianceId }) => this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId } })),
      );
    });
    return unavailableUntil;
  }

  async until(mentorId: string): Promise<Date | null> {
    const row = await this.dataSource.getRepository(MentorAvailability).findOneBy({ mentorId });
    return row?.unavailableUntil && row.unavailableUntil.getTime() > Date.now() ? row.unavailableUntil : null;
  }
}
