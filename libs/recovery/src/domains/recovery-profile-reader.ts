import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { toPreferencesView, type RecoveryPreferencesView } from '../preferences/recovery-preferences.service';
import { RecoveryPreference } from '../preferences/recovery-preference.entity';
import { DomainRating, scoresOf } from './domain-rating.entity';
import { strengthsAndNeeds } from './recovery-capital-derivation';
import type { RecoveryDomain } from './recovery-domain';

/** What matching may know about a person: never scores, answers or notes. */
export interface MatchingProfile {
  /** Lowest-rated domains of the latest self-rating; empty when the person has none. */
  needs: RecoveryDomain[];
  preferences: RecoveryPreferencesView;
}

/**
 * For other domains' system processes (matching, later), which act for the person and have
 * no viewer. It reads only the person's own latest needs and preferences, and must only be
 * used to serve that same person: anything shown to someone else goes through
 * RecoveryCapitalAccess and the disclosure log.
 */
@Injectable()
export class RecoveryProfileReader {
  constructor(
    @InjectRepository(DomainRating) private readonly ratings: Repository<DomainRating>,
    @InjectRepository(RecoveryPreference) private readonly preferences: Repository<RecoveryPreference>,
  ) {}

  /** The same for many people: the latest rating of each and their preferences, in two queries. */
  async matchingProfilesOf(userIds: readonly string[]): Promise<Map<string, MatchingProfile>> {
    if (userIds.length === 0) return new Map();
    const latest = await this.ratings
      .createQueryBuilder('rating')
      .distinctOn(['rating.user_id'])
      .where('rating.user_id IN (:...userIds)', { userIds })
      .orderBy('rating.user_id')
      .addOrderBy('rating.taken_at', 'DESC')
      .addOrderBy('rating.id', 'DESC')
      .getMany();
    const preferences = await this.preferences.findBy({ userId: In([...userIds]) });
    const ratingOf = new Map(latest.map((rating) => [rating.userId, rating]));
    const preferencesOf = new Map(preferences.map((row) => [row.userId, row]));
    return new Map(
      userIds.map((userId) => {
        const rating = ratingOf.get(userId);
        return [userId, { needs: rating ? strengthsAndNeeds(scoresOf(rating)).needs : [], preferences: toPreferencesView(preferencesOf.get(userId) ?? null) }];
      }),
    );
  }

  /** The person's preferences alone (one query), for checks that need no needs: the languages they mentor in, say. */
  async preferencesOf(userId: string): Promise<RecoveryPreferencesView> {
    return toPreferencesView(await this.preferences.findOneBy({ userId }));
  }

  async matchingProfileOf(userId: string): Promise<MatchingProfile> {
    const latest = await this.ratings.findOne({ where: { userId }, order: { takenAt: 'DESC', id: 'DESC' } });
    const preferences = await this.preferences.findOneBy({ userId });
    return { needs: latest ? strengthsAndNeeds(scoresOf(latest)).needs : [], preferences: toPreferencesView(preferences) };
  }
}
