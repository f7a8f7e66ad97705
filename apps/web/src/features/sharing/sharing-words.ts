import { useTranslation } from 'react-i18next';
import type { CircleRelationship, SharingEnd, SharingScope } from '../../graphql/generated/graphql';

export const RELATIONSHIPS: readonly CircleRelationship[] = ['FAMILY', 'PARTNER', 'FRIEND', 'NEIGHBOUR', 'PROFESSIONAL'];

/** The order scopes are offered and shown in: the gentlest first. */
export const SCOPES: readonly SharingScope[] = ['MILESTONES', 'CHECKINS', 'PLAN', 'CAPITAL', 'DIARY_SHARED'];

/** The words every sharing page uses for relationships, scopes, days and ends. */
export function useSharingWords() {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  const moment = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return {
    day,
    moment,
    relationship: (relationship: CircleRelationship) => t(`sharing.relationship.${relationship}`),
    /** In a sentence: "their check-ins". */
    scope: (scope: SharingScope) => t(`sharing.scope.${scope}.inSentence`),
    /** As a heading: "Check-ins". */
    scopeTitle: (scope: SharingScope) => t(`sharing.scope.${scope}.title`),
    scopeAbout: (scope: SharingScope) => t(`sharing.scope.${scope}.about`),
    until: (ends: SharingEnd, expiresAt: string | null | undefined) =>
      ends === 'WHEN_RELATIONSHIP_ENDS' || !expiresAt ? t('sharing.untilRelationshipEnds') : t('sharing.until', { date: day(expiresAt) }),
  };
}
