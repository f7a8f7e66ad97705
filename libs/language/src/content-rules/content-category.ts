export enum ContentCategory {
  HARASSMENT = 'HARASSMENT',
  DRUG_SELLING = 'DRUG_SELLING',
  SPAM = 'SPAM',
  STIGMATIZING_LANGUAGE = 'STIGMATIZING_LANGUAGE',
  CRISIS = 'CRISIS',
}

/**
 * HIGH, MEDIUM and LOW grade what a finding may lead to (hiding, review, a nudge). SUPPORT is
 * not a grade of wrongdoing: a crisis is never punished, it is answered with care (resources,
 * a peer, a coordinator), so it stands apart rather than below LOW.
 */
export enum ContentSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  SUPPORT = 'SUPPORT',
}

export const CATEGORY_SEVERITY: Readonly<Record<ContentCategory, ContentSeverity>> = Object.freeze({
  // Abuse of people and selling drugs to people in recovery put members in danger.
  [ContentCategory.HARASSMENT]: ContentSeverity.HIGH,
  [ContentCategory.DRUG_SELLING]: ContentSeverity.HIGH,
  // A nuisance and a common route to scams, but not aimed at anyone's safety.
  [ContentCategory.SPAM]: ContentSeverity.MEDIUM,
  // A suggestion to the writer, nothing more: many members use these words about themselves.
  [ContentCategory.STIGMATIZING_LANGUAGE]: ContentSeverity.LOW,
  [ContentCategory.CRISIS]: ContentSeverity.SUPPORT,
});

/** Order of findings: most severe first, SUPPORT last because it is a different kind of finding. */
export const SEVERITY_ORDER: readonly ContentSeverity[] = [ContentSeverity.HIGH, ContentSeverity.MEDIUM, ContentSeverity.LOW, ContentSeverity.SUPPORT];

/** Within one severity, the order the enum declares (harassment before drug selling). */
export const CATEGORY_ORDER: readonly ContentCategory[] = Object.values(ContentCategory);

export function isContentCategory(value: string): value is ContentCategory {
  return (CATEGORY_ORDER as readonly string[]).includes(value);
}
