import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Chart, EmptyState, Loading, Notice, Select } from '../../design';
import { useDayFormat } from '../../i18n/days';
import { ConsolePage, LoadProblem, useAllianceId } from './ConsolePage';
import { AllianceInsightsDocument } from './documents';

const PERIODS = ['3', '6', '12', '24'] as const;

/** One decimal, in the page's language: "3,4" in French. */
function useOneDecimal(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}

/**
 * Anonymous figures about the alliance's members, as charts with words beside them. No figure
 * comes from fewer than the minimum number of people; the page says how many were held back.
 */
export default function InsightsPage() {
  const { t, i18n } = useTranslation();
  const allianceId = useAllianceId();
  const [months, setMonths] = useState<(typeof PERIODS)[number]>('6');
  const { data, loading, error, refetch } = useQuery(AllianceInsightsDocument, {
    variables: { allianceId, months: Number(months) },
    fetchPolicy: 'cache-and-network',
  });
  const day = useDayFormat('medium');
  const decimal = useOneDecimal();
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const insights = data?.allianceInsights;
  // Every domain is listed, even one whose tags were all held back: only those with a tag are drawn.
  const domainsShown = insights?.domains.filter((domain) => domain.facilitators.length + domain.obstacles.length > 0) ?? [];
  const nothingShown = insights && insights.checkinTrend.length === 0 && insights.capitalTrend.length === 0 && domainsShown.length === 0;

  return (
    <ConsolePage section="insights">
      <p>{t('coordinator.insights.intro')}</p>
      <Select
        label={t('coordinator.insights.period')}
        options={PERIODS.map((id) => ({ id, label: t('coordinator.insights.months', { count: Number(id) }) }))}
        value={months}
        onChange={(value) => setMonths(PERIODS.find((period) => period === value) ?? '6')}
      />
      {loading && !data ? <Loading /> : null}
      {error && !data ? <LoadProblem error={error} onRetry={() => void refetch()} /> : null}
      {insights ? (
        <>
          <Notice>
            <p>{t('coordinator.insights.anonymity', { count: insights.minimumPeople })}</p>
            {insights.hiddenFigures > 0 ? <p>{t('coordinator.insights.hidden', { count: insights.hiddenFigures })}</p> : null}
          </Notice>
          {nothingShown ? (
            <EmptyState title={t('coordinator.insights.emptyTitle')}>{t('coordinator.insights.empty', { count: insights.minimumPeople })}</EmptyState>
          ) : null}
          {insights.checkinTrend.length > 0 ? (
            <Chart
              title={t('coordinator.insights.moodTitle')}
              summary={t('coordinator.insights.moodSummary', {
                weeks: insights.checkinTrend.length,
                latest: decimal(insights.checkinTrend[insights.checkinTrend.length - 1]!.averageMood),
                people: insights.checkinTrend[insights.checkinTrend.length - 1]!.people,
              })}
              max={5}
              formatValue={(value) => t('coordinator.insights.outOf', { value: decimal(value), max: 5 })}
              data={insights.checkinTrend.map((week) => ({
                id: week.weekStarting,
                label: t('coordinator.insights.weekOf', { date: day(week.weekStarting), count: week.people }),
                value: week.averageMood,
              }))}
            />
          ) : null}
          {insights.checkinTrend.length > 0 ? (
            <Chart
              title={t('coordinator.insights.cravingsTitle')}
              summary={t('coordinator.insights.cravingsSummary', {
                latest: decimal(insights.checkinTrend[insights.checkinTrend.length - 1]!.averageCravings),
              })}
              max={10}
              formatValue={(value) => t('coordinator.insights.outOf', { value: decimal(value), max: 10 })}
              data={insights.checkinTrend.map((week) => ({
                id: week.weekStarting,
                label: t('coordinator.insights.weekOf', { date: day(week.weekStarting), count: week.people }),
                value: week.averageCravings,
              }))}
            />
          ) : null}
          {insights.capitalTrend.length > 0 ? (
            <Chart
              title={t('coordinator.insights.capitalTitle')}
              summary={t('coordinator.insights.capitalSummary', {
                months: insights.capitalTrend.length,
                latest: decimal(insights.capitalTrend[insights.capitalTrend.length - 1]!.averageTotal),
              })}
              max={60}
              formatValue={(value) => t('coordinator.insights.outOf', { value: decimal(value), max: 60 })}
              data={insights.capitalTrend.map((point) => ({
                id: point.month,
                label: t('coordinator.insights.monthOf', { month: monthName.format(new Date(`${point.month}-15T12:00:00Z`)), count: point.people }),
                value: point.averageTotal,
              }))}
            />
          ) : null}
          {domainsShown.map((domain) => {
            const tags = [...domain.facilitators, ...domain.obstacles];
            const most = Math.max(...tags.map((tag) => tag.people));
            return (
              <Chart
                key={domain.domain}
                title={t(`recoveryCapital.domains.${domain.domain}.name`)}
                summary={t('coordinator.insights.domainSummary', { helped: domain.facilitators.length, hindered: domain.obstacles.length })}
                max={most}
                formatValue={(value) => t('coordinator.insights.people', { count: value })}
                data={tags.map((tag) => ({
                  id: tag.tagId,
                  label: tag.label,
                  value: tag.people,
                  tag: t(`coordinator.insights.tagKind.${tag.kind}`),
                }))}
              />
            );
          })}
        </>
      ) : null}
    </ConsolePage>
  );
}
