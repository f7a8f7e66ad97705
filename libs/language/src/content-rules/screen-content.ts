import { classifyContent, type ContentFinding } from './classify-content';
import { ContentCategory, ContentSeverity } from './content-category';

/** Severities a moderator reviews: harassment and dealing (HIGH), spam and links (MEDIUM). */
const REVIEWED: ReadonlySet<ContentSeverity> = new Set([ContentSeverity.HIGH, ContentSeverity.MEDIUM]);

/**
 * The one verdict on a text, the same in the request that stores it and in the worker that
 * opens its case, so that nothing held is ever shown first and hidden a moment later.
 */
export interface ContentScreening {
  /** Findings a moderator reviews, most severe first: each opens or joins the subject's case. */
  forReview: ContentFinding[];
  /** A crisis signal: answered with support, never held and never delayed. */
  crisis: boolean;
  /**
   * The category the content is held for (the most severe finding), from the moment it is
   * stored until a moderator looks; null when it is shown at once.
   */
  heldFor: ContentCategory | null;
}

export function screenContent(text: string): ContentScreening {
  const findings = classifyContent(text);
  const forReview = findings.filter((finding) => REVIEWED.has(finding.severity));
  const crisis = findings.some((finding) => finding.category === ContentCategory.CRISIS);
  // Someone reaching out in crisis is heard at once, even when their words also match a rule
  // ("I want to die, who's selling"): a moderator still reviews those findings.
  return { forReview, crisis, heldFor: crisis ? null : (forReview[0]?.category ?? null) };
}
