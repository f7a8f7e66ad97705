import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { ChangeStamps } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import type { MentorCandidate } from './mentor-ranking';
import { poolStandings } from './mentor-suggestions.queries';

/** Lapsed requests older than this no longer lower a mentor's ranking. */
const UNANSWERED_WINDOW_DAYS = 90;
/**
 * The longest a snapshot is trusted without a known change. Some inputs change with time alone
 * (a break ends, a lapse leaves the 90-day window) or in another alliance the mentor also
 * serves; a minute bounds how long they go unseen.
 */
const SNAPSHOT_TTL_MS = 60_000;

interface Snapshot {
  stamp: string;
  loadedAt: number;
  mentors: Promise<MentorCandidate[]>;
}

/** What the pool knows of a mentor beyond their profile. */
type Standing = Pick<MentorCandidate, 'timeZone' | 'load' | 'lastMatchedAt' | 'unansweredRecently'>;

/**
 * The mentors each alliance can offer right now (vetted, active, not on a break, with a place
 * left), with their load and history: the same for every member of the alliance, so it is read
 * once and shared rather than read again for each member ranked. Ranking one member then
 * needs only what is theirs.
 *
 * Each process keeps its own snapshots, checked against the change stamp that enqueuing the
 * alliance's refresh raises (whichever process enqueues it, without waiting for its debounce).
 * So every copy of the API and worker drops its snapshot as soon as a mentor's profile, vetting,
 * load or availability changes, and no snapshot outlives SNAPSHOT_TTL_MS. Redis only says
 * "this changed"; Postgres stays the source.
 */
@Injectable()
export class MentorPool {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stamps: ChangeStamps,
    private readonly alliances: AllianceDirectory,
    private readonly people: PeopleDirectory,
  ) {}

  /** The mentors on offer in these alliances; a mentor vetted in two appears once per alliance. */
  async mentorsIn(allianceIds: readonly string[]): Promise<MentorCandidate[]> {
    if (allianceIds.length === 0) return [];
    const stamps = await this.stamps.current(
      'mentorship.refresh-alliance-suggestions',
      allianceIds.map((allianceId) => ({ allianceId })),
    );
    const snapshots = await Promise.all(allianceIds.map((allianceId, index) => this.snapshotOf(allianceId, stamps[index]!)));
    return snapshots.flat();
  }

  /** Requests arriving while a snapshot loads share that load rather than each reading the alliance again. */
  private snapshotOf(allianceId: string, stamp: string): Promise<MentorCandidate[]> {
    const known = this.snapshots.get(allianceId);
    if (known && known.stamp === stamp && Date.now() - known.loadedAt <= SNAPSHOT_TTL_MS) return known.mentors;
    const snapshot: Snapshot = { stamp, loadedAt: Date.now(), mentors: this.load(allianceId) };
    this.snapshots.set(allianceId, snapshot);
    snapshot.mentors.catch(() => {
      if (this.snapshots.get(allianceId) === snapshot) this.snapshots.delete(allianceId);
    });
    return snapshot.mentors;
  }

  private async load(allianceId: string): Promise<MentorCandidate[]> {
    const vetted = await this.alliances.vettedMentorsIn([allianceId]);
    const standings = await this.standingsOf([...new Set(vetted.map((mentor) => mentor.mentorId))]);
    const mentors: MentorCandidate[] = [];
    for (const mentor of vetted) {
      const standing = standings.get(mentor.mentorId);
      if (standing && standing.load < mentor.maxMentees) mentors.push({ ...mentor, ...standing });
    }
    return mentors;
  }

  /** Load, last match, lapsed requests and time zone of every mentor who is active and not on a break, in two queries. */
  private async standingsOf(mentorIds: readonly string[]): Promise<Map<string, Standing>> {
    if (mentorIds.length === 0) return new Map();
    const [rows, settings] = await Promise.all([
      poolStandings.all(this.dataSource.manager, { mentorIds, unansweredWindowDays: UNANSWERED_WINDOW_DAYS }),
      this.people.settings(mentorIds),
    ]);
    const standings = new Map<string, Standing>();
    for (const row of rows) {
      const person = settings.get(row.mentorId);
      if (!person?.active || row.away) continue;
      standings.set(row.mentorId, {
        timeZone: person.timeZone,
        load: row.load,
        lastMatchedAt: row.lastMatchedAt,
        unansweredRecently: row.unansweredRecently,
      });
    }
    return standings;
  }
}
