import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSpec, DrawnChart } from './chartSpec';

/**
 * One chart: a canvas named for screen readers (`label`), drawn by Chart.js once its chunk has
 * loaded, so the page and its tables never wait for it. A canvas cannot be read: the same numbers
 * are always in a table next to it. `spec` should be memoised: a new one redraws.
 */
export function StatsChart({ spec, label, testId }: { spec: ChartSpec; label: string; testId?: string }) {
  const { t } = useTranslation('analyst');
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<DrawnChart | null>(null);
  const latest = useRef(spec);
  latest.current = spec;
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('./drawChart').then(
      ({ drawChart }) => {
        if (cancelled || !canvas.current) return;
        drawn.current = drawChart(canvas.current, latest.current);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      drawn.current?.destroy();
      drawn.current = null;
    };
  }, []);

  useEffect(() => {
    drawn.current?.update(spec);
  }, [spec]);

  if (failed) return <p className="notice">{t('chart.unavailable')}</p>;
  return (
    <>
      {spec.series.length > 1 && (
        <ul className="analyst-legend" aria-hidden="true">
          {spec.series.map((series) => (
            <li key={series.label}>
              <span className={`analyst-legend__swatch analyst-legend__swatch--${series.color}`} />
              {series.label}
            </li>
          ))}
        </ul>
      )}
      <div className="analyst-chart">
        <canvas ref={canvas} role="img" aria-label={label} data-testid={testId}>
          {t('chart.fallback')}
        </canvas>
      </div>
    </>
  );
}
