import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, Chart, EmptyState, ErrorMessage, Form, Loading, TextField } from '../../../design';
import type { SparkReportQuery } from '../../../graphql/generated/graphql';
import { SparkReportCsvDocument, SparkReportDocument } from '../documents';
import { formatMoney } from '../money';
import { formatDay } from '../SparkFacts';
import { CoordinatorSparksFrame } from './CoordinatorSparksFrame';

type CurrencyReport = SparkReportQuery['sparkReport'][number];
interface Period {
  from: string;
  to: string;
}

/** Hands the browser a file to save, from a Blob URL: no inline script, nothing personal in an address, so it works under the app's CSP. */
export function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is let go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The same report as CSV, fetched when asked for and saved as a file. */
function CsvDownload({ allianceId, period }: { allianceId: string; period: Period }) {
  const { t } = useTranslation();
  const [load, { loading, error }] = useLazyQuery(SparkReportCsvDocument, { fetchPolicy: 'network-only' });
  return (
    <div className="k-stack k-stack--tight">
      <ErrorMessage error={error} />
      <Button
        variant="secondary"
        isPending={loading}
        onPress={() =>
          void load({ variables: { allianceId, ...period } }).then(
            ({ data }) => {
              if (data) saveFile(data.sparkReportCsv, `small-sparks-${period.from}-${period.to}.csv`, 'text/csv;charset=utf-8');
            },
            () => undefined,
          )
        }
      >
        {t('sparks.report.download')}
      </Button>
    </div>
  );
}

function CurrencySection({ report }: { report: CurrencyReport }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, report.currency, i18n.language);
  const totals = report.totals;
  const lines = report.byCategory.filter((line) => line.category && line.applications > 0);
  const label = (category: CurrencyReport['byCategory'][number]['category']) => (category ? t(`sparks.category.${category}`) : t('sparks.report.all'));
  const largest = lines.reduce((best, line) => (line.approvedAmount > (best?.approvedAmount ?? -1) ? line : best), lines[0]);
  return (
    <section className="k-stack" aria-labelledby={`report-${report.currency}`}>
      <h2 id={`report-${report.currency}`}>{t('sparks.report.currencyTitle', { currency: report.currency })}</h2>
      <p>
        {t('sparks.report.summary', {
          count: totals.applications,
          approved: totals.approved,
          declined: totals.declined,
          granted: money(totals.approvedAmount),
          paid: money(totals.disbursedAmount),
        })}
      </p>
      <p>
        {[
          totals.approvalRate === null || totals.approvalRate === undefined
            ? null
            : t('sparks.report.rate', { rate: new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(totals.approvalRate) }),
          totals.medianDaysToDecision === null || totals.medianDaysToDecision === undefined
            ? null
            : t('sparks.report.median', { count: totals.medianDaysToDecision }),
          t('sparks.report.left', { left: money(report.amountLeft) }),
        ]
          .filter(Boolean)
          .join(' ')}
      </p>
      {lines.length > 0 ? (
        <Chart
          title={t('sparks.report.chartTitle')}
          summary={
            largest
              ? t('sparks.report.chartSummary', {
                  category: label(largest.category),
                  amount: money(largest.approvedAmount),
                  total: money(totals.approvedAmount),
                })
              : ''
          }
          data={lines.map((line) => ({ id: line.category ?? 'ALL', label: label(line.category), value: line.approvedAmount }))}
          max={Math.max(...lines.map((line) => line.approvedAmount), 1)}
          formatValue={money}
        />
      ) : null}
      {totals.followUps.some((followUp) => followUp.count > 0) ? (
        <p>
          {t('sparks.report.followUps', {
            list: totals.followUps
              .filter((followUp) => followUp.count > 0)
              .map((followUp) => t('sparks.report.followUpCount', { outcome: t(`sparks.outcome.${followUp.outcome}`), count: followUp.count }))
              .join(', '),
          })}
        </p>
      ) : null}
    </section>
  );
}

function Report({ allianceId }: { allianceId: string }) {
  const { t, i18n } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const [period, setPeriod] = useState<Period>({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const { data, loading, error, refetch } = useQuery(SparkReportDocument, { variables: { allianceId, ...period }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <Form aria-label={t('sparks.report.period')} onSubmit={() => setPeriod({ from, to })}>
        <div className="k-row">
          <TextField label={t('sparks.report.from')} type="date" value={from} onChange={setFrom} isRequired />
          <TextField label={t('sparks.report.to')} type="date" value={to} onChange={setTo} isRequired />
        </div>
        <Button type="submit" variant="secondary">
          {t('sparks.report.show')}
        </Button>
      </Form>
      <p className="k-muted">
        {t('sparks.report.periodShown', { from: formatDay(period.from, i18n.language), to: formatDay(period.to, i18n.language) })}{' '}
        {t('sparks.report.namesNoOne')}
      </p>
      {loading && !data ? <Loading /> : null}
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        data.sparkReport.length === 0 ? (
          <EmptyState title={t('sparks.report.emptyTitle')}>{t('sparks.report.empty')}</EmptyState>
        ) : (
          <>
            {data.sparkReport.map((report) => (
              <CurrencySection key={report.currency} report={report} />
            ))}
            <CsvDownload allianceId={allianceId} period={period} />
          </>
        )
      ) : null}
    </>
  );
}

export default function SparkReportPage() {
  const { t } = useTranslation();
  return <CoordinatorSparksFrame title={t('sparks.report.title')}>{(alliance) => <Report allianceId={alliance.id} />}</CoordinatorSparksFrame>;
}
