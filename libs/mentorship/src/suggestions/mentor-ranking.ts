import type { MentorGender, RecoveryDomain, RecoveryPathway, WeeklySlot } from '@kindred/recovery';
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
  reasons: string[];
}

const DOMAIN_WORDS: Record<RecoveryDomain, string> = {
  PHYSICAL_AND_MENTAL_HEALTH: 'health',
  FAMILY_SOCIAL_SUPPORT_AND_LEISURE: 'family and social life',
  SAFE_HOUSING_AND_ENVIRONMENT: 'housing',
  PEER_SUPPORT: 'peer support',
  EMPLOYMENT_AND_LEGAL: 'employment',
  SKILLS_AND_EDUCATION: 'skills and education',
  COMMUNITY_AND_CULTURE: 'community life',
  MEANING_AND_PURPOSE: 'meaning and purpose',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const listOf = (words: readonly string[]): string => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** One mentor's fit for one member: a score out of 100 and the reasons a person can read. */
export function scoreMentor(mentee: MenteeProfile, mentor: MentorCandidate, now: Date, menteeWeek?: readonly WeekInterval[]): RankedMentor {
  const reasons: string[] = [];
  const shared = mentor.languages.filter((language) => mentee.languages.includes(language));
  if (shared.length > 0) reasons.push(`speaks ${listOf(shared.map((code) => languageNames.of(code) ?? code))}`);

  const helped = mentee.needs.filter((need) => mentor.focusDomains.includes(need));
  const needs = mentee.needs.length === 0 ? 0.5 : helped.length / Math.min(mentee.needs.length, 3);
  if (helped.length > 0) reasons.push(`has supported people with ${listOf(helped.map((domain) => DOMAIN_WORDS[domain]))}`);

  const pathwayShared = mentee.pathways.some((pathway) => mentor.pathways.includes(pathway));
  const pathway = mentee.pathways.length === 0 ? 0.5 : pathwayShared ? 1 : 0;
  if (pathwayShared) reasons.push('has walked a similar recovery pathway');

  const gender = mentee.preferredGender === null ? 1 : mentor.gender === mentee.preferredGender ? 1 : 0;
  if (mentee.preferredGender !== null && gender === 1) reasons.push('matches your preference for a mentor');

  let availability = 0.5;
  if (mentee.availability.length > 0 && mentor.availability.length > 0) {
    const common = overlaps(menteeWeek ?? toUtcWeek(mentee.availability, mentee.timeZone, now), toUtcWeek(mentor.availability, mentor.timeZone, now));
    const minutes = common.reduce((sum, [start, end]) => sum + end - start, 0);
    availability = Math.min(minutes / ENOUGH_SHARED_MINUTES, 1);
    if (common.length > 0) {
      const longest = common.reduce((best, stretch) => (stretch[1] - stretch[0] > best[1] - best[0] ? stretch : best));
      reasons.push(`available on ${describeStretch(longest, mentee.timeZone, now)}`);
    }
  }

  const load = mentor.maxMentees > 0 ? Math.max(0, 1 - mentor.load / mentor.maxMentees) : 0;
  const recency = mentor.lastMatchedAt === null ? 1 : Math.min((now.getTime() - mentor.lastMatchedAt.getTime()) / 86_400_000, RECENCY_DAYS) / RECENCY_DAYS;
  reasons.push(`in your alliance, ${mentor.allianceName}`);

  const score =
    WEIGHTS.needs * needs +
    WEIGHTS.pathway * pathway +
    WEIGHTS.gender * gender +
    WEIGHTS.availability * availability +
    WEIGHTS.load * load +
    WEIGHTS.recency * recency -
    WEIGHTS.unansweredPenalty * Math.min(mentor.unansweredRecently, MAX_PENALISED_LAPSES);
  return { mentorId: mentor.mentorId, allianceId: mentor.allianceId, score: Math.round(score * 100) / 100, reasons };
}

/** The best `limit` mentors, best first; ties go to the less loaded, then the longer waiting, mentor. */
export function rankMentors(mentee: MenteeProfile, candidates: readonly MentorCandidate[], now: Date, limit: number): RankedMentor[] {
  const menteeWeek = toUtcWeek(mentee.availability, mentee.timeZone, now);
  const byId = new Map(candidates.map((candidate) => [candidate.mentorId, candidate]));
  return candidates
    .map((candidate) => scoreMentor(mentee, candidate, now, menteeWeek))
    .sort((a, b) => {
      if (b.score !== a.score) return b.score - a.score;
      const [left, right] = [byId.get(a.mentorId)!, byId.get(b.mentorId)!];
      return left.load - right.load || (left.lastMatchedAt?.getTime() ?? 0) - (right.lastMatchedAt?.getTime() ?? 0) || a.mentorId.localeCompare(b.mentorId);
    })
    .slice(0, limit);
}
