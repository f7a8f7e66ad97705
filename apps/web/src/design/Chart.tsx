import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartDatum {
  id: string;
  label: string;
  value: number;
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
}

const BAR_HEIGHT = 22;
const GAP = 14;
const LABEL_WIDTH = 0.42;

/**
 * A horizontal bar chart in SVG. Screen readers get the summary and a real table (under
 * "Show as a table"); the bars carry their value as text, so nothing relies on colour.
 */
export function Chart({ title, summary, data, max, formatValue = String }: ChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const width = 600;
  const height = data.length * (BAR_HEIGHT + GAP) + GAP;
  const barStart = width * LABEL_WIDTH;
  const barSpace = width - barStart - 70;
  return (
    <section className="k-chart k-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figure>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-summary`}>
          {data.map((datum, index) => {
            const y = GAP + index * (BAR_HEIGHT + GAP);
            const share = max > 0 ? Math.max(0, Math.min(1, datum.value / max)) : 0;
            return (
              <g key={datum.id} aria-hidden="true">
                <text className="k-chart__label" x={0} y={y + BAR_HEIGHT * 0.72}>
                  {datum.label}
                </text>
                <rect className="k-chart__track" x={barStart} y={y} width={barSpace} height={BAR_HEIGHT} rx={6} />
                <rect x={barStart} y={y} width={barSpace * share} height={BAR_HEIGHT} rx={6} fill={`var(--k-chart-${(index % 4) + 1})`} />
                <text className="k-chart__value" x={barStart + barSpace + 8} y={y + BAR_HEIGHT * 0.72}>
                  {formatValue(datum.value)}
                </text>
              </g>
            );
          })}
        </svg>
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
              <th scope="col">{t('chart.value')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.id}>
                <th scope="row">{datum.label}</th>
                <td>{formatValue(datum.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
