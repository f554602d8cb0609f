// Inline SVG charts for the summary view: horizontal bars for ranked labels, stacked columns
// for the timeline. Plain markup with presentation attributes (the report's CSP allows no style
// attributes), every label escaped; no chart library.
import { escapeHtml } from './escape.js';
import type { CountedLabel, TimelineYear } from './summarize.js';

const BAR_ROW = 22;
const LABEL_WIDTH = 150;
const BAR_AREA = 250;
const CHART_WIDTH = LABEL_WIDTH + BAR_AREA + 60;

/** Cuts a label to about `width` columns, counting CJK characters as two. */
export function shortLabel(label: string, width = 20): string {
  let used = 0;
  let out = '';
  for (const character of label) {
    const columns = /[\u1100-\uffff]/.test(character) ? 2 : 1;
    if (used + columns > width) return out + '…';
    out += character;
    used += columns;
  }
  return out;
}

export function barChart(title: string, items: CountedLabel[], colourOf: (label: string) => string = () => '#7aa6c2'): string {
  const max = Math.max(1, ...items.map((item) => item.count));
  const height = Math.max(1, items.length) * BAR_ROW + 4;
  const rows = items.map((item, index) => {
    const y = index * BAR_ROW + 2;
    const width = item.count === 0 ? 0 : Math.max(2, Math.round((item.count / max) * BAR_AREA));
    return (
      `<g><title>${escapeHtml(item.label)}: ${item.count}</title>` +
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end" class="chart-label">${escapeHtml(shortLabel(item.label))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${BAR_ROW - 6}" rx="2" fill="${escapeHtml(colourOf(item.label))}"/>` +
      `<text x="${LABEL_WIDTH + width + 5}" y="${y + 15}" class="chart-value">${item.count}</text></g>`
    );
  });
  const empty = items.length === 0 ? `<text x="${LABEL_WIDTH}" y="16" class="chart-label">none</text>` : '';
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}">${rows.join('')}${empty}</svg>`;
}

const TIMELINE_HEIGHT = 160;
const TIMELINE_TOP = 14;
const TIMELINE_LEFT = 44;

/** Stacked columns per year: claims whose period lies within the year, and claims whose period spans it among others. */
export function timelineChart(years: TimelineYear[]): string {
  if (years.length === 0) return '<p class="muted">No claim carries a period.</p>';
  const column = Math.max(8, Math.min(64, Math.floor(860 / years.length)));
  const width = TIMELINE_LEFT + years.length * column + 10;
  const max = Math.max(1, ...years.map((year) => year.withinYear + year.spanning));
  const scale = (count: number) => (count / max) * TIMELINE_HEIGHT;
  const base = TIMELINE_TOP + TIMELINE_HEIGHT;
  const labelEvery = Math.ceil(years.length / Math.floor((years.length * column) / 40));
  const parts = years.map((year, index) => {
    const x = TIMELINE_LEFT + index * column;
    const within = scale(year.withinYear);
    const spanning = scale(year.spanning);
    const label = index % labelEvery === 0 || index === years.length - 1 ? `<text x="${x + column / 2}" y="${base + 14}" text-anchor="middle" class="chart-label">${year.year}</text>` : '';
    return (
      `<g><title>${year.year}: ${year.withinYear} claims for this year, ${year.spanning} for periods spanning it</title>` +
      `<rect x="${x + 1}" y="${(base - within).toFixed(1)}" width="${column - 2}" height="${within.toFixed(1)}" fill="#3d7ea6"/>` +
      `<rect x="${x + 1}" y="${(base - within - spanning).toFixed(1)}" width="${column - 2}" height="${spanning.toFixed(1)}" fill="#a9cce3"/>` +
      `${label}</g>`
    );
  });
  const axis =
    `<line x1="${TIMELINE_LEFT}" y1="${base}" x2="${width - 10}" y2="${base}" stroke="#888"/>` +
    `<text x="${TIMELINE_LEFT - 6}" y="${TIMELINE_TOP + 4}" text-anchor="end" class="chart-value">${max}</text>` +
    `<text x="${TIMELINE_LEFT - 6}" y="${base}" text-anchor="end" class="chart-value">0</text>`;
  return `<svg class="chart timeline" role="img" aria-label="claims by the years of their periods" viewBox="0 0 ${width} ${base + 22}" width="${width}" height="${base + 22}">${axis}${parts.join('')}</svg>`;
}
