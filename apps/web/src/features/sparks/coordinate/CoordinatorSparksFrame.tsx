import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { useLocation, useSearchParams } from 'react-router';
import { EmptyState, ErrorMessage, Loading, Page, Select } from '../../../design';
import type { MyCoordinatedAlliancesQuery } from '../../../graphql/generated/graphql';
import { MyCoordinatedAlliancesDocument } from '../../coordinator/documents';

export type CoordinatedAlliance = MyCoordinatedAlliancesQuery['myCoordinatedAlliances'][number];

const SECTIONS = [
  { path: '/coordinate/sparks', label: 'queue' },
  { path: '/coordinate/sparks/funds', label: 'funds' },
  { path: '/coordinate/sparks/report', label: 'report' },
] as const;

/**
 * The frame of the coordinators' small-sparks pages: which alliance (kept in the address as
 * `?alliance=`, so a page can be reloaded or shared with a colleague), and the three sections.
 */
export function CoordinatorSparksFrame({ title, children }: { title: string; children: (alliance: CoordinatedAlliance) => ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(MyCoordinatedAlliancesDocument);
  const alliances = data?.myCoordinatedAlliances ?? [];
  const alliance = alliances.find((each) => each.id === search.get('alliance')) ?? alliances[0];
  const suffix = alliance ? `?alliance=${alliance.id}` : '';
  return (
    <Page title={title} width="wide">
      <nav aria-label={t('sparks.coordinate.sections')} className="k-contents">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <Link href={`${section.path}${suffix}`} aria-current={location.pathname === section.path ? 'page' : undefined}>
                {t(`sparks.coordinate.section.${section.label}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data && !alliance ? <EmptyState title={t('sparks.coordinate.noAllianceTitle')}>{t('sparks.coordinate.noAlliance')}</EmptyState> : null}
      {alliance ? (
        <>
          {alliances.length > 1 ? (
            <Select
              label={t('sparks.coordinate.alliance')}
              options={alliances.map((each) => ({ id: each.id, label: each.name }))}
              value={alliance.id}
              onChange={(id) => setSearch({ alliance: id })}
            />
          ) : (
            <p className="k-muted">{t('sparks.coordinate.forAlliance', { name: alliance.name })}</p>
          )}
          <div key={alliance.id} className="k-stack">
            {children(alliance)}
          </div>
        </>
      ) : null}
    </Page>
  );
}
