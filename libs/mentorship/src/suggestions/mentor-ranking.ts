import type { MentorGender, RecoveryDomain, RecoveryPathway, WeeklySlot } from '@kindred/recovery';
import type { SuggestionReason } from './suggestion-reasons';
import { describeStretch, overlaps, toUtcWeek, type WeekInterval } from './weekly-time';

/**
 * How much each part of the fit counts, out of 100 (before the penalty). The documented rule:
 * - needs: the member's lowest recovery capital domains the mentor focuses on (their share of
 *   up to three needs); neutral (half) when the member has no rating yet;
 * - pathway: a recovery pathway in common; neutral when the member gave none;
 * - gender: the member's preferred mentor gender, when they have one;
 * - availability: weekly time in common, in each person's own time zone, up to 4 hours;
 *   neutral when either gave no times;
 * - load: free places the mentor has left, so mentees spread fairly rather than pile up;
 * - recency: time since the mentor last started a mentorship, up to 60 days;
 * - penalty: per request the mentor let lapse unanswered in the last 90 days, up to three.
 */
export const WEIGHTS = {
  needs: 30,
  pathway: 15,
  gender: 10,
  availability: 15,
  load: 20,
  recency: 10,
  unansweredPenalty: 6,
} as const;

const ENOUGH_SHARED_MINUTES = 240;
const RECENCY_DAYS = 60;
const MAX_PENALISED_LAPSES = 3;

export interface MenteeProfile {
  needs: readonly RecoveryDomain[];
  pathways: readonly RecoveryPathway[];
  preferredGender: MentorGender | null;
  languages: readonly string[];
  availability: readonly WeeklySlot[];
  timeZone: string;
}

export interface MentorCandidate {
  mentorId: string;
  allianceId: string;
  allianceName: string;
  languages: readonly string[];
  focusDomains: readonly RecoveryDomain[];
  pathways: readonly RecoveryPathway[];
  gender: MentorGender | null;
  availability: readonly WeeklySlot[];
  timeZone: string;
  maxMentees: number;
  load: number;
  lastMatchedAt: Date | null;
  unansweredRecently: number;
}

export interface RankedMentor {
  mentorId: string;
  allianceId: string;
  score: number;
  reasons: SuggestionReason[];
}

interface Fit {
  score: number;
  helped: RecoveryDomain[];
  pathwayShared: boolean;
  genderMatched: boolean;
  common: WeekInterval[];
}

/** The score alone, for every candidate; reasons are written only for the few kept. */
function fitOf(mentee: MenteeProfile, mentor: MentorCandidate, now: Date, menteeWeek: readonly WeekInterval[]): Fit {
  const helped = mentee.needs.filter((need) => mentor.focusDomains.includes(need));
  const needs = mentee.needs.length === 0 ? 0.5 : helped.length / Math.min(mentee.needs.length, 3);
  const pathwayShared = mentee.pathways.some((pathway) => mentor.pathways.includes(pathway));
  const pathway = mentee.pathways.length === 0 ? 0.5 : pathwayShared ? 1 : 0;
  const genderMatched = mentee.preferredGender !== null && mentor.gender === mentee.preferredGender;
  const gender = mentee.preferredGender === null || genderMatched ? 1 : 0;
  let availability = 0.5;
  let common: WeekInterval[] = [];
  if (mentee.availability.length > 0 && mentor.availability.length > 0) {
    common = overlaps(menteeWeek, toUtcWeek(mentor.availability, mentor.timeZone, now));
    availability = Math.min(common.reduce((sum, [start, end]) => sum + end - start, 0) / ENOUGH_SHARED_MINUTES, 1);
  }
  const load = mentor.maxMentees > 0 ? Math.max(0, 1 - mentor.load / mentor.maxMentees) : 0;
  const recency = mentor.lastMatchedAt === null ? 1 : Math.min((now.getTime() - mentor.lastMatchedAt.getTime()) / 86_400_000, RECENCY_DAYS) / RECENCY_DAYS;
  const score =
    WEIGHTS.needs * needs +
    WEIGHTS.pathway * pathway +
    WEIGHTS.gender * gender +
    WEIGHTS.availability * availability +
    WEIGHTS.load * load +
    WEIGHTS.recency * recency -
    WEIGHTS.unansweredPenalty * Math.min(mentor.unansweredRecently, MAX_PENALISED_LAPSES);
  return { score: Math.round(score * 100) / 100, helped, pathwayShared, genderMatched, common };
}

/** The reasons as data; suggestion-reasons.ts puts them into the reader's words. */
function reasonsFor(mentee: MenteeProfile, mentor: MentorCandidate, fit: Fit, now: Date): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const shared = mentor.languages.filter((language) => mentee.languages.includes(language));
  if (shared.length > 0) reasons.push({ kind: 'SPEAKS', languages: shared });
  if (fit.helped.length > 0) reasons.push({ kind: 'SUPPORTED_WITH', domains: fit.helped });
  if (fit.pathwayShared) reasons.push({ kind: 'SIMILAR_PATHWAY' });
  if (fit.genderMatched) reasons.push({ kind: 'PREFERRED_GENDER' });
  if (fit.common.length > 0) {
    const longest = fit.common.reduce((best, stretch) => (stretch[1] - stretch[0] > best[1] - best[0] ? stretch : best));
    reasons.push({ kind: 'AVAILABLE', ...describeStretch(longest, mentee.timeZone, now) });
  }
  reasons.push({ kind: 'SAME_ALLIANCE', allianceName: mentor.allianceName });
  return reasons;
}

/** One mentor's fit for one member: a score out of 100 and the reasons a person can read. */
export function scoreMentor(mentee: MenteeProfile, mentor: MentorCandidate, now: Date): RankedMentor {
  const fit = fitOf(mentee, mentor, now, toUtcWeek(mentee.availability, mentee.timeZone, now));
  return { mentorId: mentor.mentorId, allianceId: mentor.allianceId, score: fit.score, reasons: reasonsFor(mentee, mentor, fit, now) };
}

/** The best `limit` mentors, best first; ties go to the less loaded, then the longer waiting, mentor. */
export function rankMentors(mentee: MenteeProfile, candidates: readonly MentorCandidate[], now: Date, limit: number): RankedMentor[] {
  const menteeWeek = toUtcWeek(mentee.availability, mentee.timeZone, now);
  return candidates
    .map((mentor) => ({ mentor, fit: fitOf(mentee, mentor, now, menteeWeek) }))
    .sort(
      (a, b) =>
        b.fit.score - a.fit.score ||
        a.mentor.load - b.mentor.load ||
        (a.mentor.lastMatchedAt?.getTime() ?? 0) - (b.mentor.lastMatchedAt?.getTime() ?? 0) ||
        a.mentor.mentorId.localeCompare(b.mentor.mentorId),
    )
    .slice(0, limit)
    .map(({ mentor, fit }) => ({ mentorId: mentor.mentorId, allianceId: mentor.allianceId, score: fit.score, reasons: reasonsFor(mentee, mentor, fit, now) }));
}
