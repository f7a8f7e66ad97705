import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import type { Locale, Viewer } from '@kindred/core';
import { PeopleDirectory, type PersonSettings } from '@kindred/identity';
import { BlockList } from '@kindred/messaging';
import { RecoveryProfileReader, type MatchingProfile } from '@kindred/recovery';
import { DECLINE_QUIET_DAYS } from '../mentorships/mentorship-rules';
import { MentorPool } from './mentor-pool';
import { MentorReach, languagesOf } from './mentor-reach';
import { deleteSuggestionsOf, insertSuggestions, keptApartPairs, storedSuggestions, type StoredSuggestion } from './mentor-suggestions.queries';
import { rankMentors, type MentorCandidate, type RankedMentor } from './mentor-ranking';
import type { MentorSuggestionObject } from './mentor-suggestions.types';
import { reasonWords } from './suggestion-reasons';

/** How many suggestions are kept per member. */
export const SUGGESTIONS_KEPT = 20;
/** Members ranked and written together when a whole alliance is refreshed. */
const BATCH = 500;

/** What rules a mentor out for one member in particular: a recent decline, an open request or mentorship, a block. */
type Exclusions = Map<string, Set<string>>;

/**
 * Mentor suggestions. The worker ranks and stores each member's list when anything it
 * depends on changes (debounced jobs); the query reads the stored list, keeps only the
 * mentors every hard rule still allows (MentorReach), and ranks on demand only when nothing
 * is left. So a change of eligibility shows at once, and the refresh fills the gap. The hard rules that hold for every member (vetted, active, not on a
 * break, a place left) come with the alliance's shared pool of mentors (mentor-pool.ts); those
 * that depend on the member (languages, blocks, past answers) are read in batched queries; then
 * the documented weights (mentor-ranking.ts) are applied in memory.
 */
@Injectable()
export class MentorSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly profiles: RecoveryProfileReader,
    private readonly people: PeopleDirectory,
    private readonly blocks: BlockList,
    private readonly pool: MentorPool,
    private readonly reach: MentorReach,
  ) {}

  /** One member's best mentors now: two round trips to the database (none for mentors already in the pool) whatever the number of candidates. */
  async rank(memberId: string, now = new Date()): Promise<RankedMentor[]> {
    const [profile, settings, allianceIds] = await Promise.all([
      this.profiles.matchingProfileOf(memberId),
      this.people.settings([memberId]),
      this.alliances.activeAllianceIdsOf(this.dataSource.manager, memberId),
    ]);
    const person = settings.get(memberId);
    if (!person?.active || allianceIds.length === 0) return [];
    const [mentors, exclusions, blocked] = await Promise.all([
      this.pool.mentorsIn(allianceIds),
      this.exclusionsOf([memberId]),
      this.blocks.blockedEitherWayFor([memberId]),
    ]);
    return this.rankOne(memberId, profile, person, mentors, exclusions, blocked, now);
  }

  /** Ranks and replaces the member's stored list. */
  async refresh(memberId: string): Promise<RankedMentor[]> {
    const ranked = await this.rank(memberId);
    await this.store(new Map([[memberId, ranked]]));
    return ranked;
  }

  /**
   * Every member of an alliance (a mentor's change touches them all). Members who belong only
   * to this alliance are ranked in batches sharing its mentors' data; the few in several
   * alliances, one by one, so their other alliances' mentors count too.
   */
  async refreshAlliance(allianceId: string, now = new Date()): Promise<number> {
    const members = await this.alliances.activeMemberIdsOf(allianceId);
    const alliancesOf = await this.alliances.activeAllianceIdsByPerson(members);
    const solo = members.filter((memberId) => (alliancesOf.get(memberId) ?? []).length <= 1);
    for (const memberId of members.filter((id) => (alliancesOf.get(id) ?? []).length > 1)) await this.refresh(memberId);
    const mentors = await this.pool.mentorsIn([allianceId]);
    for (let start = 0; start < solo.length; start += BATCH) {
      const batch = solo.slice(start, start + BATCH);
      const [profiles, settings, exclusions, blocked] = await Promise.all([
        this.profiles.matchingProfilesOf(batch),
        this.people.settings(batch),
        this.exclusionsOf(batch),
        this.blocks.blockedEitherWayFor(batch),
      ]);
      const lists = new Map<string, RankedMentor[]>();
      for (const memberId of batch) {
        const person = settings.get(memberId);
        const profile = profiles.get(memberId)!;
        if (!person?.active) {
          lists.set(memberId, []);
          continue;
        }
        lists.set(memberId, this.rankOne(memberId, profile, person, mentors, exclusions, blocked, now));
      }
      await this.store(lists);
    }
    return members.length;
  }

  /**
   * The stored list, less any mentor a hard rule now keeps out (whatever the list says, and
   * through the alliance it names); ranked on the spot, and checked again, only when nothing is
   * left of it. Otherwise six queries in two rounds whatever the length of the list.
   */
  async suggestionsFor(viewer: Viewer, first: number, locale: Locale): Promise<MentorSuggestionObject[]> {
    const limit = Math.min(Math.max(first, 1), SUGGESTIONS_KEPT);
    const [stored, member] = await Promise.all([
      storedSuggestions.all(this.dataSource.manager, { memberId: viewer.userId, quietDays: DECLINE_QUIET_DAYS }),
      this.reach.memberSide(viewer.userId),
    ]);
    const [reach, storedNames] = await Promise.all([
      this.reach.decide(this.dataSource.manager, member, new Map(stored.map((row) => [row.mentorId, row.standing]))),
      this.people.summaries(stored.map((row) => row.mentorId)),
    ]);
    let names = storedNames;
    let rows: StoredSuggestion[] = stored.filter((row) => reach.get(row.mentorId)?.includes(row.allianceId)).slice(0, limit);
    if (rows.length === 0) {
      // The shared pool may be up to a minute behind a change no refresh announces (an account being deleted, say).
      const ranked = await this.refresh(viewer.userId);
      const rankedReach = await this.reach.of(
        this.dataSource.manager,
        viewer.userId,
        ranked.map((entry) => entry.mentorId),
      );
      rows = ranked.filter((entry) => rankedReach.get(entry.mentorId)?.includes(entry.allianceId)).slice(0, limit);
      names = await this.people.summaries(rows.map((row) => row.mentorId));
    }
    return rows.map((row) => ({
      mentorId: row.mentorId,
      displayName: names.get(row.mentorId)!.displayName,
      allianceId: row.allianceId,
      score: row.score,
      reasons: reasonWords(row.reasons, locale),
    }));
  }

  /** Applies the rules that depend on the member (their languages, blocks, past answers) to the pool, then the weights. */
  private rankOne(
    memberId: string,
    profile: MatchingProfile,
    person: PersonSettings,
    mentors: readonly MentorCandidate[],
    exclusions: Exclusions,
    blocked: ReadonlyMap<string, Set<string>>,
    now: Date,
  ): RankedMentor[] {
    const languages = languagesOf(profile.preferences, person);
    const excluded = exclusions.get(memberId);
    const blockedHere = blocked.get(memberId);
    const seen = new Set<string>();
    const candidates: MentorCandidate[] = [];
    for (const mentor of mentors) {
      if (mentor.mentorId === memberId || seen.has(mentor.mentorId) || excluded?.has(mentor.mentorId) || blockedHere?.has(mentor.mentorId)) continue;
      if (!mentor.languages.some((language) => languages.includes(language))) continue;
      seen.add(mentor.mentorId);
      candidates.push(mentor);
    }
    return rankMentors(
      {
        needs: profile.needs,
        pathways: profile.preferences.pathways,
        preferredGender: profile.preferences.preferredMentorGender,
        languages,
        availability: profile.preferences.availability,
        timeZone: person.timeZone,
      },
      candidates,
      now,
      SUGGESTIONS_KEPT,
    );
  }

  /** Replaces the stored lists of these members in one transaction. */
  private async store(lists: ReadonlyMap<string, RankedMentor[]>): Promise<void> {
    const rows = [...lists].flatMap(([memberId, ranked]) => ranked.map((entry, index) => ({ ...entry, memberId, rank: index + 1 })));
    await this.dataSource.transaction(async (manager) => {
      await deleteSuggestionsOf.affected(manager, { memberIds: [...lists.keys()] });
      if (rows.length > 0) await insertSuggestions.affected(manager, { rows });
    });
  }

  /** Mentors each member already asked or works with, or who declined them lately. */
  private async exclusionsOf(memberIds: readonly string[]): Promise<Exclusions> {
    const rows = await keptApartPairs.all(this.dataSource.manager, { memberIds, quietDays: DECLINE_QUIET_DAYS });
    const byMember: Exclusions = new Map();
    for (const row of rows) byMember.set(row.memberId, (byMember.get(row.memberId) ?? new Set()).add(row.mentorId));
    return byMember;
  }
}
