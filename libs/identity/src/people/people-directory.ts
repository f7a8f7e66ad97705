import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { User, type Locale } from '../accounts/user.entity';
import { ERASED_DISPLAY_NAME } from '../privacy/identity-personal-data';
import { personSettings } from './people.queries';

/** How one person appears to others: a pseudonymous display name, nothing more. */
export interface PersonSummary {
  id: string;
  displayName: string;
}

/** A person's own settings, for what other domains schedule or word for them. */
export interface PersonSettings {
  id: string;
  locale: Locale;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone: string;
  /** False once the account is erased or being erased. */
  active: boolean;
}

/** Lets other domains show who someone is without reading identity's tables. */
@Injectable()
export class PeopleDirectory {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** One query for any number of people; an erased or unknown id reads as a deleted person. */
  async summaries(userIds: readonly string[]): Promise<Map<string, PersonSummary>> {
    const unique = [...new Set(userIds)];
    const found = await this.names.loadMany(unique);
    return new Map(unique.map((id, index) => [id, { id, displayName: typeof found[index] === 'string' ? (found[index] as string) : ERASED_DISPLAY_NAME }]));
  }

  /** Lookups made in the same tick (a live event presented to many subscribers) share one query. */
  private readonly names = new DataLoader<string, string | null>(
    async (ids) => {
      const found = await this.users.find({ select: { id: true, displayName: true }, where: { id: In([...ids]) } });
      const byId = new Map(found.map((user) => [user.id, user.displayName]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { cache: false },
  );

  /** Language, time zone and standing of any number of people in one query; unknown ids are left out. */
  async settings(userIds: readonly string[]): Promise<Map<string, PersonSettings>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    // Plain rows: matching asks for a thousand mentors at a time, and entity hydration would dominate.
    const found = await personSettings.all(this.users.manager, { userIds: unique });
    return new Map(found.map((user) => [user.id, user]));
  }

  /**
   * The address of an account being erased, read in the erasure's transaction, so a domain can
   * erase what others typed it into (an invitation by email). Never shown to anyone; null once
   * the account is scrubbed, which the registry does after every other domain's erasure.
   */
  async emailForErasure(manager: EntityManager, userId: string): Promise<string | null> {
    const found = await manager.getRepository(User).findOne({ select: { id: true, email: true }, where: { id: userId } });
    return found?.email ?? null;
  }

  /** Whether an account exists and is not erased or being erased. */
  async isActive(userId: string): Promise<boolean> {
    return this.users
      .createQueryBuilder('user')
      .where('user.id = :userId AND user.erased_at IS NULL AND user.erasure_requested_at IS NULL', { userId })
      .getExists();
  }
}
