import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { User } from '../accounts/user.entity';
import { ERASED_DISPLAY_NAME } from '../privacy/identity-personal-data';

/** How one person appears to others: a pseudonymous display name, nothing more. */
export interface PersonSummary {
  id: string;
  displayName: string;
}

/** Lets other domains show who someone is without reading identity's tables. */
@Injectable()
export class PeopleDirectory {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** One query for any number of people; an erased or unknown id reads as a deleted person. */
  async summaries(userIds: readonly string[]): Promise<Map<string, PersonSummary>> {
    const unique = [...new Set(userIds)];
    const found = unique.length === 0 ? [] : await this.users.find({ select: { id: true, displayName: true }, where: { id: In(unique) } });
    const byId = new Map(found.map((user) => [user.id, { id: user.id, displayName: user.displayName }]));
    return new Map(unique.map((id) => [id, byId.get(id) ?? { id, displayName: ERASED_DISPLAY_NAME }]));
  }

  /** Whether an account exists and is not erased or being erased. */
  async isActive(userId: string): Promise<boolean> {
    return this.users
      .createQueryBuilder('user')
      .where('user.id = :userId AND user.erased_at IS NULL AND user.erasure_requested_at IS NULL', { userId })
      .getExists();
  }
}
