// Chart.js, registered piece by piece (never 'chart.js/auto'), so that only what the dashboard
// draws is shipped; this module is loaded lazily by StatsChart, in a chunk of its own (budget:
// 60 KiB gzip; the legend plugin is left out for it, StatsChart writes the legend in HTML).
// Colours and font come from the city's skin (its CSS variables), read when a chart is drawn.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { type ChartSpec, chartHeight, type DrawnChart } from './chartSpec';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

const HEX = /^#[0-9a-f]{6}$/i;

/** A skin colour (`--color-<name>`, #rrggbb) with an alpha, or the colour itself. */
function skin(element: Element, name: string, alpha?: string): string {
  const value = getComputedStyle(element).getPropertyValue(`--color-${name}`).trim();
  if (!value) return name === 'text' ? '#000000' : '#555555';
  return alpha && HEX.test(value) ? `${value}${alpha}` : value;
}

type Kind = 'bar' | 'line';

function configOf(
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
): ChartConfiguration<Kind, (number | null)[], string> {
  const text = skin(canvas, 'text');
  const grid = skin(canvas, 'muted', '33');
  const horizontal = spec.kind === 'bars';
  const valueAxis = {
    beginAtZero: true,
    // Room above the highest value, so that its point is not cut at the edge.
    grace: '8%',
    ...(spec.max === undefined ? {} : { suggestedMax: spec.max }),
    ticks: {
      color: text,
      callback: (value: number | string) => spec.formatValue(Number(value)),
      maxTicksLimit: 6,
    },
    grid: { color: grid },
  };
  const labelAxis = { ticks: { color: text, autoSkip: !horizontal }, grid: { display: false } };
  return {
    type: spec.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.values,
        backgroundColor: skin(canvas, series.color, spec.kind === 'line' ? '33' : undefined),
        borderColor: skin(canvas, series.color),
        borderWidth: spec.kind === 'line' ? 3 : 0,
        pointRadius: 4,
        spanGaps: false,
        maxBarThickness: 22,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // A dashboard, not a show: the bars are where they belong at once (and screenshots agree).
      animation: false,
      font: { family: getComputedStyle(canvas).fontFamily, size: 13 },
      color: text,
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${item.raw === null ? '' : spec.formatValue(Number(item.raw))}`,
          },
        },
      },
    },
  } as ChartConfiguration<Kind, (number | null)[], string>;
}

/** Draws `spec` on `canvas` (its parent takes the height the chart needs). */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): DrawnChart {
  const box = canvas.parentElement;
  const size = (next: ChartSpec) => {
    if (box) box.style.height = `${chartHeight(next)}px`;
  };
  size(spec);
  const chart = new Chart(canvas, configOf(canvas, spec));
  return {
    update(next) {
      size(next);
      const config = configOf(canvas, next);
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
