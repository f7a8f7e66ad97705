import { registerEnumType } from '@nestjs/graphql';

/**
 * How a grant ends by itself (42 CFR Part 2 §2.31(a)(6): every consent has an end). Whatever
 * the kind, a grant also ends at once when the relationship behind it ends (the supporter
 * leaves the circle or is removed, the mentorship ends), and whenever the owner revokes it.
 */
export enum SharingEnd {
  ON_DATE = 'ON_DATE',
  WHEN_RELATIONSHIP_ENDS = 'WHEN_RELATIONSHIP_ENDS',
}

/** The end the person gets when they name none: long enough to matter, short enough to be looked at again. */
export const DEFAULT_SHARING_MONTHS = 12;

export function defaultSharingEnd(now: Date): Date {
  const end = new Date(now);
  end.setUTCMonth(end.getUTCMonth() + DEFAULT_SHARING_MONTHS);
  return end;
}

registerEnumType(SharingEnd, {
  name: 'SharingEnd',
  description: 'How a sharing ends by itself. Either way it also ends when the relationship ends, and whenever its owner stops it.',
  valuesMap: {
    ON_DATE: {
      description: `On a date (${DEFAULT_SHARING_MONTHS} months from the day it is given unless the person picks another), or sooner if the relationship ends.`,
    },
    WHEN_RELATIONSHIP_ENDS: { description: 'When the supporter leaves the support circle or is removed from it, or when the mentorship ends.' },
  },
});

/** When the relationship behind a grant ends, in the owner's words for the consent statement. */
export function relationshipEndWords(relationship: string, granteeName: string): string {
  if (relationship === 'SUPPORTER') return `${granteeName} leaves your support circle`;
  if (relationship === 'MENTOR') return `your mentorship with ${granteeName} ends`;
  return `${granteeName} is no longer your ${relationship.toLowerCase()}`;
}
