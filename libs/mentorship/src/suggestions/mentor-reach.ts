import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { PeopleDirectory, type PersonSettings } from '@kindred/identity';
import { BlockList } from '@kindred/messaging';
import { RecoveryProfileReader, type RecoveryPreferencesView } from '@kindred/recovery';
import { DECLINE_QUIET_DAYS } from '../mentorships/mentorship-rules';
import { mentorStandings, type MentorStanding } from './mentor-suggestions.queries';

/** The member's side of the rules, read once whatever the number of mentors. */
export interface MemberSide {
  memberId: string;
  preferences: RecoveryPreferencesView;
  blocked: ReadonlySet<string>;
}

/** The member's languages, or the language they use Kindred in when they named none. */
export function languagesOf(preferences: Pick<RecoveryPreferencesView, 'languages'>, person: Pick<PersonSettings, 'locale'> | undefined): string[] {
  return preferences.languages.length > 0 ? [...preferences.languages] : [person?.locale ?? 'en'];
}

/**
 * Every hard rule between one member and the mentors they might ask, checked against the
 * facts as they are now, whatever a stored suggestion list says: the mentor is vetted, not
 * paused, in an alliance the member still belongs to; shares a language with them; has a free
 * place there; is not on a break and has not left Kindred; neither blocked the other; has not
 * declined this member in the last 90 days; is not already asked by, or working with, the
 * member; and is not the member themself.
 *
 * Five set-based queries in two rounds, whatever the number of mentors: cheap enough for
 * every read of suggestions (which reads the standings with the stored list) and every request.
 */
@Injectable()
export class MentorReach {
  constructor(
    private readonly alliances: AllianceDirectory,
    private readonly people: PeopleDirectory,
    private readonly profiles: RecoveryProfileReader,
    private readonly blocks: BlockList,
  ) {}

  /**
   * For each mentor the member may ask now, the alliances through which they may (absent:
   * not now). Inside a transaction, pass its manager: places are then counted under its locks.
   */
  async of(manager: EntityManager, memberId: string, mentorIds: readonly string[]): Promise<Map<string, string[]>> {
    const mentors = [...new Set(mentorIds)].filter((mentorId) => mentorId !== memberId);
    if (mentors.length === 0) return new Map();
    const [member, rows] = await Promise.all([
      this.memberSide(memberId),
      mentorStandings.all(manager, { mentorIds: mentors, memberId, quietDays: DECLINE_QUIET_DAYS }),
    ]);
    return this.decide(manager, member, new Map(rows.map((row) => [row.mentorId, row.standing])));
  }

  /** What the rules need of the member alone; it can be read alongside the mentors' standings. */
  async memberSide(memberId: string): Promise<MemberSide> {
    const [preferences, blocked] = await Promise.all([this.profiles.preferencesOf(memberId), this.blocks.blockedEitherWay(memberId)]);
    return { memberId, preferences, blocked };
  }

  /** Applies every rule to mentors whose standings are known; see `of`. */
  async decide(manager: EntityManager, member: MemberSide, standings: ReadonlyMap<string, MentorStanding>): Promise<Map<string, string[]>> {
    const mentors = [...standings.keys()].filter((mentorId) => mentorId !== member.memberId);
    if (mentors.length === 0) return new Map();
    const [vettings, settings] = await Promise.all([
      this.alliances.vettingsOf(manager, mentors, { sharedWith: member.memberId }),
      this.people.settings([member.memberId, ...mentors]),
    ]);
    const languages = languagesOf(member.preferences, settings.get(member.memberId));
    const reach = new Map<string, string[]>();
    for (const mentorId of mentors) {
      const standing = standings.get(mentorId)!;
      if (standing.away || standing.keptApart || !settings.get(mentorId)?.active || member.blocked.has(mentorId)) continue;
      const through = (vettings.get(mentorId) ?? [])
        .filter((vetting) => standing.taken < vetting.maxMentees && vetting.languages.some((language) => languages.includes(language)))
        .map((vetting) => vetting.allianceId);
      if (through.length > 0) reach.set(mentorId, through);
    }
    return reach;
  }
}
