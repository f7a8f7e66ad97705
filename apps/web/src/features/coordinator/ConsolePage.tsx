import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { ErrorMessage, Page } from '../../design';
import { errorCode } from '../../graphql/errors';
import { ConsoleAllianceDocument } from './documents';
import type { ConsoleSection } from './sections';

/** The alliance a console page is about, from its address. */
export function useAllianceId(): string {
  return useParams()['allianceId'] ?? '';
}

/**
 * The frame of every page about one alliance: its section's title, the alliance's name, and
 * the way back to the list of alliances.
 */
export function ConsolePage({ section, children }: { section: ConsoleSection['key']; children: ReactNode }) {
  const { t } = useTranslation();
  const allianceId = useAllianceId();
  const { data } = useQuery(ConsoleAllianceDocument, { variables: { allianceId } });
  const name = data?.alliance.name;
  return (
    <Page title={t(`coordinator.sections.${section}.title`)} intro={name ? t('coordinator.forAlliance', { name }) : undefined} width="wide">
      <p>
        <Link href="/coordinate">{t('coordinator.backToConsole')}</Link>
      </p>
      {children}
    </Page>
  );
}

/**
 * When a console page's data did not load: a refusal (not a coordinator here, or no such
 * alliance) is said in the API's words with the way back; anything else offers to try again.
 */
export function LoadProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') {
    return <ErrorMessage error={error} action={<Link href="/coordinate">{t('coordinator.backToConsole')}</Link>} />;
  }
  return <ErrorMessage error={error} onRetry={onRetry} />;
}

/** Dates as coordinators read them: "5 Dec 2026". */
export function useDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (iso: string) => format.format(new Date(iso));
}
