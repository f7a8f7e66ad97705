import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { QuietHours } from './quiet-hours.entity';

/** A person's quiet hours as local 'HH:MM' times. */
export interface QuietTime {
  start: string;
  end: string;
}

/** Lets other domains' scheduled work (reminders) keep out of the quiet hours people chose. */
@Injectable()
export class QuietHoursDirectory {
  constructor(@InjectRepository(QuietHours) private readonly quietHours: Repository<QuietHours>) {}

  /** One query for any number of people; absent when someone chose none. */
  async of(userIds: readonly string[]): Promise<Map<string, QuietTime>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.quietHours.findBy({ userId: In([...new Set(userIds)]) });
    return new Map(rows.map((row) => [row.userId, { start: row.startsAt, end: row.endsAt }]));
  }
}
