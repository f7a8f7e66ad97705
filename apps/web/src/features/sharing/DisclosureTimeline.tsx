import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, Loading } from '../../design';
import type { SharingScope } from '../../graphql/generated/graphql';
import { MyDisclosureLogDocument } from './documents';
import { useSharingWords } from './sharing-words';

type Entry = { id: string; viewerDisplayName: string; scope: SharingScope; accessedAt: string };

/** One line of the timeline: the same person looking at the same thing several times in a row reads as one line. */
interface Line {
  entry: Entry;
  times: number;
}

/** Lines grouped by the day they happened, in the reader's own calendar, newest first. */
function byDay(entries: readonly Entry[], day: (iso: string) => string): [string, Line[]][] {
  const days = new Map<string, Line[]>();
  for (const entry of entries) {
    const key = day(entry.accessedAt);
    const lines = days.get(key) ?? [];
    const last = lines[lines.length - 1];
    if (last && last.entry.viewerDisplayName === entry.viewerDisplayName && last.entry.scope === entry.scope) last.times += 1;
    else lines.push({ entry, times: 1 });
    days.set(key, lines);
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
            {dayEntries.map(({ entry, times }) => (
              <li key={entry.id} className="k-list__item">
                <p>
                  <strong>{time(entry.accessedAt)}</strong> · {t('sharing.log.entry', { name: entry.viewerDisplayName, what: words.scope(entry.scope) })}
                  {times > 1 ? <span className="k-muted"> {t('sharing.log.times', { count: times })}</span> : null}
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
