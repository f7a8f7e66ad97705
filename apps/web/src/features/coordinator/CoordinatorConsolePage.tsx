import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { EmptyState, ErrorMessage, List, Loading, Page } from '../../design';
import { MyCoordinatedAlliancesDocument } from './documents';
import { consoleSections } from './sections';

/** Where a coordinator starts: each alliance they run, with the parts of running it. */
export default function CoordinatorConsolePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyCoordinatedAlliancesDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Page title={t('coordinator.console.title')} intro={t('coordinator.console.intro')}>
      <nav className="k-stack k-stack--tight" aria-labelledby="console-across">
        <h2 id="console-across">{t('coordinator.console.acrossTitle')}</h2>
        <div className="k-contents">
          <ul>
            <li>
              <Link href="/coordinate/sparks">{t('coordinator.console.sparks')}</Link>
            </li>
            <li>
              <Link href="/coordinate/on-call">{t('coordinator.console.onCall')}</Link>
            </li>
          </ul>
        </div>
      </nav>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <List
          items={data.myCoordinatedAlliances}
          getKey={(alliance) => alliance.id}
          label={t('coordinator.console.listLabel')}
          empty={<EmptyState title={t('coordinator.console.emptyTitle')}>{t('coordinator.console.empty')}</EmptyState>}
          renderItem={(alliance) => (
            <nav className="k-stack k-stack--tight" aria-labelledby={`alliance-${alliance.id}`}>
              <h2 id={`alliance-${alliance.id}`} className="k-list__title">
                {alliance.name}
              </h2>
              <p className="k-muted">{alliance.city}</p>
              <div className="k-contents">
                <ul>
                  {consoleSections.map((section) => (
                    <li key={section.key}>
                      <Link href={section.path(alliance.id)}>{t(`coordinator.sections.${section.key}.title`)}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            </nav>
          )}
        />
      ) : null}
    </Page>
  );
}
