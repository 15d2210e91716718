/**
 * A chart drawn with Chart.js, registered piece by piece so the bundle holds only bars and lines.
 * The canvas is a picture with a one-line summary for screen readers; the figures themselves are
 * in the table every chart stands beside.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours told apart by people with common colour-vision deficiencies (Okabe–Ito), dark enough on white. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export interface Series {
  readonly label: string;
  /** null is a gap: a withheld or missing figure is never drawn as 0. */
  readonly values: readonly (number | null)[];
}

interface ChartProps {
  readonly kind: 'bar' | 'line';
  readonly labels: readonly string[];
  readonly series: readonly Series[];
  readonly summary: string;
  readonly stacked?: boolean;
  /** Values from 0 to 1 read as percentages. */
  readonly percent?: boolean;
}

export function FigureChart({ kind, labels, series, summary, stacked, percent }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const configuration: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
      type: kind,
      data: {
        labels: [...labels],
        datasets: series.map((one, index) => ({
          label: one.label,
          data: [...one.values],
          backgroundColor: PALETTE[index % PALETTE.length],
          borderColor: PALETTE[index % PALETTE.length],
          spanGaps: false,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { stacked },
          y: {
            stacked,
            beginAtZero: true,
            ticks: percent ? { callback: (value) => `${Math.round(Number(value) * 100)}%` } : { precision: 0 },
          },
        },
      },
    };
    const chart = new Chart(canvas.current!, configuration);
    return () => chart.destroy();
  }, [kind, JSON.stringify(labels), JSON.stringify(series), stacked, percent]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={`${summary} The table below gives the figures.`} />
    </div>
  );
}
