// dataset → one self-contained HTML page: the summary (counts, SVG charts) and the error list
// as escaped markup, the articles as JSON data blocks that the page script draws lazily. The
// Content-Security-Policy allows the one inline script and the one inline style, by their
// hashes, and nothing else: no request of any kind, no other script, no style attribute.
import { createHash } from 'node:crypto';
import { ClaimKindSchema, type Article } from '../core/schema.js';
import { CLIENT_FUNCTIONS } from './client.js';
import { checksHtml } from './checks-section.js';
import { escapeHtml, jsonForScriptBlock } from './escape.js';
import { KIND_COLOURS } from './kind-colours.js';
import type { ReportDataset } from './read-dataset.js';
import { toReportClaim, type ReportArticle, type ReportMeta } from './report-data.js';
import { REPORT_CSS } from './styles.js';
import { summarize, type Summary } from './summarize.js';
import { barChart, timelineChart } from './svg-charts.js';

/** Errors and problems listed in the page; the rest are counted (errors.jsonl holds them all). */
export const LISTED_ERRORS = 2000;

export const PAGE_SCRIPT = CLIENT_FUNCTIONS.map((fn) => fn.toString()).join('\n') + `\n${CLIENT_FUNCTIONS[CLIENT_FUNCTIONS.length - 1]!.name}();\n`;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export function contentSecurityPolicy(script: string, style: string): string {
  return `default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(style)}'; base-uri 'none'; form-action 'none'`;
}

function leftOffNote(count: number, what: string): string {
  return count > 0 ? `<p class="note">and ${count} more ${what}</p>` : '';
}

function summaryHtml(summary: Summary): string {
  const kindColour = (label: string) => KIND_COLOURS[label as keyof typeof KIND_COLOURS] ?? '#ccc';
  const count = (label: string, value: number) => `<div class="count"><b>${value.toLocaleString('en-US')}</b>${label}</div>`;
  return `<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<div class="counts">${count('articles', summary.articles)}${count('claims', summary.claims)}${count('errors', summary.errors)}${summary.problems > 0 ? count('unreadable records', summary.problems) : ''}</div>
<div class="charts">
<div class="panel"><h3>Claims by kind <span class="note">(the colours of the highlights)</span></h3>${barChart('claims by kind', summary.byKind, kindColour)}</div>
<div class="panel"><h3>Claims by unit</h3>${barChart('claims by unit', summary.byUnit)}${leftOffNote(summary.unitsLeftOff, 'units')}</div>
<div class="panel"><h3>Top subjects</h3>${barChart('top subjects', summary.topSubjects, () => '#9db4c0')}${leftOffNote(summary.subjectsLeftOff, 'subjects')}</div>
<div class="panel"><h3>Claims per article</h3>${barChart('articles by their number of claims', summary.claimsPerArticle, () => '#b5c99a')}<p class="note">articles (bars) by how many claims each holds (labels)</p></div>
</div>
<div class="panel"><h3>Claims over time, by the years their periods cover</h3>
<div class="legend"><span class="swatch-within">period within one year</span><span class="swatch-spanning">period spanning several years</span></div>
${timelineChart(summary.timeline)}
<p class="note">${summary.claimsWithoutPeriod.toLocaleString('en-US')} claims carry no period${summary.yearsLeftOff > 0 ? `; ${summary.yearsLeftOff} earlier years are left off` : ''}.</p></div>
</section>`;
}

function errorsHtml(dataset: ReportDataset): string {
  const errorRows = dataset.errors
    .slice(0, LISTED_ERRORS)
    .map((error) => `<tr><td>${escapeHtml(error.source)}</td><td>${escapeHtml(error.stage)}</td><td>${escapeHtml(error.message)}</td><td>${escapeHtml(error.docId ?? '')}</td></tr>`)
    .join('\n');
  const problemRows = dataset.problems
    .slice(0, LISTED_ERRORS)
    .map((problem) => `<tr><td>${escapeHtml(problem.file)}:${problem.line}</td><td>${escapeHtml(problem.reason)}</td></tr>`)
    .join('\n');
  const errorTable =
    dataset.errors.length === 0
      ? '<p class="muted">No input failed.</p>'
      : `<table class="errors"><thead><tr><th>source</th><th>stage</th><th>reason</th><th>docId</th></tr></thead><tbody>\n${errorRows}\n</tbody></table>${leftOffNote(dataset.errors.length - LISTED_ERRORS, 'errors, all in errors.jsonl')}`;
  const problemTable =
    dataset.problems.length === 0
      ? ''
      : `<h3>Records the report could not read</h3><table class="errors"><thead><tr><th>where</th><th>reason</th></tr></thead><tbody>\n${problemRows}\n</tbody></table>${leftOffNote(dataset.problems.length - LISTED_ERRORS, 'unreadable records')}`;
  return `<section id="errors" aria-labelledby="errors-title"><h2 id="errors-title">Errors (${dataset.errors.length})</h2>${errorTable}${problemTable}</section>`;
}

/** Articles per JSON block after the first; the first holds one batch of the page script (8). */
export const ARTICLES_PER_BLOCK = 100;
const FIRST_BLOCK = 8;

function reportArticle(dataset: ReportDataset, article: Article): ReportArticle {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    url: article.url,
    publishedAt: article.publishedAt,
    lang: article.lang,
    text: article.text,
    claims: (dataset.claimsByArticle.get(article.id) ?? []).map(toReportClaim),
  };
}

function articleBlock(dataset: ReportDataset, articles: Article[]): string {
  return `<script type="application/json" class="numclaims-articles">${jsonForScriptBlock(articles.map((article) => reportArticle(dataset, article)))}</script>\n`;
}

export function renderReport(dataset: ReportDataset): string {
  const summary = summarize(dataset);
  const meta: ReportMeta = { kinds: ClaimKindSchema.options.slice(), total: dataset.articles.length };
  const rest: string[] = [];
  for (let start = FIRST_BLOCK; start < dataset.articles.length; start += ARTICLES_PER_BLOCK) rest.push(articleBlock(dataset, dataset.articles.slice(start, start + ARTICLES_PER_BLOCK)));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(PAGE_SCRIPT, REPORT_CSS))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>numclaims review report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><h1>numclaims review report</h1><nav><a href="#summary">Summary</a><a href="#checks">Checks</a><a href="#articles-section">Articles</a><a href="#errors">Errors</a></nav></header>
<main>
${summaryHtml(summary)}
${checksHtml(dataset)}
<section id="articles-section" aria-labelledby="articles-title">
<h2 id="articles-title">Articles</h2>
<div class="filters" role="search">
<label>kind <select id="filter-kind"><option value="">all kinds</option></select></label>
<label>text <input id="filter-text" type="search" placeholder="title, text, subject, rule…"></label>
<label>article <select id="filter-article"><option value="">all articles</option></select></label>
<span id="filter-status" class="muted" aria-live="polite"></span>
</div>
<div id="articles"></div>
<div id="articles-more" aria-hidden="true"></div>
</section>
${errorsHtml(dataset)}
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="numclaims-meta">${jsonForScriptBlock(meta)}</script>
${articleBlock(dataset, dataset.articles.slice(0, FIRST_BLOCK))}<script>${PAGE_SCRIPT}</script>
${rest.join('')}</body>
</html>
`;
}
