import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { PeopleDirectory, type PersonSettings } from '@kindred/identity';
import { BlockList } from '@kindred/messaging';
import { RecoveryProfileReader, type MatchingProfile } from '@kindred/recovery';
import { DECLINE_QUIET_DAYS, HOLDS_A_PLACE, keepsApart } from '../mentorships/mentorship-rules';

interface StandingRow {
  mentor_id: string;
  taken: string;
  away: boolean;
  kept_apart: boolean;
}

/** The member's languages, or the language they use Kindred in when they named none. */
export function languagesOf(profile: MatchingProfile, person: Pick<PersonSettings, 'locale'> | undefined): string[] {
  return profile.preferences.languages.length > 0 ? [...profile.preferences.languages] : [person?.locale ?? 'en'];
}

/**
 * Every hard rule between one member and the mentors they might ask, checked against the
 * facts as they are now, whatever a stored suggestion list says: the mentor is vetted, not
 * paused, in an alliance the member still belongs to; shares a language with them; has a free
 * place there; is not on a break and has not left Kindred; neither blocked the other; has not
 * declined this member in the last 90 days; is not already asked by, or working with, the
 * member; and is not the member themself.
 *
 * Six set-based queries, run together, whatever the number of mentors: cheap enough for every
 * read of suggestions and for every request.
 */
@Injectable()
export class MentorReach {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly people: PeopleDirectory,
    private readonly profiles: RecoveryProfileReader,
    private readonly blocks: BlockList,
  ) {}

  /**
   * For each mentor the member may ask now, the alliances through which they may (absent:
   * not now). Inside a transaction, pass its manager: places are then counted under its locks.
   */
  async of(memberId: string, mentorIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const mentors = [...new Set(mentorIds)].filter((mentorId) => mentorId !== memberId);
    if (mentors.length === 0) return new Map();
    const [memberAlliances, vettings, settings, profile, blocked, standings] = await Promise.all([
      this.alliances.activeAllianceIdsOf(memberId, manager),
      this.alliances.vettingsOf(mentors, manager),
      this.people.settings([memberId, ...mentors]),
      this.profiles.matchingProfileOf(memberId),
      this.blocks.blockedEitherWayFor([memberId]),
      this.standingsOf(manager, memberId, mentors),
    ]);
    const languages = languagesOf(profile, settings.get(memberId));
    const blockedHere = blocked.get(memberId);
    const reach = new Map<string, string[]>();
    for (const mentorId of mentors) {
      const standing = standings.get(mentorId);
      if (!standing || standing.away || standing.kept_apart || !settings.get(mentorId)?.active || blockedHere?.has(mentorId)) continue;
      const taken = Number(standing.taken);
      const through = (vettings.get(mentorId) ?? [])
        .filter(
          (vetting) =>
            memberAlliances.includes(vetting.allianceId) && taken < vetting.maxMentees && vetting.languages.some((language) => languages.includes(language)),
        )
        .map((vetting) => vetting.allianceId);
      if (through.length > 0) reach.set(mentorId, through);
    }
    return reach;
  }

  /** Places taken, a break under way, and what keeps each mentor apart from this member: one query. */
  private async standingsOf(manager: EntityManager, memberId: string, mentorIds: readonly string[]): Promise<Map<string, StandingRow>> {
    const rows: StandingRow[] = await manager.query(
      `SELECT ids.mentor_id,
              (SELECT count(*) FROM mentorships WHERE mentor_id = ids.mentor_id AND ${HOLDS_A_PLACE}) AS taken,
              EXISTS (SELECT 1 FROM mentor_availability a WHERE a.mentor_id = ids.mentor_id AND a.unavailable_until > now()) AS away,
              EXISTS (SELECT 1 FROM mentorships WHERE member_id = $2 AND mentor_id = ids.mentor_id AND ${keepsApart('$3')}) AS kept_apart
         FROM unnest($1::uuid[]) AS ids(mentor_id)`,
      [mentorIds, memberId, DECLINE_QUIET_DAYS],
    );
    return new Map(rows.map((row) => [row.mentor_id, row]));
  }
}
