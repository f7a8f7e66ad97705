import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartDatum {
  id: string;
  label: string;
  value: number;
  /** A second figure to set beside the value (an earlier time, say), drawn as a thinner bar under it. */
  compare?: number | null;
  /** A word shown beside the label, such as "a strength": meaning is never carried by colour alone. */
  tag?: string | null;
}

export interface ChartProps {
  title: string;
  /** Always shown beside the chart: what the figures say, in words. */
  summary: string;
  data: readonly ChartDatum[];
  /** The scale's top (for example 5 for a 1–5 rating). */
  max: number;
  /** Formats a value for labels and the table, such as "4 of 5". */
  formatValue?: (value: number) => string;
  /** When data carry `compare`: what the two figures are, named in a legend and as the table's columns. */
  series?: { value: string; compare: string };
}

function Bar({ share, kind }: { share: number; kind: 'value' | 'compare' }) {
  // An SVG per bar: its width is an attribute, which the strict CSP allows where a style would not be.
  return (
    <svg className="k-chart__bar" data-kind={kind} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="k-chart__track" x={0} y={0} width={100} height={10} />
      <rect className="k-chart__fill" x={0} y={0} width={share * 100} height={10} />
    </svg>
  );
}

/**
 * A horizontal bar chart, one row per item, with real text for labels and values so it reads
 * at phone size. Screen readers get the summary and a real table (under "Show as a table");
 * each bar carries its value as text, so nothing relies on colour.
 */
export function Chart({ title, summary, data, max, formatValue = String, series }: ChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const shareOf = (value: number) => (max > 0 ? Math.max(0, Math.min(1, value / max)) : 0);
  const comparing = Boolean(series) && data.some((datum) => datum.compare !== undefined && datum.compare !== null);
  return (
    <section className="k-chart k-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figure>
        <div className="k-chart__plot" role="img" aria-labelledby={`${id}-title ${id}-summary`}>
          {comparing && series ? (
            <p className="k-chart__legend">
              <span className="k-chart__key" data-kind="value">
                {series.value}
              </span>
              <span className="k-chart__key" data-kind="compare">
                {series.compare}
              </span>
            </p>
          ) : null}
          {data.map((datum) => (
            <div key={datum.id} className="k-chart__row">
              <p className="k-chart__label">
                {datum.label}
                {datum.tag ? <span className="k-chart__tag">{datum.tag}</span> : null}
              </p>
              <div className="k-chart__line">
                <Bar share={shareOf(datum.value)} kind="value" />
                <span className="k-chart__value">{formatValue(datum.value)}</span>
              </div>
              {comparing && datum.compare !== undefined && datum.compare !== null ? (
                <div className="k-chart__line" data-kind="compare">
                  <Bar share={shareOf(datum.compare)} kind="compare" />
                  <span className="k-chart__value">{formatValue(datum.compare)}</span>
                </div>
              ) : null}
            </div>
          ))}
        </div>
        <figcaption id={`${id}-summary`} className="k-chart__summary">
          {summary}
        </figcaption>
      </figure>
      <details className="k-details">
        <summary>{t('chart.showTable')}</summary>
        <table className="k-table">
          <caption className="k-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.item')}</th>
              <th scope="col">{comparing && series ? series.value : t('chart.value')}</th>
              {comparing && series ? <th scope="col">{series.compare}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.id}>
                <th scope="row">{datum.tag ? `${datum.label} (${datum.tag})` : datum.label}</th>
                <td>{formatValue(datum.value)}</td>
                {comparing ? <td>{datum.compare === undefined || datum.compare === null ? '—' : formatValue(datum.compare)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
