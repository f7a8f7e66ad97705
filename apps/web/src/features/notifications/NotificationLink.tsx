import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../design';
import type { NotificationKind } from '../../graphql/generated/graphql';

/** Where a notification of each kind is answered in the app, and the words of its button. */
function destination(t: TFunction, kind: NotificationKind, subjectId: string | null): { href: string; label: string } | null {
  switch (kind) {
    case 'NEW_MESSAGE':
      return subjectId ? { href: `/messages/${subjectId}`, label: t('notifications.openConversation') } : null;
    case 'SUPPORT_NOW':
    case 'SUPPORT_NOW_UPDATE':
      return subjectId ? { href: `/support-now/${subjectId}`, label: t('supportNow.open') } : null;
    case 'MODERATION':
      return { href: '/standing', label: t('notifications.openStanding') };
    case 'INVITATION':
      return { href: '/circles/join', label: t('notifications.openInvitations') };
    case 'PLAN_SUGGESTION_ANSWERED':
      return { href: '/shared-with-me', label: t('notifications.openSharedWithMe') };
    default:
      return null;
  }
}

/** The one button that takes a person from a notification to where they can act on it. */
export function NotificationLink({ kind, subjectId }: { kind: NotificationKind; subjectId: string | null }) {
  const { t } = useTranslation();
  const target = destination(t, kind, subjectId);
  if (!target) return null;
  return (
    <div className="k-row">
      <ButtonLink href={target.href} variant="secondary" size="small">
        {target.label}
      </ButtonLink>
    </div>
  );
}
