// What a dashboard chart shows, free of Chart.js: components describe their chart with this and
// the lazily loaded drawing module (drawChart.ts, with Chart.js) turns it into a canvas.

/** A colour of the city's skin, read from its CSS variable (`--color-<name>`). */
export type SkinColor = 'primary' | 'accent' | 'success' | 'link';

export interface ChartSeries {
  label: string;
  /** One value per label; null = no value (suppressed), drawn as a gap. */
  values: (number | null)[];
  color: SkinColor;
}

export interface ChartSpec {
  /** `bars`: horizontal bars, one row per label (31 city names read better across); `columns`: vertical; `line`: a trend. */
  kind: 'bars' | 'columns' | 'line';
  labels: string[];
  series: ChartSeries[];
  /** How a value reads on the axis and in the tooltip, in the visitor's language. */
  formatValue: (value: number) => string;
  /** The value axis's upper end (e.g. 1 for rates), when it is not the data's. */
  max?: number;
}

/** A drawn chart: update it with a new spec, or take it down. */
export interface DrawnChart {
  update(spec: ChartSpec): void;
  destroy(): void;
}

/** The height the canvas needs: horizontal bars get a row each. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'bars')
    return Math.max(120, 48 + spec.labels.length * 28 * Math.max(1, spec.series.length));
  return 280;
}
