// The summary view's figures, computed from the dataset alone: counts, claims by kind, unit and
// subject, claims per article, and a timeline of the years the claims' periods cover.
import { ClaimKindSchema, type Claim } from '../core/schema.js';
import type { ReportDataset } from './read-dataset.js';

export interface CountedLabel {
  label: string;
  count: number;
}

export interface TimelineYear {
  year: number;
  /** claims whose period lies within this one year */
  withinYear: number;
  /** claims whose period spans several years, this one among them */
  spanning: number;
}

export interface Summary {
  articles: number;
  claims: number;
  errors: number;
  problems: number;
  byKind: CountedLabel[];
  byUnit: CountedLabel[];
  unitsLeftOff: number;
  topSubjects: CountedLabel[];
  subjectsLeftOff: number;
  claimsPerArticle: CountedLabel[];
  timeline: TimelineYear[];
  yearsLeftOff: number;
  claimsWithoutPeriod: number;
}

export const TOP_LABELS = 15;
export const TIMELINE_YEARS = 60;
const PER_ARTICLE_BINS: Array<[number, number]> = [
  [0, 0],
  [1, 4],
  [5, 9],
  [10, 19],
  [20, 49],
  [50, 99],
  [100, Infinity],
];

function ranked(counts: Map<string, number>, limit: number): { top: CountedLabel[]; leftOff: number } {
  const all = [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { top: all.slice(0, limit), leftOff: Math.max(0, all.length - limit) };
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function binLabel([low, high]: [number, number]): string {
  if (low === high) return String(low);
  return high === Infinity ? `${low}+` : `${low}–${high}`;
}

export function summarize(dataset: ReportDataset): Summary {
  const kinds = new Map<string, number>(ClaimKindSchema.options.map((kind) => [kind, 0]));
  const units = new Map<string, number>();
  const subjects = new Map<string, number>();
  const years = new Map<number, TimelineYear>();
  let claimsWithoutPeriod = 0;
  const perArticle = PER_ARTICLE_BINS.map(() => 0);

  const countYears = (claim: Claim) => {
    if (!claim.time) {
      claimsWithoutPeriod += 1;
      return;
    }
    const first = Number(claim.time.start.slice(0, 4));
    const last = Number(claim.time.end.slice(0, 4));
    for (let year = first; year <= last; year++) {
      let entry = years.get(year);
      if (!entry) years.set(year, (entry = { year, withinYear: 0, spanning: 0 }));
      if (first === last) entry.withinYear += 1;
      else entry.spanning += 1;
    }
  };

  for (const article of dataset.articles) {
    const claims = dataset.claimsByArticle.get(article.id) ?? [];
    perArticle[PER_ARTICLE_BINS.findIndex(([low, high]) => claims.length >= low && claims.length <= high)]! += 1;
    for (const claim of claims) {
      increment(kinds, claim.kind);
      increment(units, claim.unit ?? '(none)');
      if (claim.subject) increment(subjects, claim.subject);
      countYears(claim);
    }
  }

  const unitRanking = ranked(units, TOP_LABELS);
  const subjectRanking = ranked(subjects, TOP_LABELS);
  const timelineAll = [...years.values()].sort((a, b) => a.year - b.year);
  let timeline = timelineAll;
  if (timelineAll.length > 0) {
    // Every year between the first and the last is a column, so gaps show as gaps.
    const lastYear = timelineAll[timelineAll.length - 1]!.year;
    const firstYear = Math.max(timelineAll[0]!.year, lastYear - TIMELINE_YEARS + 1);
    timeline = [];
    for (let year = firstYear; year <= lastYear; year++) timeline.push(years.get(year) ?? { year, withinYear: 0, spanning: 0 });
  }
  return {
    articles: dataset.articles.length,
    claims: dataset.claimCount,
    errors: dataset.errors.length,
    problems: dataset.problems.length,
    byKind: [...kinds].map(([label, count]) => ({ label, count })),
    byUnit: unitRanking.top,
    unitsLeftOff: unitRanking.leftOff,
    topSubjects: subjectRanking.top,
    subjectsLeftOff: subjectRanking.leftOff,
    claimsPerArticle: PER_ARTICLE_BINS.map((bin, index) => ({ label: binLabel(bin), count: perArticle[index]! })),
    timeline,
    yearsLeftOff: timelineAll.filter((entry) => timeline.length > 0 && entry.year < timeline[0]!.year).length,
    claimsWithoutPeriod,
  };
}
