import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { circleSupportersOf } from './circles.queries';

/** Who is in a member's support circle now, for other domains (the people a member may ask to be there in a crisis). */
@Injectable()
export class CircleSupporters {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(memberId: string): Promise<string[]> {
    return (await circleSupportersOf.all(this.dataSource.manager, { ownerId: memberId })).map((row) => row.userId);
  }
}
