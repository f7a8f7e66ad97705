import { selectLongest } from '../matching/longest-matches';
import { foldText, originalEnd, type FoldedText } from '../matching/text-folding';
import { CATEGORY_ORDER, CATEGORY_SEVERITY, ContentCategory, ContentSeverity, SEVERITY_ORDER } from './content-category';
import { compiledContentRules, ownerAppliesAt, ruleAppliesAt } from './content-rules';
import { detect } from './detectors';

/**
 * What classification found for one category. It never carries the matched text: findings are
 * stored and shown to moderators, and the content itself stays where its privacy rules apply.
 */
export interface ContentFinding {
  category: ContentCategory;
  severity: ContentSeverity;
  /** ids of the rules that matched, sorted */
  ruleIds: string[];
  /** how many matches (overlapping matches of one category count once) */
  count: number;
}

interface Candidate {
  /** original UTF-16 offsets */
  readonly from: number;
  readonly to: number;
  readonly ruleId: string;
}

/**
 * One finding per category present: HIGH first, then MEDIUM, then LOW, and SUPPORT (a crisis)
 * last because it is not a grade of wrongdoing; within a severity, in `ContentCategory` order.
 * Rules of every locale apply, whatever language the text is in.
 */
export function classifyContent(text: string): ContentFinding[] {
  if (text.length === 0) return [];
  const rules = compiledContentRules();
  const folded = foldText(text);
  const byCategory = new Map<ContentCategory, Candidate[]>();
  const add = (category: ContentCategory, candidate: Candidate): void => {
    const list = byCategory.get(category);
    if (list) list.push(candidate);
    else byCategory.set(category, [candidate]);
  };

  for (const hit of rules.automaton.findAll(folded)) {
    const from = folded.starts[hit.from]!;
    const to = originalEnd(folded, hit.to - 1);
    for (const owner of rules.ownersOfPhrase[hit.phrase]!) {
      if (ownerAppliesAt(owner, rules, folded, hit.from, hit.to)) add(owner.category, { from, to, ruleId: owner.ruleId });
    }
  }
  for (const rule of rules.detectorRules) {
    for (const detection of detect(rule.detector, text)) {
      if (ruleAppliesAt(rule, rules, folded, unitAt(folded, detection.start), unitAt(folded, detection.end))) {
        add(rule.category, { from: detection.start, to: detection.end, ruleId: rule.id });
      }
    }
  }

  const kept = new Map<ContentCategory, Candidate[]>();
  for (const [category, candidates] of byCategory) kept.set(category, selectLongest(candidates));
  // "I hope you overdose" is a threat, not a disclosure: crisis words inside harassment belong to it.
  const harassment = kept.get(ContentCategory.HARASSMENT);
  const crisis = kept.get(ContentCategory.CRISIS);
  if (harassment && crisis) {
    const remaining = crisis.filter((match) => !harassment.some((threat) => threat.from <= match.from && match.to <= threat.to));
    if (remaining.length > 0) kept.set(ContentCategory.CRISIS, remaining);
    else kept.delete(ContentCategory.CRISIS);
  }

  const findings: ContentFinding[] = [...kept].map(([category, matches]) => ({
    category,
    severity: CATEGORY_SEVERITY[category],
    ruleIds: [...new Set(matches.map((match) => match.ruleId))].sort(),
    count: matches.length,
  }));
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  );
}

/** The version of the moderation rules (and lexicons' stigma rules) a finding was made with. */
export function contentRulesVersion(): string {
  return compiledContentRules().version;
}

/** The first folded unit that starts at or after an original offset. */
function unitAt(text: FoldedText, offset: number): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (text.starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
