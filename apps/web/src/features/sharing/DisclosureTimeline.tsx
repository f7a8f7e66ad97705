import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, Loading } from '../../design';
import type { SharingScope } from '../../graphql/generated/graphql';
import { MyDisclosureLogDocument } from './documents';
import { useSharingWords } from './sharing-words';

type Entry = { id: string; viewerDisplayName: string; scope: SharingScope; accessedAt: string };

/** Entries grouped by the day they happened, in the reader's own calendar. */
function byDay(entries: readonly Entry[], day: (iso: string) => string): [string, Entry[]][] {
  const days = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = day(entry.accessedAt);
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  return [...days];
}

/** "Who saw what, and when": every read of what the member shares, newest first, day by day. */
export function DisclosureTimeline() {
  const { t, i18n } = useTranslation();
  const words = useSharingWords();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyDisclosureLogDocument, { fetchPolicy: 'cache-and-network' });
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso));
  const entries = data?.myDisclosureLog.edges.map((edge) => edge.node) ?? [];
  const page = data?.myDisclosureLog.pageInfo;
  return (
    <section className="k-stack" aria-labelledby="circle-who-saw">
      <h2 id="circle-who-saw">{t('sharing.log.title')}</h2>
      <p className="k-muted">{t('sharing.log.intro')}</p>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data && entries.length === 0 ? (
        <EmptyState title={t('sharing.log.emptyTitle')} headingLevel={3}>
          {t('sharing.log.empty')}
        </EmptyState>
      ) : null}
      {byDay(entries, words.day).map(([day, dayEntries]) => (
        <div key={day} className="k-stack k-stack--tight">
          <h3>{day}</h3>
          <ul className="k-list" role="list" aria-label={day}>
            {dayEntries.map((entry) => (
              <li key={entry.id} className="k-list__item">
                <p>
                  <strong>{time(entry.accessedAt)}</strong> · {t('sharing.log.entry', { name: entry.viewerDisplayName, what: words.scope(entry.scope) })}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {page?.hasNextPage ? (
        <Button variant="secondary" onPress={() => void fetchMore({ variables: { after: page.endCursor } }).catch(() => undefined)}>
          {t('sharing.log.more')}
        </Button>
      ) : null}
    </section>
  );
}
