import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import type { Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { BlockList } from '@kindred/messaging';
import { RecoveryProfileReader } from '@kindred/recovery';
import { DECLINE_QUIET_DAYS } from '../mentorships/mentorships.service';
import { rankMentors, type MenteeProfile, type MentorCandidate, type RankedMentor } from './mentor-ranking';
import type { MentorSuggestionObject } from './mentor-suggestions.types';

/** How many suggestions are kept per member. */
export const SUGGESTIONS_KEPT = 20;
const UNANSWERED_WINDOW_DAYS = 90;

interface MentorStats {
  mentor_id: string;
  load: string;
  last_matched: Date | null;
  unanswered: string;
  away: boolean;
  declined_member: boolean;
  open_with_member: boolean;
}

/**
 * Mentor suggestions. The worker ranks and stores each member's list when anything it
 * depends on changes (debounced jobs); the query reads the stored list and ranks on demand
 * only when none exists. Ranking applies every hard rule in its queries, then the documented
 * weights (mentor-ranking.ts) in memory.
 */
@Injectable()
export class MentorSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly profiles: RecoveryProfileReader,
    private readonly people: PeopleDirectory,
    private readonly blocks: BlockList,
  ) {}

  /** The member's best mentors now, by the hard rules and the weights. */
  async rank(memberId: string, now = new Date()): Promise<RankedMentor[]> {
    const [allianceIds, profile, settings] = await Promise.all([
      this.alliances.activeAllianceIdsOf(memberId),
      this.profiles.matchingProfileOf(memberId),
      this.people.settings([memberId]),
    ]);
    const person = settings.get(memberId);
    if (!person?.active || allianceIds.length === 0) return [];
    const languages = profile.preferences.languages.length > 0 ? profile.preferences.languages : [person.locale];
    const vetted = (await this.alliances.vettedMentorsIn(allianceIds, languages)).filter((mentor) => mentor.mentorId !== memberId);
    if (vetted.length === 0) return [];
    const mentorIds = [...new Set(vetted.map((mentor) => mentor.mentorId))];
    const [stats, blocked, zones] = await Promise.all([this.statsOf(memberId, mentorIds), this.blocks.blockedEitherWay(memberId), this.people.settings(mentorIds)]);
    const statsOf = new Map(stats.map((row) => [row.mentor_id, row]));
    const candidates: MentorCandidate[] = [];
    const seen = new Set<string>();
    for (const mentor of vetted) {
      const row = statsOf.get(mentor.mentorId);
      const load = Number(row?.load ?? 0);
      const excluded = seen.has(mentor.mentorId) || blocked.has(mentor.mentorId) || row?.away || row?.declined_member || row?.open_with_member || load >= mentor.maxMentees;
      if (excluded || !zones.get(mentor.mentorId)?.active) continue;
      seen.add(mentor.mentorId);
      candidates.push({
        ...mentor,
        timeZone: zones.get(mentor.mentorId)!.timeZone,
        load,
        lastMatchedAt: row?.last_matched ?? null,
        unansweredRecently: Number(row?.unanswered ?? 0),
      });
    }
    const mentee: MenteeProfile = {
      needs: profile.needs,
      pathways: profile.preferences.pathways,
      preferredGender: profile.preferences.preferredMentorGender,
      languages,
      availability: profile.preferences.availability,
      timeZone: person.timeZone,
    };
    return rankMentors(mentee, candidates, now, SUGGESTIONS_KEPT);
  }

  /** Ranks and replaces the member's stored list in one transaction. */
  async refresh(memberId: string): Promise<RankedMentor[]> {
    const ranked = await this.rank(memberId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM mentor_suggestions WHERE member_id = $1`, [memberId]);
      if (ranked.length === 0) return;
      await manager.query(
        `INSERT INTO mentor_suggestions (member_id, mentor_id, alliance_id, rank, score, reasons)
         SELECT $1, s.mentor_id, s.alliance_id, s.rank, s.score, ARRAY(SELECT jsonb_array_elements_text(s.reasons))
           FROM jsonb_to_recordset($2::jsonb) AS s(mentor_id uuid, alliance_id uuid, rank int, score real, reasons jsonb)`,
        [memberId, JSON.stringify(ranked.map((entry, index) => ({ mentor_id: entry.mentorId, alliance_id: entry.allianceId, rank: index + 1, score: entry.score, reasons: entry.reasons })))],
      );
    });
    return ranked;
  }

  /** Every member of an alliance, one after another (a mentor's change touches them all). */
  async refreshAlliance(allianceId: string): Promise<number> {
    const members = await this.alliances.activeMemberIdsOf(allianceId);
    for (const memberId of members) await this.refresh(memberId);
    return members.length;
  }

  /** The stored list; ranked on the spot only when there is none yet. */
  async suggestionsFor(viewer: Viewer, first: number): Promise<MentorSuggestionObject[]> {
    const limit = Math.min(Math.max(first, 1), SUGGESTIONS_KEPT);
    let rows: { mentor_id: string; alliance_id: string; score: number; reasons: string[] }[] = await this.dataSource.query(
      `SELECT mentor_id, alliance_id, score, reasons FROM mentor_suggestions WHERE member_id = $1 ORDER BY rank LIMIT $2`,
      [viewer.userId, limit],
    );
    if (rows.length === 0) {
      rows = (await this.refresh(viewer.userId))
        .slice(0, limit)
        .map((entry) => ({ mentor_id: entry.mentorId, alliance_id: entry.allianceId, score: entry.score, reasons: entry.reasons }));
    }
    const names = await this.people.summaries(rows.map((row) => row.mentor_id));
    return rows.map((row) => ({
      mentorId: row.mentor_id,
      displayName: names.get(row.mentor_id)!.displayName,
      allianceId: row.alliance_id,
      score: row.score,
      reasons: row.reasons,
    }));
  }

  /** Load, last match, lapsed requests and the member-specific rules for every candidate, in one query. */
  private statsOf(memberId: string, mentorIds: readonly string[]): Promise<MentorStats[]> {
    return this.dataSource.query(
      `SELECT ids.mentor_id,
              count(m.id) FILTER (WHERE m.status IN ('ACTIVE', 'PAUSED')) AS load,
              max(m.started_at) AS last_matched,
              count(m.id) FILTER (WHERE m.status = 'EXPIRED' AND m.expires_at > now() - make_interval(days => $3)) AS unanswered,
              bool_or(m.member_id = $1 AND m.status = 'DECLINED' AND m.responded_at > now() - make_interval(days => $4)) IS TRUE AS declined_member,
              bool_or(m.member_id = $1 AND m.status IN ('REQUESTED', 'ACTIVE', 'PAUSED')) IS TRUE AS open_with_member,
              EXISTS (SELECT 1 FROM mentor_availability a WHERE a.mentor_id = ids.mentor_id AND a.unavailable_until > now()) AS away
         FROM unnest($2::uuid[]) AS ids(mentor_id)
         LEFT JOIN mentorships m ON m.mentor_id = ids.mentor_id
        GROUP BY ids.mentor_id`,
      [memberId, mentorIds, UNANSWERED_WINDOW_DAYS, DECLINE_QUIET_DAYS],
    );
  }
}
