import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { Button, ButtonLink, Chart, EmptyState, ErrorMessage, Loading, Select } from '../../design';
import { graphql } from '../../graphql/generated';
import type { DomainRatingsQuery, RecoveryDomain } from '../../graphql/generated/graphql';
import { DomainRatingForm } from './DomainRatingForm';
import { capitalAbout, capitalName, domainName, listOf, scoreFormat } from './words';

export const DomainRatingsDocument = graphql(`
  query DomainRatings {
    recoveryCapitalGuide {
      domains {
        domain
        number
        dimensions
      }
      dimensions {
        dimension
        domains
      }
      scale {
        minimum
        maximum
        noteMaxLength
        anchors {
          value
          label
        }
      }
    }
    myRecoveryCapital {
      latestDomainRatings {
        ...DomainSnapshot
      }
      domainRatingsHistory(first: 20) {
        edges {
          node {
            id
            takenAt
            scores {
              domain
              score
            }
            dimensions {
              dimension
              score
            }
          }
        }
      }
    }
    mySharingGrants {
      id
      scope
      granteeDisplayName
      active
    }
  }

  fragment DomainSnapshot on DomainRatingSnapshot {
    id
    takenAt
    scores {
      domain
      score
      note
    }
    dimensions {
      dimension
      score
    }
    strengths
    needs
  }
`);

type Snapshot = NonNullable<DomainRatingsQuery['myRecoveryCapital']['latestDomainRatings']>;
/** An earlier rating, to compare with: its scores and date only. */
type Earlier = DomainRatingsQuery['myRecoveryCapital']['domainRatingsHistory']['edges'][number]['node'];
export type Guide = DomainRatingsQuery['recoveryCapitalGuide'];

/** The eight domains: the latest ratings as charts, strengths and needs, change against an earlier rating, and the form. */
export function DomainRatingsSection() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const { data, loading, error, refetch } = useQuery(DomainRatingsDocument);
  const [compareId, setCompareId] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' });

  const heading = (
    <>
      <h2 id="areas">{t('recoveryCapital.areasTitle')}</h2>
      <p className="k-muted">{t('recoveryCapital.areasIntro')}</p>
    </>
  );
  if (!data) {
    return (
      <section className="k-stack" aria-labelledby="areas">
        {heading}
        {loading ? <Loading /> : <ErrorMessage error={error} action={<Button onPress={() => void refetch()}>{t('recoveryCapital.tryAgain')}</Button>} />}
      </section>
    );
  }

  const guide = data.recoveryCapitalGuide;
  const latest = data.myRecoveryCapital.latestDomainRatings ?? null;
  const earlier = data.myRecoveryCapital.domainRatingsHistory.edges.map((edge) => edge.node).filter((snapshot) => snapshot.id !== latest?.id);
  const compared = earlier.find((snapshot) => snapshot.id === compareId) ?? earlier[0] ?? null;
  const sharedWith = data.mySharingGrants.filter((grant) => grant.active && grant.scope === 'CAPITAL').map((grant) => grant.granteeDisplayName);
  const max = guide.scale.maximum;
  const score = scoreFormat(language);
  const outOf = (value: number) => t('recoveryCapital.outOf', { value: score(value), max });
  const dated = (snapshot: Earlier) => date.format(new Date(snapshot.takenAt));

  return (
    <>
      <section className="k-stack" aria-labelledby="areas">
        {heading}
        {latest ? (
          <>
            <p>{t('recoveryCapital.latestRatings', { date: dated(latest) })}</p>
            <p className="k-muted">
              {sharedWith.length > 0 ? t('recoveryCapital.sharedRatings', { names: listOf(language, sharedWith) }) : t('recoveryCapital.onlyYouRatings')}{' '}
              <Link href="/circle">{t('recoveryCapital.manageSharing')}</Link>
            </p>
            <StrengthsAndNeeds latest={latest} />
            <section className="k-stack" aria-labelledby="areas-change">
              <h3 id="areas-change">{t('recoveryCapital.changeTitle')}</h3>
              {compared ? (
                <>
                  <Select
                    label={t('recoveryCapital.compareWith')}
                    options={earlier.map((snapshot) => ({ id: snapshot.id, label: t('recoveryCapital.compareOption', { date: dated(snapshot) }) }))}
                    value={compared.id}
                    onChange={setCompareId}
                  />
                  <Changes latest={latest} earlier={compared} date={dated(compared)} />
                </>
              ) : (
                <p className="k-muted">{t('recoveryCapital.onlyOneRating')}</p>
              )}
            </section>
            <CapitalCharts
              latest={latest}
              earlier={compared}
              outOf={outOf}
              series={
                compared
                  ? { value: t('recoveryCapital.seriesNow', { date: dated(latest) }), compare: t('recoveryCapital.seriesThen', { date: dated(compared) }) }
                  : undefined
              }
              max={max}
            />
            <CapitalsExplained guide={guide} />
          </>
        ) : (
          <EmptyState title={t('recoveryCapital.areasEmptyTitle')} headingLevel={3}>
            {t('recoveryCapital.areasEmptyBody')}
          </EmptyState>
        )}
      </section>
      <DomainRatingForm guide={guide} latest={latest} onSaved={() => void refetch()} />
    </>
  );
}

function StrengthsAndNeeds({ latest }: { latest: Snapshot }) {
  const { t } = useTranslation();
  // Strengths and needs never overlap: when every area has the same rating, both are empty.
  if (latest.strengths.length === 0 && latest.needs.length === 0) return <p>{t('recoveryCapital.allSame')}</p>;
  return (
    <div className="k-columns">
      {latest.strengths.length > 0 ? (
        <section className="k-card k-stack k-stack--tight" aria-labelledby="areas-strengths">
          <h3 id="areas-strengths">{t('recoveryCapital.strengthsTitle')}</h3>
          <ul className="k-bullets">
            {latest.strengths.map((domain) => (
              <li key={domain}>{domainName(t, domain)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {latest.needs.length > 0 ? (
        <section className="k-card k-stack" aria-labelledby="areas-needs">
          <div className="k-stack k-stack--tight">
            <h3 id="areas-needs">{t('recoveryCapital.needsTitle')}</h3>
            <ul className="k-bullets">
              {latest.needs.map((domain) => (
                <li key={domain}>{domainName(t, domain)}</li>
              ))}
            </ul>
          </div>
          <ButtonLink href="/plan" variant="secondary" size="small">
            {t('recoveryCapital.planLink')}
          </ButtonLink>
        </section>
      ) : null}
    </div>
  );
}

/** In words: which areas are higher, lower or the same as in the chosen earlier rating. */
function Changes({ latest, earlier, date }: { latest: Snapshot; earlier: Earlier; date: string }) {
  const { t, i18n } = useTranslation();
  const before = new Map(earlier.scores.map((entry) => [entry.domain, entry.score]));
  const moves = latest.scores.map((entry) => ({ domain: entry.domain, change: entry.score - (before.get(entry.domain) ?? entry.score) }));
  const up = moves.filter((move) => move.change > 0).sort((a, b) => b.change - a.change);
  const down = moves.filter((move) => move.change < 0).sort((a, b) => a.change - b.change);
  const same = moves.length - up.length - down.length;
  return (
    <div className="k-stack k-stack--tight" aria-live="polite">
      {up.length > 0 ? (
        <p>
          {t('recoveryCapital.higher', {
            date,
            list: listOf(
              i18n.language,
              up.map((move) => t('recoveryCapital.changeUp', { name: domainName(t, move.domain), count: move.change })),
            ),
          })}
        </p>
      ) : null}
      {down.length > 0 ? (
        <p>
          {t('recoveryCapital.lowerThan', {
            date,
            list: listOf(
              i18n.language,
              down.map((move) => t('recoveryCapital.changeDown', { name: domainName(t, move.domain), count: -move.change })),
            ),
          })}
        </p>
      ) : null}
      {same > 0 ? <p>{t('recoveryCapital.sameAs', { count: same, date })}</p> : null}
    </div>
  );
}

function CapitalCharts({
  latest,
  earlier,
  outOf,
  series,
  max,
}: {
  latest: Snapshot;
  earlier: Earlier | null;
  outOf: (value: number) => string;
  series: { value: string; compare: string } | undefined;
  max: number;
}) {
  const { t, i18n } = useTranslation();
  const earlierDimension = new Map(earlier?.dimensions.map((entry) => [entry.dimension, entry.score]));
  const earlierDomain = new Map(earlier?.scores.map((entry) => [entry.domain, entry.score]));
  const byScore = [...latest.dimensions].sort((a, b) => b.score - a.score);
  const highest = byScore[0];
  const lowest = byScore.at(-1);
  const strengths = new Set(latest.strengths);
  const needs = new Set(latest.needs);
  const allSame = strengths.size === 0 && needs.size === 0;
  const names = (domains: readonly RecoveryDomain[]) =>
    listOf(
      i18n.language,
      domains.map((domain) => domainName(t, domain)),
    );
  const areasSummary = allSame
    ? t('recoveryCapital.areasSummarySame', { value: outOf(latest.scores[0]?.score ?? 0) })
    : [
        strengths.size > 0 ? t('recoveryCapital.areasSummaryStrengths', { list: names(latest.strengths) }) : '',
        needs.size > 0 ? t('recoveryCapital.areasSummaryNeeds', { list: names(latest.needs) }) : '',
      ]
        .filter(Boolean)
        .join(' ');
  return (
    <>
      <Chart
        title={t('recoveryCapital.capitalsChartTitle')}
        summary={
          highest && lowest
            ? t('recoveryCapital.capitalsSummary', {
                high: t('recoveryCapital.scoreOf', { name: capitalName(t, highest.dimension), score: outOf(highest.score) }),
                low: t('recoveryCapital.scoreOf', { name: capitalName(t, lowest.dimension), score: outOf(lowest.score) }),
              })
            : ''
        }
        data={latest.dimensions.map((entry) => ({
          id: entry.dimension,
          label: capitalName(t, entry.dimension),
          value: entry.score,
          compare: earlierDimension.get(entry.dimension) ?? null,
        }))}
        max={max}
        formatValue={outOf}
        series={series}
      />
      <Chart
        title={t('recoveryCapital.areasChartTitle')}
        summary={areasSummary}
        data={latest.scores.map((entry) => ({
          id: entry.domain,
          label: domainName(t, entry.domain),
          value: entry.score,
          compare: earlierDomain.get(entry.domain) ?? null,
          tag: strengths.has(entry.domain) ? t('recoveryCapital.strengthTag') : needs.has(entry.domain) ? t('recoveryCapital.needTag') : null,
        }))}
        max={max}
        formatValue={outOf}
        series={series}
      />
    </>
  );
}

function CapitalsExplained({ guide }: { guide: Guide }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="k-details">
      <summary>{t('recoveryCapital.capitalsExplainTitle')}</summary>
      <dl className="k-definitions">
        {guide.dimensions.map((entry) => (
          <div key={entry.dimension}>
            <dt>{capitalName(t, entry.dimension)}</dt>
            <dd>
              {capitalAbout(t, entry.dimension)}{' '}
              {t('recoveryCapital.drawsOn', {
                areas: listOf(
                  i18n.language,
                  entry.domains.map((domain) => domainName(t, domain)),
                ),
              })}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
