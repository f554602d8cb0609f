// The publication date of a web page and where it came from, after htmldate's cascade: what
// the page declares for machines (meta tags, JSON-LD, script variables, epoch seconds included)
// and what it prints by the heading or in a labelled line below the article, then the URL path,
// then relative or year-less dates resolved against the crawl time the container gives
// (WARC-Date, JSONL fetchedAt). Every candidate must fall inside plausibility bounds (not before
// 1995, not after the crawl); a date that cannot be resolved is left null and the reason is
// said. Pure functions; the caller turns `source` and `notes` into diagnostics.
import { parseDateTime } from './read-metadata.js';

export interface DateFinding {
  publishedAt: string | null;
  /** Where the date came from: `meta:<name>`, `json-ld`, `byline`, `a line after the body`, `time element`, `abbr.published`, `script:<name>`, `url`, `the signature date`, `relative+crawl-time`, `no-year+crawl-time`. */
  source: string | null;
  /** Why a candidate was refused or left unresolved. */
  notes: string[];
}

export interface DateEvidence {
  /** Meta tags, first found first: [name, value]. */
  meta: [string, string][];
  jsonLd: string | null;
  /** The date read from the lines around the heading (`时间：…`, `2019-09-18 07:48`). */
  byline: string | null;
  /** A date an element gives for machines: `<time datetime>`, `<abbr class="published" title>`. */
  element?: { value: string; source: string } | null;
  /** The date of a labelled line below the body (`【发布时间：2019-09-18】` on a government page). */
  afterBody?: string | null;
  /** The day a government document was signed, printed at its end (`2023年5月6日`): its 成文日期. */
  signature?: string | null;
  /** The raw lines around the heading, for relative and year-less dates. */
  headerLines: string[];
  html: string;
  url: string | null;
  crawledAt: string | null;
  chinese: boolean;
}

const EARLIEST_YEAR = 1995;

/**
 * Script variables that CMS templates fill with the publication time: written out
 * (`publish_time = "2019-09-18"`, WeChat's `var t = "…"`) or in epoch seconds (WeChat's
 * `var ct = "1568789400"`). Never `svr_time`, the time the server answered.
 */
const SCRIPT_DATE = /\b(publish_?time|pub_?time|ptime|pubdate|publishdate|publish_?date|publish_?at|newstime|ctime|createtime|create_?date|releasetime|article_?time|time_?publish)\b["']?\s*[:=]\s*["']([^"']{8,30})["']/gi;
const SCRIPT_T = /\bvar\s+(t)\s*=\s*["']([^"']{8,30})["']/g;
/**
 * Epoch seconds a script hands to the element that shows the publication time: WeChat's
 * `e(0,"1659274471",0,document.getElementById("publish_time"))`.
 */
const SCRIPT_FILLS_ELEMENT = /["'](1\d{9})["'][^;"'()]{0,40}document\.getElementById\(\s*["']([\w-]*(?:publish|pub|post|time|date)[\w-]*)["']\s*\)/gi;
const SCRIPT_EPOCH = /\b(ct|ctime|ptime|create_?time|publish_?time|pub_?time|publish_?date|pubdate)\b["']?\s*[:=]\s*["']?(1\d{9})(?:\d{3})?(?![\d])["']?/gi;

/** Epoch seconds as the wall-clock time in China (+08:00) or UTC. */
function fromEpoch(seconds: string, chinese: boolean): string {
  const shifted = new Date(Number(seconds) * 1000 + (chinese ? 8 * 3600 * 1000 : 0));
  return shifted.toISOString().slice(0, 19) + (chinese ? '+08:00' : 'Z');
}

/** `/2019/0918/`, `/2019-09/18/`, `/2019/09/18/`, `/t20190918_`, `/20190918/`, `/201909/t20190918_`, `/art/2019/9/18/`. */
const URL_DATES = [
  /\/(\d{4})[/-](\d{2})[/-]?(\d{2})(?=[/_.-])/,
  // 集约化 government platforms: `/art/2024/5/6/art_1229_123.html`.
  /\/art\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//,
  /[/_t-](\d{4})(\d{2})(\d{2})(?=[/_.\d-]|$)/,
  /\/(?<d>\d{1,2})-(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(?<y>\d{4})(?=\/)/i,
];
const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function crawlInstant(crawledAt: string | null): Date | null {
  if (!crawledAt) return null;
  const t = Date.parse(crawledAt);
  return Number.isNaN(t) ? null : new Date(t);
}

/** A date (YYYY-MM-DD…) is plausible when it is not before 1995 and not after the crawl (a day's slack for zones). */
function plausible(iso: string, crawl: Date | null): boolean {
  const year = Number(iso.slice(0, 4));
  if (year < EARLIEST_YEAR) return false;
  if (crawl) {
    const day = Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
    if (day > crawl.getTime() + 36 * 3600 * 1000) return false;
  }
  return true;
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock date in China (UTC+8) or UTC, as YYYY-MM-DD, of an instant. */
function localDay(instant: Date, chinese: boolean): { year: number; month: number; day: number } {
  const shifted = new Date(instant.getTime() + (chinese ? 8 * 3600 * 1000 : 0));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `20110920` in a meta tag (`pub_date`): a day written without separators. */
function compactDay(value: string): string | null {
  const m = value.trim().match(/^(\d{4})(\d{2})(\d{2})$/);
  return m && validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The first year a web page's URL may date it by. */
const URL_FIRST_YEAR = 1990;

/** A URL's path, without its scheme, host, query and fragment. */
const urlPath = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');

export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const pathPart = urlPath(url);
  for (const re of URL_DATES) {
    const m = pathPart.match(re);
    if (!m) continue;
    // (`/02-Aug-2024/`: the day, the month's name and the year.)
    const named = m.groups?.mon ? URL_MONTHS.indexOf(m.groups.mon.toLowerCase()) + 1 : 0;
    const [year, month, day] = named ? [Number(m.groups!.y), named, Number(m.groups!.d)] : [Number(m[1]), Number(m[2]), Number(m[3])];
    // (`/14780224.Police_recorded…` is an article number: a URL's day is one of the web's years.)
    if (year >= URL_FIRST_YEAR && validDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/** `/202507/`: the month a URL names in a folder of its own (`YYYY-MM`), or null. */
export function monthFromUrl(url: string | null): string | null {
  const m = url ? /\/((?:19|20)\d{2})(0[1-9]|1[0-2])\//u.exec(urlPath(url)) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}

/**
 * Whether every year a Chinese text names (`2015年`) is two or more years before `year`: a report of
 * 2015 posted in 2020 speaks of its own year, and its URL's date is only the posting's. False when it names none.
 */
export function namesOnlyOlderYears(text: string, year: number): boolean {
  const named = [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?=年)/gu)].map((m) => Number(m[0]));
  return named.length > 0 && Math.max(...named) < year - 1;
}

const RELATIVE = /(刚刚|\d{1,2}\s*分钟前|\d{1,2}\s*小时前|今天|昨天|前天|[1-9]\s*天前)(?:\s*(\d{1,2})[:：](\d{2}))?/u;
/** `2 hours ago`, `45 mins ago`, `3 days ago`, `yesterday`, `just now`: an English page's relative date. */
const ENGLISH_RELATIVE = /\b(?:(\d{1,2})\s*(minute|min|hour|hr|day)s?\s+ago|(yesterday)|(just now))\b/iu;

/**
 * `昨天 14:30`, `3小时前`, `前天`: a date only against the crawl time. Returns the resolved day,
 * `unresolved` when the page says a relative date but no crawl time is known, or null.
 */
export function resolveRelativeDate(line: string, crawl: Date | null, chinese: boolean): string | 'unresolved' | null {
  if (line.length > 60) return null;
  const m = line.match(RELATIVE);
  // A deck may say `yesterday` in a sentence; a date line is short and no sentence.
  const english = m || line.length > 40 || /[.!?]$/u.test(line.trim()) ? null : line.match(ENGLISH_RELATIVE);
  if (!m && !english) return null;
  if (!crawl) return 'unresolved';
  if (english) {
    const unit = (english[2] ?? '').toLowerCase();
    const count = Number(english[1] ?? 0);
    const back = english[3] ? 24 : english[4] ? 0 : unit.startsWith('day') ? count * 24 : unit.startsWith('h') ? count : count / 60;
    const { year, month, day } = localDay(new Date(crawl.getTime() - back * 3600 * 1000), chinese);
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  const word = m![1]!.replace(/\s+/g, '');
  let back = 0;
  if (word === '昨天') back = 24 * 3600 * 1000;
  else if (word === '前天') back = 48 * 3600 * 1000;
  else if (word.endsWith('天前')) back = Number.parseInt(word, 10) * 24 * 3600 * 1000;
  else if (word.endsWith('小时前')) back = Number.parseInt(word, 10) * 3600 * 1000;
  else if (word.endsWith('分钟前')) back = Number.parseInt(word, 10) * 60 * 1000;
  const { year, month, day } = localDay(new Date(crawl.getTime() - back), chinese);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `09-18 14:30` anywhere in a short line (`示例观察 09-18 14:30`), but not the end of a full date. */
const NO_YEAR = /(?<![\d\-/.年])(\d{1,2})[-/月](\d{1,2})日?\s*(\d{1,2})[:：](\d{2})/u;

/** `09-08 14:30`, `9月8日 14:30`: the year of the crawl, or the year before when that would be after the crawl. */
export function resolveYearlessDate(line: string, crawl: Date | null, chinese: boolean): string | 'unresolved' | null {
  if (line.length > 60) return null;
  const m = line.trim().match(NO_YEAR);
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (!crawl) return 'unresolved';
  const today = localDay(crawl, chinese);
  let year = today.year;
  if (month > today.month || (month === today.month && day > today.day)) year--;
  return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

export function findArticleDate(evidence: DateEvidence): DateFinding {
  const notes: string[] = [];
  const crawl = crawlInstant(evidence.crawledAt);
  const accept = (raw: string | null, source: string): DateFinding | null => {
    if (!raw) return null;
    const parsed = parseDateTime(raw, evidence.chinese);
    if (!parsed) return null;
    if (!plausible(parsed, crawl)) {
      notes.push(`${source} gives ${parsed}, outside the plausible range (${EARLIEST_YEAR} to ${crawl ? 'the crawl time' : 'now'})`);
      return null;
    }
    return { publishedAt: parsed, source, notes };
  };
  for (const [name, value] of evidence.meta) {
    const found = accept(compactDay(value) ?? value, `meta:${name}`);
    if (found) return found;
  }
  const fromJsonLd = accept(evidence.jsonLd, 'json-ld');
  if (fromJsonLd) return fromJsonLd;
  const fromByline = accept(evidence.byline, 'byline');
  if (fromByline) return fromByline;
  const fromAfterBody = accept(evidence.afterBody ?? null, 'a line after the body');
  if (fromAfterBody) return fromAfterBody;
  const fromElement = evidence.element ? accept(evidence.element.value, evidence.element.source) : null;
  if (fromElement) return fromElement;
  for (const pattern of [SCRIPT_DATE, SCRIPT_T]) {
    for (const script of evidence.html.matchAll(pattern)) {
      const found = accept(script[2]!, `script:${script[1]}`);
      if (found) return found;
    }
  }
  for (const script of evidence.html.matchAll(SCRIPT_EPOCH)) {
    const found = accept(fromEpoch(script[2]!.slice(0, 10), evidence.chinese), `script:${script[1]}`);
    if (found) return found;
  }
  for (const script of evidence.html.matchAll(SCRIPT_FILLS_ELEMENT)) {
    const found = accept(fromEpoch(script[1]!, evidence.chinese), `script:${script[2]}`);
    if (found) return found;
  }
  const fromUrl = accept(dateFromUrl(evidence.url), 'url');
  if (fromUrl) return fromUrl;
  const fromSignature = accept(evidence.signature ?? null, 'the signature date');
  if (fromSignature) return fromSignature;
  for (const line of evidence.headerLines) {
    const relative = resolveRelativeDate(line, crawl, evidence.chinese);
    if (relative === 'unresolved') {
      notes.push(`the page dates itself relatively («${line.trim().slice(0, 30)}») and the input gives no crawl time to resolve it against`);
      break;
    }
    if (relative) {
      const found = accept(relative, 'relative+crawl-time');
      if (found) return found;
    }
    const yearless = resolveYearlessDate(line, crawl, evidence.chinese);
    if (yearless === 'unresolved') {
      notes.push(`the page prints a date without a year («${line.trim().slice(0, 30)}») and the input gives no crawl time to place it`);
      break;
    }
    if (yearless) {
      const found = accept(yearless, 'no-year+crawl-time');
      if (found) return found;
    }
  }
  return { publishedAt: null, source: null, notes };
}
