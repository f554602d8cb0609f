// Time expressions of English press releases and the period each names, resolved against the
// article date (annotation guidelines §3 `time`). Each rule finds a stretch of the sentence
// and turns its match into ISO dates; a rule that needs the article date gives null without one.
import { countryDomain } from './domains.js';

export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
  /** First month of the fiscal year the article uses (7 = July to June unless it says otherwise). */
  fiscalStartMonth?: number;
  /** The sentence speaks of school or academic years: a bare `2021/22` there runs September to August. */
  schoolYear?: boolean;
  /**
   * The date in the release's dateline (`FRANKFORT, Ky. (Oct. 28, 2021) –`) when it differs from
   * the publication date: `today` and `on Thursday` are said on that day.
   */
  dateline?: { year: number; month: number; day: number };
  /** The page speaks from the southern hemisphere (Australia, New Zealand, South Africa): its summer is December to February. */
  southernHemisphere?: boolean;
  /** The season of the league the page reports on (`sportsSeasonOf`): what `this season` spans. */
  season?: SportsSeason;
  /**
   * A page without a date reads a month or `the year` in the year it last named (`In December
   * 2019, …` then `in November`): only the year is known, so rules marked `needsDay` give nothing.
   */
  yearOnly?: boolean;
}

export interface Period {
  start: string;
  end: string;
}

export interface TimeRule {
  id: string;
  pattern: RegExp;
  resolve: (match: RegExpExecArray, reference: ReferenceDate | null) => Period | null;
  /** `basis` expressions name what a change is compared with (`from last year`), not when. */
  basis?: boolean;
  /**
   * `a year earlier`, `the previous quarter`: months counted back from the period of the claim's
   * context (`In March 2021, ... up from 6.9% a year earlier` is March 2020; `a rise of 0.2% in
   * the previous quarter` after Quarter 3 2022 is Quarter 2); the resolved period is the fallback.
   */
  relativeMonths?: number;
  /** Counted from the article's day (`today`, `since 2016`, `last year`): nothing on a page whose year alone is known. */
  needsDay?: boolean;
  /** `voted Tuesday`: the day of its own sentence's event, lent to no later sentence. */
  ownSentence?: boolean;
  /** `in the last 12 months`: the duration written inside the window is a claim of its own (guidelines §1, durations). */
  holdsDuration?: boolean;
  /** `the quarter under review`: the period the page reports on, its first (attach-times.ts); the resolved period is only the example's. */
  reviewed?: boolean;
  example: string;
  /** The period of the example for an article dated 2021-06-15. */
  expect: Period;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:1[89]|20)\\d{2})';
/** Not followed by the date it falls on (`Tuesday, January 3`): the date names the day, whatever the week. */
const DATE_FOLLOWS = `(?!,?\\s+${MONTH}\\s+\\d)`;
const SMALL_NUMBER = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
const SMALL_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };

const ORDINAL_QUARTERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const yearPeriod = (year: number): Period => ({ start: iso(year, 1, 1), end: iso(year, 12, 31) });
const monthPeriod = (year: number, month: number): Period => ({ start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)) });
const monthIndex = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const smallNumber = (text: string) => SMALL_NUMBERS[text.toLowerCase()] ?? Number(text);
const twoDigitYear = (text: string, century: number) => (text.length === 2 ? century + Number(text) : Number(text));
/** The second year of a pair written after `first` (`2021-22`, `2017-2018`), two digits read in the first's century. */
const yearOfPair = (first: number, written: string) => twoDigitYear(written, Math.floor(first / 100) * 100);
/** Whether a pair's second year is the year after its first: a fiscal year or a season, not a span. */
const followsYear = (first: number, written: string) => yearOfPair(first, written) === first + 1;
const referenceIso = (reference: ReferenceDate) => iso(reference.year, reference.month, reference.day);

/** A month named without a year: the latest such month not after the article date. */
function monthNearReference(month: number, reference: ReferenceDate | null): Period | null {
  if (!reference) return null;
  return monthPeriod(month > reference.month ? reference.year - 1 : reference.year, month);
}

/**
 * Fiscal year `Y` ends in calendar year Y. State and local governments mostly run July to June
 * (the default); the article may say otherwise (`fiscal year ... runs from October 1`, `federal
 * fiscal year`), which FISCAL_START_PATTERNS read into `fiscalStartMonth`.
 */
function fiscalYear(first: string, second: string | undefined, reference: ReferenceDate | null): Period {
  const startMonth = reference?.fiscalStartMonth ?? 7;
  const endYear = second ? twoDigitYear(first, 2000) + 1 : twoDigitYear(first, 2000);
  return fiscalPeriod(endYear, startMonth);
}

/** `last`, `this`, `the current`, `next` fiscal year, counted from the fiscal year the article date falls in. */
function relativeFiscalYear(word: string, reference: ReferenceDate | null): Period | null {
  if (!reference) return null;
  const startMonth = reference.fiscalStartMonth ?? 7;
  const current = startMonth > 1 && reference.month >= startMonth ? reference.year + 1 : reference.year;
  const relation = word.toLowerCase();
  return fiscalPeriod(/last|previous|prior/.test(relation) ? current - 1 : relation === 'next' ? current + 1 : current, startMonth);
}

function fiscalPeriod(endYear: number, startMonth: number): Period {
  if (startMonth === 1) return yearPeriod(endYear);
  return { start: iso(endYear - 1, startMonth, 1), end: iso(endYear, startMonth - 1, lastDay(endYear, startMonth - 1)) };
}

/** The `index`th quarter (3 months) or half (6 months) of a fiscal year, counted from its first month. */
function partOfFiscalYear(fiscal: Period, index: number, months: 3 | 6): Period {
  const [year, month] = [Number(fiscal.start.slice(0, 4)), Number(fiscal.start.slice(5, 7))];
  const first = month - 1 + (index - 1) * months;
  const last = first + months - 1;
  const [firstYear, firstMonth] = [year + Math.floor(first / 12), (first % 12) + 1];
  const [lastYear, lastMonth] = [year + Math.floor(last / 12), (last % 12) + 1];
  return { start: iso(firstYear, firstMonth, 1), end: iso(lastYear, lastMonth, lastDay(lastYear, lastMonth)) };
}

const ORDINAL_PARTS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** The fiscal year, starting in `startMonth`, that a day (`2023-07-01`) falls in. */
export function fiscalYearOf(day: string, startMonth: number): Period {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return fiscalPeriod(startMonth > 1 && month >= startMonth ? year + 1 : year, startMonth);
}

export interface FiscalStartRule {
  id: string;
  pattern: RegExp;
  /** The month the fiscal year starts in, or the group holding its name, or the group holding the name of the month it ends in. */
  month: number | 'group' | 'group-ends';
  /** A country's signs (its currency, its name, its provinces): the page's country is the one named most (see fiscalStartMonth). */
  country?: boolean;
  example: string;
}

/** School and academic years run September to August. */
export const SCHOOL_YEAR_START_MONTH = 9;

export const fiscalStartRules: FiscalStartRule[] = [
  { id: 'fiscal-start-stated', pattern: /\bfiscal\s+year\b[^.]{0,60}?\b(?:runs|begins|starts|running|beginning|starting|which\s+runs)\s+(?:from\s+|on\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/i, month: 'group', example: 'Fiscal year 2025 runs from July 1, 2024, through June 30, 2025.' },
  // `for the fourth quarter ended May 31, 2004`, `the fiscal year ending September 30`: the year starts the month after.
  { id: 'fiscal-start-year-end-stated', pattern: /\b(?:fiscal\s+year|(?:fourth|4th)\s+(?:fiscal\s+)?quarter|fiscal\s+(?:19|20)\d{2})\s+(?:ended|ending|ends)\s+(?:on\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/i, month: 'group-ends', example: 'net sales of $19 million for the fourth quarter ended May 31, 2004' },
  { id: 'fiscal-start-federal', pattern: /\bfederal\s+fiscal\s+year\b/i, month: 10, example: 'The federal fiscal year 2024 appropriation was approved.' },
  // A release of a US federal department or agency: the federal year runs October to September.
  { id: 'fiscal-start-us-federal-agency', pattern: /\b(?:U\.S\.|US|United States) Department of\b|\bUSDA\b|\bDepartment of (?:Agriculture|Defense|Energy|the Interior|Transportation|Health and Human Services|Homeland Security|Veterans Affairs|Labor|Commerce|Education|Justice|Housing and Urban Development)\b/, month: 10, example: 'WASHINGTON — The U.S. Department of Agriculture invested $2.8 billion in Fiscal Year 2019.' },
  // India, Canada (federal and provincial), Hong Kong, Singapore and Japan run April to March;
  // Australian and New Zealand governments July to June, like the default, whatever they call it.
  { id: 'fiscal-start-india', pattern: /\bRs\.?\s?\d|₹|\bINR\b|\bcrores?\b|\blakhs?\b|\bIndia\b/, month: 4, country: true, example: 'The Union Budget allocates Rs 3,980 crore for the 2022-23 fiscal.' },
  { id: 'fiscal-start-canada', pattern: /\bC\$|\bCanada\b|\bCanadian\b|\bOntario\b|\bQuebec\b|\bBritish Columbia\b|\bAlberta\b|\bManitoba\b|\bSaskatchewan\b|\bNova Scotia\b/, month: 4, country: true, example: 'Ontario is investing $342 million in 2021–22.' },
  { id: 'fiscal-start-hong-kong', pattern: /\bHK\$|\bHong Kong\b/, month: 4, country: true, example: 'Hong Kong received 700,000 visitors in 2023-24.' },
  { id: 'fiscal-start-singapore', pattern: /\bS\$|\bSingapore\b/, month: 4, country: true, example: 'Singapore budgeted S$3 billion for 2023-24.' },
  { id: 'fiscal-start-japan', pattern: /\bJapan\b|\bJapanese government\b/, month: 4, country: true, example: 'Japan plans to spend 2 trillion yen in 2023-24.' },
  { id: 'fiscal-start-australia', pattern: /\bA\$|\bAUD\b|\bNZ\$|\bAustralia|\bNew Zealand\b|\bNSW\b|\bQueensland\b|\bVictoria\b|\bWestern Australia\b|\bTasmania\b/, month: 7, country: true, example: 'The state will spend A$12 million in the 2023-24 financial year.' },
  // Kenya, Uganda and Tanzania, Pakistan and Egypt run July to June whatever they call it (`the financial year 2023/24`).
  { id: 'fiscal-start-east-africa', pattern: /\bKenya|\bKSh|\bSh\s?\d|\bUganda|\bUSh\b|\bTanzania|\bTSh\b/, month: 7, country: true, example: 'Kenya collected Sh1.2 trillion in the first half of the financial year 2023/24.' },
  { id: 'fiscal-start-pakistan', pattern: /\bPakistan|\bPKR\b/, month: 7, country: true, example: 'Pakistan’s exports rose to $25 billion in 2021-22.' },
  { id: 'fiscal-start-egypt', pattern: /\bEgypt|\bEGP\b|\bLE\s?\d/, month: 7, country: true, example: 'Egypt’s budget deficit narrowed to 6.1% in 2022/23.' },
  // UK public bodies run April to March: pages of the United Kingdom and its nations.
  { id: 'fiscal-start-united-kingdom', pattern: /\bUnited Kingdom\b|\bUK\b|\bBritain\b|\bBritish\b(?!\s+Columbia)|\bEngland\b|\bScotland\b|\bScottish\b|\bWales\b|\bWelsh\b|\bNorthern Ireland\b|\bHMRC\b/, month: 4, country: true, example: 'Scottish insolvencies fell to 1,900 in 2024-25.' },
  // A federal budget or agency with no country named: the US federal year, October to September.
  { id: 'fiscal-start-federal-words', pattern: /\bfederal (?:agency|agencies|budget|government|funding|spending)\b/, month: 10, example: 'The federal budget for fiscal 2024 adds $3 billion.' },
  // UK public bodies run April to March: a text in pounds (and no dollar amounts, so that a US
  // text naming a pound sum keeps its fiscal year), or one that says `financial year`.
  { id: 'fiscal-start-uk-currency', pattern: /^(?![\s\S]*\$\d)[\s\S]*?(?:£|\bGBP\b|\bpounds\s+sterling\b)/, month: 4, example: 'The council will spend £4 million in 2023-24.' },
  { id: 'fiscal-start-financial-year', pattern: /\bfinancial\s+year\b/i, month: 4, example: 'Spending rose 3% in the 2023-24 financial year.' },
];

/** The head of a page: its title, dateline and lead, which name the government it is from. */
const HEAD_CHARACTERS = 300;

/**
 * The fiscal year's first month as the article states or implies it; July when it says nothing.
 * Stated years and US federal pages come first. Then the page's country: the one whose signs it
 * names most, counting only a country named twice or in the head of the page, so that a US or
 * Australian page naming Japan or Canada once, as a trading partner, keeps its own year.
 */
export function fiscalStartMonth(text: string, url: string | null = null): number {
  const monthOf = (rule: FiscalStartRule, match: RegExpExecArray) => {
    if (rule.month === 'group') return MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
    if (rule.month === 'group-ends') return (MONTHS.indexOf(match[1]!.toLowerCase()) + 1) % 12 + 1;
    return rule.month;
  };
  let country: { rule: FiscalStartRule; count: number } | null = null;
  // A page whose text names no country is of its domain's country (`.co.uk`: April to March).
  const byDomain = domainFiscalStart(url);
  let pastCountries = false;
  for (const rule of fiscalStartRules) {
    if (rule.country) {
      pastCountries = true;
      const matches = [...text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g'))];
      const named = matches.length >= 2 || (matches[0] !== undefined && matches[0].index! < HEAD_CHARACTERS);
      if (named && matches.length > (country?.count ?? 0)) country = { rule, count: matches.length };
      continue;
    }
    if (country) return country.rule.month as number;
    if (pastCountries && byDomain !== null) return byDomain;
    const match = rule.pattern.exec(text);
    if (match) return monthOf(rule, match);
  }
  return country ? (country.rule.month as number) : (byDomain ?? 7);
}

/** The first month of the fiscal year of the country of a page's domain, for the countries the rules above name. */
const FISCAL_START_BY_DOMAIN: Record<string, number> = { uk: 4, in: 4, ca: 4, hk: 4, sg: 4, jp: 4, au: 7, nz: 7, ke: 7, ug: 7, tz: 7, pk: 7, eg: 7 };

function domainFiscalStart(url: string | null): number | null {
  const country = countryDomain(url);
  return country ? (FISCAL_START_BY_DOMAIN[country] ?? null) : null;
}

/** The first month of each season of the northern hemisphere (meteorological seasons); a southern page adds six. */
const SEASON_FIRST_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** A league's season: the month it opens and the month it closes (the next calendar year's when earlier). */
export interface SportsSeason {
  startMonth: number;
  endMonth: number;
  /** The league's games are played in quarters: `in the third quarter` is a stretch of a game, no calendar quarter. */
  gameQuarters?: boolean;
}

export interface SportsSeasonRule {
  id: string;
  /** The league or the sport as a page names it. */
  pattern: RegExp;
  season: SportsSeason;
  example: string;
}

/**
 * Leagues whose season runs across the turn of a year, so that `this season` is no calendar
 * year: from the month the season opens to the article date (regular seasons, rounded to the
 * month). The first rule whose league the page names wins.
 */
export const sportsSeasonRules: SportsSeasonRule[] = [
  { id: 'season-ice-hockey', pattern: /\bNHL\b|\bNational Hockey League\b|\bice hockey\b|\bStanley Cup\b/, season: { startMonth: 10, endMonth: 6 }, example: 'The NHL club’s captain has 30 goals this season.' },
  { id: 'season-basketball', pattern: /\bNBA\b|\bNational Basketball Association\b/, season: { startMonth: 10, endMonth: 6, gameQuarters: true }, example: 'The NBA guard averages 27 points a game this season.' },
  { id: 'season-american-football', pattern: /\bNFL\b|\bNational Football League\b|\bSuper Bowl\b/, season: { startMonth: 9, endMonth: 2, gameQuarters: true }, example: 'The NFL quarterback has thrown 21 touchdowns this season.' },
  { id: 'season-european-football', pattern: /\bPremier League\b|\bLa Liga\b|\bBundesliga\b|\bSerie A\b|\bLigue 1\b|\bChampions League\b|\bScottish Premiership\b/, season: { startMonth: 8, endMonth: 5 }, example: 'The Premier League striker has scored 14 goals this season.' },
];

/** Pages of these countries have their seasons turned by six months. */
export const SOUTHERN_HEMISPHERE = /\bAustralia|\bNew Zealand\b|\bSouth Africa|\bA\$|\bNZ\$/;

export function sportsSeasonOf(text: string): SportsSeason | undefined {
  return sportsSeasonRules.find((rule) => rule.pattern.test(text))?.season;
}

const rule = (id: string, source: string, resolve: TimeRule['resolve'], example: string, expect: Period, extra: Partial<TimeRule> = {}): TimeRule => ({
  id,
  pattern: new RegExp(source, 'gi'),
  resolve,
  example,
  expect,
  ...extra,
});

/** A capitalised word before a weekday that opens a sentence or a phrase, no part of a name: `By Wednesday afternoon`, `Since Monday`. */
const OPENING_WORD_BEFORE = /\b(?:By|On|Since|Until|From|Through|Before|After|Early|Late|And|But|For|As|At)\s$/;

/** `Palm Sunday`, `Monday Night Football`: a weekday without `on` between capitalised words is part of a name. */
function insideName(match: RegExpExecArray): boolean {
  const before = match.input.slice(0, match.index);
  const after = match.input.slice(match.index + match[0].length);
  return (/[A-Z][a-z]*\s$/.test(before) && !OPENING_WORD_BEFORE.test(before)) || /^\s[A-Z]/.test(after);
}

/** The last such weekday on or before the day the release speaks from (its dateline's, else its date). */
function lastWeekday(name: string, reference: ReferenceDate): Period {
  const said = reference.dateline ?? reference;
  const today = new Date(Date.UTC(said.year, said.month - 1, said.day));
  const back = (today.getUTCDay() - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7;
  const date = new Date(Date.UTC(said.year, said.month - 1, said.day - back));
  const day = iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return { start: day, end: day };
}

/** Ordered: the first rule to claim a stretch of text wins over later, shorter ones. */
export const timeRules: TimeRule[] = [
  // `during July-March (2017-18)`, `April–December 2022-23`, `July-March FY18`: months of the fiscal year named
  // after them (Pakistani and Indian releases), the first month in the year the fiscal year starts when it is
  // not before the fiscal year's first month.
  // `July-December 2023-2024` (two calendar years compared) is no fiscal year: four digits need brackets or `FY`.
  // `the second quarter of 2018-19`, `the first half of the current fiscal`, `Q2 FY19`, `H1 FY2024`: a quarter or a half of a
  // fiscal year is counted from the year's first month (April in India: the second quarter of 2018-19 is July to September 2018).
  rule('time-part-of-fiscal-year', `\\b(?:the\\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)[\\s-]+(quarter|half)\\s+(?:of\\s+)?(?:(?:the\\s+)?(this|current|last|previous|next)\\s+fiscal(?:\\s+year)?|(?:the\\s+)?(?:fiscal\\s+(?:year\\s+)?|financial\\s+year\\s+|FY\\s?)?${YEAR}\\s?[-–/]\\s?(\\d{4}|\\d{2}))\\b|\\b([QH])([1-4])\\s?FY\\s?'?(\\d{4}|\\d{2})\\b`, (m, ref) => {
    const startMonth = ref?.fiscalStartMonth ?? 7;
    let fiscal: Period | null;
    let index: number;
    let months: 3 | 6;
    if (m[6]) {
      months = m[6] === 'Q' ? 3 : 6;
      index = Number(m[7]);
      if (months === 6 && index > 2) return null;
      const written = Number(m[8]);
      fiscal = fiscalPeriod(m[8]!.length === 2 ? 2000 + written : written, startMonth);
    } else {
      months = m[2]!.toLowerCase() === 'quarter' ? 3 : 6;
      // `the last quarter of the FY 2022-23`: the fourth quarter, the second half.
      index = ORDINAL_PARTS[m[1]!.toLowerCase()] ?? (months === 3 ? 4 : 2);
      if (months === 6 && index > 2) return null;
      if (m[3]) fiscal = ref?.yearOnly ? null : relativeFiscalYear(m[3], ref);
      else {
        const first = Number(m[4]);
        if (!followsYear(first, m[5]!)) return null;
        fiscal = fiscalPeriod(first + 1, startMonth);
      }
    }
    return fiscal ? partOfFiscalYear(fiscal, index, months) : null;
  }, 'GDP grew 7.1% in the second quarter of 2018-19', { start: '2018-10-01', end: '2018-12-31' }),
  rule('time-months-of-fiscal-year', `\\b${MONTH}\\s?[-–]\\s?${MONTH}\\s*(?:(\\(\\s*)|(?:of\\s+)?(FY\\s?|fiscal\\s+(?:year\\s+)?))?${YEAR}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\b(?:\\s*\\))?`, (m, ref) => {
    const [firstMonth, lastMonth] = [monthIndex(m[1]!), monthIndex(m[2]!)];
    const [bracket, fiscal, fiscalFirstText, second] = [m[3], m[4], m[5]!, m[6]!];
    if (second.length === 4 && !bracket && !fiscal) return null;
    const fiscalFirst = Number(fiscalFirstText);
    if (twoDigitYear(second, Math.floor(fiscalFirst / 100) * 100) !== fiscalFirst + 1) return null;
    const startMonth = ref?.fiscalStartMonth ?? 7;
    const firstYear = startMonth > 1 && firstMonth < startMonth ? fiscalFirst + 1 : fiscalFirst;
    const lastYear = lastMonth < firstMonth ? firstYear + 1 : firstYear;
    return { start: iso(firstYear, firstMonth, 1), end: iso(lastYear, lastMonth, lastDay(lastYear, lastMonth)) };
  }, 'exports during July-March (2020-21) rose', { start: '2020-07-01', end: '2021-03-31' }),
  // `in the October-December quarter`, `during April-October`, `the July-September period of 2019-20`, `April-June
  // quarter of this fiscal`: the months between the two named, in the fiscal year or the year written after them, else
  // the last such stretch that ends by the article date.
  rule('time-month-span', `\\b${MONTH}\\s?[-–]\\s?${MONTH}(?:\\s+(?:quarter|period))?(?:,?\\s+(?:of\\s+)?(?:(?:the\\s+)?(this|last|current|previous)\\s+fiscal(?:\\s+year)?|(?:the\\s+)?(?:fiscal\\s+(?:year\\s+)?|FY\\s?)?${YEAR}(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?))?\\b`, (m, ref) => {
    const [firstMonth, lastMonth] = [monthIndex(m[1]!), monthIndex(m[2]!)];
    if (firstMonth === lastMonth) return null;
    let fiscal: Period | null = null;
    if (m[3]) {
      fiscal = ref?.yearOnly ? null : relativeFiscalYear(m[3], ref);
      if (!fiscal) return null;
    } else if (m[4] && m[5]) {
      const first = Number(m[4]);
      if (!followsYear(first, m[5])) return null;
      fiscal = fiscalPeriod(first + 1, ref?.fiscalStartMonth ?? 7);
    }
    let firstYear: number;
    if (fiscal) {
      const [fiscalYearStart, fiscalMonthStart] = [Number(fiscal.start.slice(0, 4)), Number(fiscal.start.slice(5, 7))];
      firstYear = firstMonth >= fiscalMonthStart ? fiscalYearStart : fiscalYearStart + 1;
    } else {
      const last = m[4] ? monthPeriod(Number(m[4]), lastMonth) : monthNearReference(lastMonth, ref);
      if (!last) return null;
      const lastYear = Number(last.start.slice(0, 4));
      firstYear = firstMonth > lastMonth ? lastYear - 1 : lastYear;
    }
    const lastYear = lastMonth < firstMonth ? firstYear + 1 : firstYear;
    return { start: iso(firstYear, firstMonth, 1), end: iso(lastYear, lastMonth, lastDay(lastYear, lastMonth)) };
  }, 'profit rose 12% in the October-December quarter', { start: '2020-10-01', end: '2020-12-31' }),
  // `in 2024-25 Q2`, `Q2 2024-25`, `Q3 of 2023/24`: a quarter of the fiscal year named by its two years, counted from its first month.
  rule('time-fiscal-year-quarter', `\\b${YEAR}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\s+(?:Q|Quarter\\s)([1-4])\\b|\\b(?:Q|Quarter\\s)([1-4])\\s+(?:of\\s+)?${YEAR}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\b`, (m, ref) => {
    const first = Number(m[1] ?? m[5]);
    if (!followsYear(first, (m[2] ?? m[6])!)) return null;
    const quarter = Number(m[3] ?? m[4]);
    const startMonth = ref?.fiscalStartMonth ?? 7;
    const year = fiscalPeriod(first + 1, startMonth);
    const start = new Date(Date.UTC(Number(year.start.slice(0, 4)), Number(year.start.slice(5, 7)) - 1 + (quarter - 1) * 3, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
    return { start: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, 1), end: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()) };
  }, 'there were 1,900 insolvencies in 2020-21 Q2', { start: '2020-10-01', end: '2020-12-31' }),
  // `the fourth quarter of fiscal 2021`, `Q3 FY2022`: a quarter counted from the fiscal year's first month.
  // `the first three quarters of the current fiscal year`, `of fiscal year 2017-18`, `of 2018`: from the year's start to the end of its n-th quarter.
  // `in the first quarter of last year`, `the second half of this year`, `the first three months of last year`: that part of the year named relative to the article's.
  rule('time-part-of-relative-year', `\\b(?:the\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\\s+(quarter|half)|first\\s+${SMALL_NUMBER}\\s+months)\\s+of\\s+(this|last|next|the\\s+previous|the\\s+current|the\\s+past)\\s+year\\b`, (m, ref) => {
    if (!ref) return null;
    const relative = m[4]!.toLowerCase().replace(/\s+/g, ' ');
    const year = ref.year + (relative === 'last' || relative === 'the previous' || relative === 'the past' ? -1 : relative === 'next' ? 1 : 0);
    if (m[3]) {
      const months = smallNumber(m[3]);
      return months >= 1 && months <= 12 ? { start: iso(year, 1, 1), end: iso(year, months, lastDay(year, months)) } : null;
    }
    const ordinal = m[1]!.toLowerCase();
    if (m[2]!.toLowerCase() === 'half') {
      if (!['first', '1st', 'second', '2nd', 'last', 'final'].includes(ordinal)) return null;
      return ['first', '1st'].includes(ordinal) ? { start: iso(year, 1, 1), end: iso(year, 6, 30) } : { start: iso(year, 7, 1), end: iso(year, 12, 31) };
    }
    const quarter = ['first', '1st'].includes(ordinal) ? 1 : ['second', '2nd'].includes(ordinal) ? 2 : ['third', '3rd'].includes(ordinal) ? 3 : 4;
    return { start: iso(year, quarter * 3 - 2, 1), end: iso(year, quarter * 3, lastDay(year, quarter * 3)) };
  }, 'sales in the first quarter of last year', { start: '2020-01-01', end: '2020-03-31' }, { needsDay: true, holdsDuration: true }),
  rule('time-first-quarters', `\\b(?:the\\s+)?first\\s+(two|three)\\s+quarters\\s+of\\s+(?:(the\\s+current|this|last|the\\s+previous|the\\s+last)\\s+(?:fiscal|financial)\\s+year|(?:fiscal|financial)\\s+(?:year\\s+)?(\\d{4}|\\d{2})(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?|${YEAR}|(?:the|this)\\s+year)\\b`, (m, ref) => {
    const quarters = smallNumber(m[1]!);
    let year: Period | null;
    if (m[2]) year = ref?.yearOnly ? null : relativeFiscalYear(m[2], ref);
    else if (m[3]) year = fiscalYear(m[3], m[4], ref);
    else if (m[5]) year = yearPeriod(Number(m[5]));
    else year = ref ? yearPeriod(ref.year) : null;
    if (!year) return null;
    const end = new Date(Date.UTC(Number(year.start.slice(0, 4)), Number(year.start.slice(5, 7)) - 1 + quarters * 3 - 1, 1));
    const [endYear, endMonth] = [end.getUTCFullYear(), end.getUTCMonth() + 1];
    return { start: year.start, end: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
  }, 'exports in the first three quarters of fiscal year 2017-18', { start: '2017-07-01', end: '2018-03-31' }),
  // `for the first quarter ended March 31, 2015`, `the quarter ending June 30, 2021`: the three months to that day.
  // Without a year (`the quarter ended June 30`), the last such quarter up to the article date. A quarter ending on a day
  // that closes no month (`the fiscal fourth quarter ended April 27, 2019`, a calendar of weeks) runs from that day three months before.
  rule('time-quarter-ended', `\\b(?:the\\s+)?(?:fiscal\\s+)?(?:(?:first|second|third|fourth)\\s+)?(?:fiscal\\s+)?quarter\\s+(?:ended|ending)\\s+(?:on\\s+)?${MONTH}(?:\\s([0-3]?\\d)(?:st|nd|rd|th)?)?(?:,?\\s${YEAR})?\\b`, (m, ref) => {
    const endMonth = monthIndex(m[1]!);
    const near = m[3] ? null : monthNearReference(endMonth, ref);
    if (!m[3] && !near) return null;
    const endYear = m[3] ? Number(m[3]) : Number(near!.start.slice(0, 4));
    const day = m[2] ? Number(m[2]) : lastDay(endYear, endMonth);
    if (day < lastDay(endYear, endMonth)) {
      const startMonth = new Date(Date.UTC(endYear, endMonth - 4, 1));
      const [startYear, startMonthNumber] = [startMonth.getUTCFullYear(), startMonth.getUTCMonth() + 1];
      return { start: iso(startYear, startMonthNumber, Math.min(day, lastDay(startYear, startMonthNumber))), end: iso(endYear, endMonth, day) };
    }
    const start = new Date(Date.UTC(endYear, endMonth - 3, 1));
    return { start: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, 1), end: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
  }, 'revenues for the first quarter ended March 31, 2015', { start: '2015-01-01', end: '2015-03-31' }),
  rule('time-fiscal-quarter', `\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:fiscal\\s+)?quarter\\s+of\\s+(?:fiscal|financial)\\s+(?:year\\s+)?['’]?(\\d{4}|\\d{2})\\b|\\bQ([1-4])\\s?(?:FY|fiscal\\s+)['’]?(\\d{4}|\\d{2})\\b`, (m, ref) => {
    const ordinal = (m[1] ?? '').toLowerCase();
    const quarter = m[3] ? Number(m[3]) : ORDINAL_QUARTERS[ordinal]!;
    const year = fiscalYear(m[2] ?? m[4]!, undefined, ref);
    const start = new Date(Date.UTC(Number(year.start.slice(0, 4)), Number(year.start.slice(5, 7)) - 1 + (quarter - 1) * 3, 1));
    const [startYear, startMonth] = [start.getUTCFullYear(), start.getUTCMonth() + 1];
    const end = new Date(Date.UTC(startYear, startMonth - 1 + 2, 1));
    const [endYear, endMonth] = [end.getUTCFullYear(), end.getUTCMonth() + 1];
    return { start: iso(startYear, startMonth, 1), end: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
  }, 'revenue in the fourth quarter of fiscal 2021', { start: '2021-04-01', end: '2021-06-30' }),
  rule('time-fiscal-year', `\\b(?:fiscal\\s+year|financial\\s+year|FY|fiscal)\\s?['’]?(\\d{4}|\\d{2})(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?\\b`, (m, ref) => fiscalYear(m[1]!, m[2], ref), 'spending in fiscal year 2021', { start: '2020-07-01', end: '2021-06-30' }),
  // `in Fiscal Years 2020 and 2021`: from the first one's start to the second one's end.
  rule('time-fiscal-years', `\\b(?:fiscal|financial)\\s+years\\s+(\\d{4})\\s?(?:and|to|through|-|–)\\s?(\\d{4})\\b`, (m, ref) => ({ start: fiscalYear(m[1]!, undefined, ref).start, end: fiscalYear(m[2]!, undefined, ref).end }), 'invested in fiscal years 2020 and 2021', { start: '2019-07-01', end: '2021-06-30' }),
  // `in the 2020 fiscal year`, `the 2023 financial year`: the fiscal year named by the year it ends in.
  // `the 2017-2018 fiscal year`, `the 2023/24 financial year`: the fiscal year that starts in the first year.
  rule('time-year-pair-fiscal-year', `\\b${YEAR}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\s+(?:fiscal|financial)\\s+year\\b`, (m, ref) => {
    const first = Number(m[1]);
    if (!followsYear(first, m[2]!)) return null;
    return fiscalYear(m[1]!, m[2], ref);
  }, 'adopted a budget for the 2017-2018 fiscal year', { start: '2017-07-01', end: '2018-06-30' }),
  rule('time-year-fiscal-year', `(?<![-–/]\\s?)\\b${YEAR}\\s+(?:fiscal|financial)\\s+year\\b`, (m, ref) => fiscalYear(m[1]!, undefined, ref), 'revenue in the 2021 fiscal year', { start: '2020-07-01', end: '2021-06-30' }),
  // `the last fiscal` (Indian usage) is a year too, and so is `next financial year`, but `this fiscal quarter` is no year.
  rule('time-relative-fiscal-year', `\\b(last|this|the\\s+current|the\\s+previous|the\\s+prior|next|the\\s+last)\\s+(?:fiscal(?:\\s+year)?|financial\\s+year)\\b(?!\\s+(?:quarters?|half|halves|months?|weeks?|periods?)\\b)`, (m, ref) => relativeFiscalYear(m[1]!, ref), 'savings last fiscal year', { start: '2019-07-01', end: '2020-06-30' }, { needsDay: true }),
  // `in this year's Federal Budget`, `in the Union Budget`: the fiscal year a government's Budget
  // (capitalised: a council's `in the budget` is any budget) funds. Budgets are presented in the
  // months before the year they fund: within six months of a fiscal year's start it is that year,
  // later the one under way.
  rule('time-budget', `\\b(?:in|under|from|by)\\s+(?:this\\s+year['’]s|the)\\s+(?:(?:Federal|Union|State|Provincial)\\s+)?Budget\\b`, (m, ref) => {
    if (!ref || !m[0].endsWith('Budget')) return null;
    const startMonth = ref.fiscalStartMonth ?? 7;
    const nextStartYear = ref.month >= startMonth ? ref.year + 1 : ref.year;
    const monthsAhead = (nextStartYear - ref.year) * 12 + startMonth - ref.month;
    const startYear = monthsAhead <= 6 ? nextStartYear : nextStartYear - 1;
    return fiscalPeriod(startMonth === 1 ? startYear : startYear + 1, startMonth);
  }, 'the measures funded in this year’s Federal Budget', { start: '2021-07-01', end: '2022-06-30' }, { needsDay: true }),
  // Two years running (`between 2021 and 2022`, `from 2016 to 2017`) are a year compared with the one before: the later
  // year is measured, the first is the base (`inflation rose 7.8% between 2021 and 2022` is of 2022).
  rule('time-year-span', `\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|through)\\s+${YEAR}\\b`, (m) => (Number(m[2]) === Number(m[1]) + 1 ? yearPeriod(Number(m[2])) : { start: iso(Number(m[1]), 1, 1), end: iso(Number(m[2]), 12, 31) }), 'between 2016 and 2020', { start: '2016-01-01', end: '2020-12-31' }),
  // `the 2019-20 season` on a page about a league whose season crosses the year: that season's months.
  rule('time-season-years', `\\b${YEAR}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\s+(?:regular\\s+)?season\\b`, (m, ref) => {
    if (!ref?.season) return null;
    const first = Number(m[1]);
    if (!followsYear(first, m[2]!)) return null;
    const { startMonth, endMonth } = ref.season;
    const endYear = endMonth < startMonth ? first + 1 : first;
    return { start: iso(first, startMonth, 1), end: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
  }, 'the NBA guard averaged 27 points in the 2019-20 season', { start: '2019-10-01', end: '2020-06-30' }),
  rule('time-year-range', `\\b${YEAR}\\s?[-–—/]\\s?(\\d{4}|\\d{2})\\b(?:\\s+(school|academic)\\s+year\\b)?`, (m, ref) => {
    const first = Number(m[1]);
    const second = yearOfPair(first, m[2]!);
    // `2018-11-02` is a date, `2017-03` a month: a pair of years runs forward.
    if (second <= first) return null;
    // `the 2022/23 school year`, or `2021/22` in a sentence about school years: September to August.
    if (second === first + 1 && (m[3] || ref?.schoolYear)) return fiscalPeriod(second, SCHOOL_YEAR_START_MONTH);
    // `2021-22`, `2024/25`: a fiscal year starting in the first year.
    if (m[2]!.length === 2) return fiscalPeriod(first + 1, ref?.fiscalStartMonth ?? 7);
    return { start: iso(first, 1, 1), end: iso(Number(m[2]), 12, 31) };
  }, 'the 2022/23 school year', { start: '2022-09-01', end: '2023-08-31' }),
  // `since the beginning of the year to March 4, 2020`, `from January until September 7`: a running total from the year's
  // first day to the day named (guidelines §3: a flow summed up to a day runs from the start of that year).
  rule('time-january-to-day', `\\b(?:(?:from|since)\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:this|the)\\s+year|(?:from|between)\\s+(?:January|Jan\\.?)(?:\\s+1(?:st)?)?),?\\s+(?:to|until|till|through|and|up\\s+to)\\s+${MONTH}\\s([0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s${YEAR}\\b)?`, (m, ref) => {
    const month = monthIndex(m[1]!);
    const near = m[3] ? null : monthNearReference(month, ref);
    if (!m[3] && !near) return null;
    const year = m[3] ? Number(m[3]) : Number(near!.start.slice(0, 4));
    return { start: iso(year, 1, 1), end: iso(year, month, Math.min(Number(m[2]), lastDay(year, month))) };
  }, 'recorded 9,200 cases from January until May 14', { start: '2021-01-01', end: '2021-05-14' }),
  rule('time-date-span', `\\b${MONTH}\\s([0-3]?\\d),?\\s${YEAR},?\\s(?:to|through|until|and|-|–)\\s${MONTH}\\s([0-3]?\\d),?\\s${YEAR}\\b`, (m) => ({
    start: iso(Number(m[3]), monthIndex(m[1]!), Number(m[2])),
    end: iso(Number(m[6]), monthIndex(m[4]!), Number(m[5])),
  }), 'runs from December 1, 2023, to March 31, 2024', { start: '2023-12-01', end: '2024-03-31' }),
  // Without a year (`for the three months ended in September`), the last such months up to the article date.
  rule('time-months-to', `\\b(?:the\\s+)?${SMALL_NUMBER}\\s+months\\s+(?:to|ending|ended|through)\\s+(?:in\\s+)?${MONTH}(?:\\s${YEAR})?\\b(?!\\s+[0-3]?\\d\\b)`, (m, ref) => {
    const months = smallNumber(m[1]!);
    const endMonth = monthIndex(m[2]!);
    const near = m[3] ? null : monthNearReference(endMonth, ref);
    if (!m[3] && !near) return null;
    const endYear = m[3] ? Number(m[3]) : Number(near!.start.slice(0, 4));
    const start = new Date(Date.UTC(endYear, endMonth - months, 1));
    return { start: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, 1), end: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
  }, 'in the three months to February 2024', { start: '2023-12-01', end: '2024-02-29' }),
  // `in the year to October`, `the 12 months to March 2024`: a year ending with that month.
  rule('time-year-to', `\\b(?:(?:the|a)\\s+(?:year|12-month\\s+period)|(?:the\\s+)?(?:12|twelve)\\s+months)\\s+(?:to|ending|ended|through)\\s+(?:in\\s+)?(?:the\\s+)?${MONTH}(?:\\s[0-3]?\\d(?:st|nd|rd|th)?)?(?:,?\\s${YEAR})?(?:\\s+quarter)?\\b`, (m, ref) => {
    const endMonth = monthIndex(m[1]!);
    const end = m[2] ? monthPeriod(Number(m[2]), endMonth) : monthNearReference(endMonth, ref);
    if (!end) return null;
    const endYear = Number(end.end.slice(0, 4));
    const start = new Date(Date.UTC(endYear, endMonth - 12, 1));
    return { start: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, 1), end: end.end };
  }, 'inflation eased to 3.2 per cent in the year to May', { start: '2020-06-01', end: '2021-05-31' }),
  // `in the year to the third quarter of 2013`, `the 12 months to the second quarter`: the four quarters ending with that one.
  // (Also `in year to Q4 2015`, `the year to Quarter 2 2024`, as statistics offices write them in headlines.)
  rule('time-year-to-quarter', `\\b(?:(?:the|a)\\s+year|(?<=\\bin\\s)year|(?:the\\s+)?(?:12|twelve)\\s+months)\\s+(?:to|ending|ended|through)\\s+(?:in\\s+)?(?:the\\s+(first|second|third|fourth)\\s+quarter(?:\\s+of)?(?:\\s+${YEAR})?|(?:Q|[Qq]uarter\\s)([1-4])\\s+${YEAR})\\b`, (m, ref) => {
    const quarter = m[1] ? ORDINAL_QUARTERS[m[1].toLowerCase()]! : Number(m[3]);
    const named = m[2] ?? m[4];
    const year = named ? Number(named) : ref ? (quarter * 3 > ref.month ? ref.year - 1 : ref.year) : null;
    if (year === null) return null;
    return { start: quarter === 4 ? iso(year, 1, 1) : iso(year - 1, quarter * 3 + 1, 1), end: iso(year, quarter * 3, lastDay(year, quarter * 3)) };
  }, 'employment rose 3.2% in the year to the third quarter of 2020', { start: '2019-10-01', end: '2020-09-30' }),
  // `in the September 2023 quarter`: statistics offices of New Zealand and Australia name a quarter by its last month.
  rule('time-month-quarter', `\\b(?:the\\s+)?${MONTH}(?:\\s${YEAR})?\\s+quarter\\b`, (m, ref) => {
    const endMonth = monthIndex(m[1]!);
    if (endMonth % 3 !== 0) return null;
    const end = m[2] ? monthPeriod(Number(m[2]), endMonth) : monthNearReference(endMonth, ref);
    if (!end) return null;
    const year = Number(end.start.slice(0, 4));
    return { start: iso(year, endMonth - 2, 1), end: end.end };
  }, 'prices rose 1.8 per cent in the March 2021 quarter', { start: '2021-01-01', end: '2021-03-31' }),
  // `the 2024 to 2025 tax year`, `tax year 2024 to 2025`: the UK tax year runs from 6 April to 5 April.
  rule('time-uk-tax-year', `\\b(?:tax\\s+year\\s+${YEAR}\\s?(?:to|-|–|/)\\s?(\\d{4}|\\d{2})|${YEAR}\\s?(?:to|-|–|/)\\s?(\\d{4}|\\d{2})\\s+tax\\s+year)\\b`, (m) => {
    const first = Number(m[1] ?? m[3]);
    const second = yearOfPair(first, m[2] ?? m[4]!);
    if (second !== first + 1) return null;
    return { start: iso(first, 4, 6), end: iso(second, 4, 5) };
  }, 'returns for the tax year 2020 to 2021', { start: '2020-04-06', end: '2021-04-05' }),
  rule('time-month-range', `\\b${MONTH}(?:\\s${YEAR})?\\s(?:to|and|through|-|–)\\s${MONTH}\\s${YEAR}\\b`, (m) => {
    const firstMonth = monthIndex(m[1]!);
    const lastMonth = monthIndex(m[3]!);
    const lastYear = Number(m[4]);
    const firstYear = m[2] ? Number(m[2]) : firstMonth > lastMonth ? lastYear - 1 : lastYear;
    return { start: iso(firstYear, firstMonth, 1), end: iso(lastYear, lastMonth, lastDay(lastYear, lastMonth)) };
  }, 'in December 2023 to February 2024', { start: '2023-12-01', end: '2024-02-29' }),
  // `in the week ending May 29`, `the week ended Jan. 8, 2022`: the seven days up to that day.
  rule('time-week-ending', `\\bthe\\s+week\\s+(?:ending|ended|to|through)\\s+(?:on\\s+)?${MONTH}\\s([0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s${YEAR})?\\b`, (m, ref) => {
    const month = monthIndex(m[1]!);
    const near = m[3] ? null : monthNearReference(month, ref);
    if (!m[3] && !near) return null;
    const year = m[3] ? Number(m[3]) : Number(near!.start.slice(0, 4));
    const last = new Date(Date.UTC(year, month - 1, Number(m[2])));
    const first = new Date(last.getTime() - 6 * 86400000);
    return { start: iso(first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate()), end: iso(year, month, Number(m[2])) };
  }, 'claims fell in the week ending May 29', { start: '2021-05-23', end: '2021-05-29' }),
  rule('time-full-date-day-first', `\\b([0-3]?\\d)\\s${MONTH}\\s${YEAR}\\b`, (m) => {
    const day = iso(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    return { start: day, end: day };
  }, 'published on 14 May 2024', { start: '2024-05-14', end: '2024-05-14' }),
  rule('time-full-date', `\\b${MONTH}\\s([0-3]?\\d)(?:st|nd|rd|th)?,?\\s${YEAR}\\b`, (m) => {
    const day = iso(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
    return { start: day, end: day };
  }, 'as of March 31, 2021', { start: '2021-03-31', end: '2021-03-31' }),
  // `Quarter 3 2022`, `Quarter 3 (July to Sept) 2022`: the statistics offices' way of naming a quarter.
  rule('time-quarter-numbered', `\\bQuarter\\s([1-4])\\b(?:\\s\\([A-Za-z.]+\\s(?:to|-|–)\\s[A-Za-z.]+\\))?(?:\\s(?:of\\s)?${YEAR})?`, (m, ref) => {
    const quarter = Number(m[1]);
    const year = m[2] ? Number(m[2]) : ref ? (quarter * 3 - 2 > ref.month ? ref.year - 1 : ref.year) : null;
    if (year === null) return null;
    return { start: iso(year, quarter * 3 - 2, 1), end: iso(year, quarter * 3, lastDay(year, quarter * 3)) };
  }, 'GDP fell by 0.2% in Quarter 3 (July to Sept) 2022', { start: '2022-07-01', end: '2022-09-30' }),
  rule('time-quarter', `\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter\\b(?:\\s+of)?(?:\\s+${YEAR})?|\\bQ([1-4])(?:\\s?${YEAR}|\\s?['’]\\s?(\\d{2}))?\\b`, (m, ref) => {
    // (`Q1 ’19`, `Q3’17`: a year of two digits after an apostrophe.)
    // `in the third quarter` of a game report (a page naming a league whose games have quarters) is part of the game, no calendar quarter.
    if (m[1] && !m[2] && ref?.season?.gameQuarters) return null;
    const ordinal = (m[1] ?? m[3] ?? '').toLowerCase();
    const quarter = m[3] ? Number(m[3]) : ['first', '1st'].includes(ordinal) ? 1 : ['second', '2nd'].includes(ordinal) ? 2 : ['third', '3rd'].includes(ordinal) ? 3 : 4;
    const year = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : m[5] ? 2000 + Number(m[5]) : ref ? (quarter * 3 - 2 > ref.month ? ref.year - 1 : ref.year) : null;
    if (year === null) return null;
    return { start: iso(year, quarter * 3 - 2, 1), end: iso(year, quarter * 3, lastDay(year, quarter * 3)) };
  }, 'in the first quarter of 2021', { start: '2021-01-01', end: '2021-03-31' }),
  // `in the first nine months of 2021`, `the first 10 months of the year`: January to the month counted.
  rule('time-first-months', `\\b(?:the\\s+)?first\\s+${SMALL_NUMBER}\\s+months\\s+of\\s+(?:${YEAR}|(?:the|this)\\s+year)\\b`, (m, ref) => {
    const year = m[2] ? Number(m[2]) : ref?.year;
    const months = smallNumber(m[1]!);
    if (year === undefined || months < 1 || months > 12) return null;
    return { start: iso(year, 1, 1), end: iso(year, months, lastDay(year, months)) };
  }, 'sales in the first nine months of 2021', { start: '2021-01-01', end: '2021-09-30' }, { holdsDuration: true }),
  // `H1 2021`, `1H 2021`: a half of the year as business news writes it.
  // Without a year (`H1 sales`), the last such half up to the article date.
  rule('time-half-year-short', `\\b(?:H([12])|([12])H)(?:\\s?['’]?${YEAR})?\\b`, (m, ref) => {
    const half = Number(m[1] ?? m[2]);
    const year = m[3] ? Number(m[3]) : ref ? (half === 2 && ref.month < 7 ? ref.year - 1 : ref.year) : null;
    if (year === null) return null;
    return (m[1] ?? m[2]) === '1' ? { start: iso(year, 1, 1), end: iso(year, 6, 30) } : { start: iso(year, 7, 1), end: iso(year, 12, 31) };
  }, 'revenue rose 9% in H1 2021', { start: '2021-01-01', end: '2021-06-30' }),
  // `from the start of this year`, `since the beginning of the year`, `since the beginning of 2019`: from that year's first day to the article date.
  rule('time-from-start-of-year', `(?<=\\b(?:from|since)\\s)the\\s+(?:start|beginning)\\s+of\\s+(?:(?:this|the)\\s+year|${YEAR})\\b`, (m, ref) => {
    if (!ref) return null;
    const year = m[1] ? Number(m[1]) : ref.year;
    return { start: iso(year, 1, 1), end: year === ref.year ? referenceIso(ref) : iso(year, 12, 31) };
  }, 'output cuts from the start of this year', { start: '2021-01-01', end: '2021-06-15' }, { needsDay: true }),
  // `so far this year`, `year to date`, `so far in 2021`: from January to the article date.
  rule('time-year-to-date', `\\bso\\s+far\\s+(?:this\\s+year|in\\s+${YEAR})\\b|\\b(?:this\\s+)?year[-\\s]to[-\\s]date\\b`, (m, ref) => {
    if (!ref) return null;
    const year = m[1] ? Number(m[1]) : ref.year;
    return { start: iso(year, 1, 1), end: year === ref.year ? referenceIso(ref) : iso(year, 12, 31) };
  }, 'so far this year, 400 permits', { start: '2021-01-01', end: '2021-06-15' }, { needsDay: true }),
  // `the second semester of 2024`, `the 2024 second semester` (Philippine statistics): a semester is a half year.
  rule('time-half-year', `\\b(?:the\\s+)?(first|second)\\s+(?:half|semester)\\s+of\\s+(?:the\\s+year|${YEAR})|\\b${YEAR}\\s+(first|second)\\s+(?:half|semester)\\b`, (m, ref) => {
    const first = (m[1] ?? m[4]!).toLowerCase() === 'first';
    // `the second half of the year` on a page of January to March is the half just ended, of the year before (a report on the year just ended).
    const year = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) : ref ? (!first && ref.month <= 3 ? ref.year - 1 : ref.year) : undefined;
    if (year === undefined) return null;
    return first ? { start: iso(year, 1, 1), end: iso(year, 6, 30) } : { start: iso(year, 7, 1), end: iso(year, 12, 31) };
  }, 'in the first half of 2021', { start: '2021-01-01', end: '2021-06-30' }),
  // `a rise of 0.2% in the previous quarter`: the quarter before the one the context names, else before the article's.
  rule('time-previous-quarter', `\\b(?:the\\s+)?(?:previous|prior|preceding)\\s+quarter\\b`, (_m, ref) => {
    if (!ref) return null;
    const current = Math.floor((ref.month - 1) / 3);
    const start = new Date(Date.UTC(ref.year, (current - 1) * 3, 1));
    const [year, month] = [start.getUTCFullYear(), start.getUTCMonth() + 1];
    return { start: iso(year, month, 1), end: iso(year, month + 2, lastDay(year, month + 2)) };
  }, 'after a rise of 0.2% in the previous quarter', { start: '2021-01-01', end: '2021-03-31' }, { relativeMonths: -3, needsDay: true }),
  // `in the last quarter`, `last quarter`: the last whole calendar quarter before the article date (not `the last quarter of 2023`).
  rule('time-last-quarter', `\\b(?:the\\s+)?last\\s+quarter\\b(?!\\s+of\\b)`, (_m, ref) => {
    if (!ref) return null;
    const current = Math.floor((ref.month - 1) / 3);
    const [year, firstMonth] = current === 0 ? [ref.year - 1, 10] : [ref.year, (current - 1) * 3 + 1];
    return { start: iso(year, firstMonth, 1), end: iso(year, firstMonth + 2, lastDay(year, firstMonth + 2)) };
  }, 'the jobless rate fell to 12.8% in the last quarter', { start: '2021-01-01', end: '2021-03-31' }, { needsDay: true }),
  // `throughout the year`, `for the full year`: the whole of the year the text speaks of.
  rule('time-whole-year', `\\b(?:throughout|for|over|during)\\s+the\\s+(?:(?:whole|full|entire)\\s+)?year\\b(?!\\s+(?:to|ending|ended|through|before|after|ago|earlier|ahead))`, (_m, ref) => (ref ? yearPeriod(ref.year) : null), 'production rates throughout the year', { start: '2021-01-01', end: '2021-12-31' }),
  rule('time-end-of-year', `\\b(?:(?:by\\s+)?the\\s+end\\s+of|year[-\\s]end|end\\s+of)\\s+(?:(?:the\\s+)?(?:this|last)\\s+year|${YEAR})`, (m, ref) => {
    const year = m[1] ? Number(m[1]) : ref ? (/last/i.test(m[0]) ? ref.year - 1 : ref.year) : null;
    return year === null ? null : monthPeriod(year, 12);
  }, 'by the end of 2020', { start: '2020-12-01', end: '2020-12-31' }),
  // `since its launch in October 2021`, `since the programme's start in 2019`: from that event's month or year to the article date.
  rule('time-since-event', `\\bsince\\s+(?:its|the|their|his|her)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:launch|opening|start|creation|introduction|inception|founding|beginning)\\s+in\\s+(?:${MONTH}\\s)?${YEAR}\\b`, (m, ref) => {
    if (!ref) return null;
    const start = m[1] ? iso(Number(m[2]), monthIndex(m[1]), 1) : iso(Number(m[2]), 1, 1);
    return { start, end: referenceIso(ref) };
  }, 'awards made since its launch in October 2019', { start: '2019-10-01', end: '2021-06-15' }, { needsDay: true }),
  rule('time-since-month-year', `\\bsince\\s+${MONTH}\\s${YEAR}\\b`, (m, ref) => (ref ? { start: iso(Number(m[2]), monthIndex(m[1]!), 1), end: referenceIso(ref) } : null), 'since March 2020', { start: '2020-03-01', end: '2021-06-15' }, { needsDay: true }),
  rule('time-since-month', `\\bsince\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)`, (m, ref) => {
    const period = monthNearReference(monthIndex(m[1]!), ref);
    return period && ref ? { start: period.start, end: referenceIso(ref) } : null;
  }, 'since January', { start: '2021-01-01', end: '2021-06-15' }, { needsDay: true }),
  // `for the January to June period this year`, `the April-September period of 2022`: those months of the year named.
  rule('time-month-range-period', `\\b(?:the\\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\\s*(?:to|through|-|–)\\s*(January|February|March|April|May|June|July|August|September|October|November|December)\\s+period\\s+(?:(this|last)\\s+year|of\\s+(\\d{4}))\\b`, (m, ref) => {
    const year = m[4] ? Number(m[4]) : ref ? ref.year + (m[3]!.toLowerCase() === 'last' ? -1 : 0) : null;
    if (year === null) return null;
    const firstMonth = monthIndex(m[1]!);
    const lastMonth = monthIndex(m[2]!);
    return { start: iso(lastMonth < firstMonth ? year - 1 : year, firstMonth, 1), end: monthPeriod(year, lastMonth).end };
  }, 'for the January to June period this year', { start: '2021-01-01', end: '2021-06-30' }),
  rule('time-month-range-no-year', `\\b(?:between|from)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?:and|to|through)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)`, (m, ref) => {
    const last = monthNearReference(monthIndex(m[2]!), ref);
    if (!last) return null;
    const firstMonth = monthIndex(m[1]!);
    const lastYear = Number(last.start.slice(0, 4));
    const firstYear = firstMonth > monthIndex(m[2]!) ? lastYear - 1 : lastYear;
    return { start: iso(firstYear, firstMonth, 1), end: last.end };
  }, 'between October and March', { start: '2020-10-01', end: '2021-03-31' }),
  rule('time-from-month-year', `\\b(?:from|starting(?:\\s+in)?|beginning(?:\\s+in)?)\\s+${MONTH},?\\s${YEAR}\\b(?!,?\\s?(?:to|through|until|and|-|–)\\s)`, (m, ref) => {
    if (!ref) return null;
    const month = monthPeriod(Number(m[2]), monthIndex(m[1]!));
    // `From September 2023, salaries rose`: from that month to the article date.
    return month.start <= referenceIso(ref) ? { start: month.start, end: referenceIso(ref) } : month;
  }, 'From September 2020, fares fell', { start: '2020-09-01', end: '2021-06-15' }, { needsDay: true }),
  // `by the end of June 2014`: that month (a stock); a change to it runs from the start of the year (attach-times.ts).
  rule('time-end-of-month', `\\b(?:by\\s+)?the\\s+end\\s+of\\s+${MONTH},?\\s${YEAR}\\b`, (m) => monthPeriod(Number(m[2]), monthIndex(m[1]!)), 'the population reached 23.5 million by the end of June 2014', { start: '2014-06-01', end: '2014-06-30' }),
  rule('time-month-year', `\\b${MONTH},?\\s${YEAR}\\b`, (m) => monthPeriod(Number(m[2]), monthIndex(m[1]!)), 'in April 2021', { start: '2021-04-01', end: '2021-04-30' }),
  // `in January’23`, `Dec '22`: a month with a year of two digits after an apostrophe (Indian releases write it so).
  rule('time-month-short-year', `\\b${MONTH}\\s?['’]\\s?(\\d{2})\\b`, (m) => monthPeriod(2000 + Number(m[2]), monthIndex(m[1]!)), 'loading of 134 MT in January’23', { start: '2023-01-01', end: '2023-01-31' }),
  // `In June this year`, `March of last year`: that month of the year named relative to the article's.
  rule('time-month-this-year', `\\b${MONTH}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, (m, ref) => {
    if (!ref) return null;
    const word = m[2]!.toLowerCase();
    return monthPeriod(ref.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0), monthIndex(m[1]!));
  }, 'downloads in June this year', { start: '2021-06-01', end: '2021-06-30' }, { needsDay: true }),
  rule('time-since-year', `\\b(?:since|starting\\s+in|beginning\\s+in)\\s+${YEAR}\\b`, (m, ref) => (ref ? { start: iso(Number(m[1]), 1, 1), end: referenceIso(ref) } : null), 'since 2016', { start: '2016-01-01', end: '2021-06-15' }, { needsDay: true }),
  rule('time-past-years', `\\b(?:over|in|during|for|within)\\s+(?:the|these)\\s+(?:past|last|previous|prior)\\s+${SMALL_NUMBER}\\s+(years|decades)\\b|\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+decade\\b`, (m, ref) => {
    if (!ref) return null;
    const years = m[1] ? smallNumber(m[1]) * (m[2]!.toLowerCase() === 'decades' ? 10 : 1) : 10;
    return { start: iso(ref.year - years + 1, 1, 1), end: iso(ref.year, 12, 31) };
  }, 'over the past five years', { start: '2017-01-01', end: '2021-12-31' }, { needsDay: true, holdsDuration: true }),
  // `in the last 12 months`, `over the past six weeks`: a window counted back from the article's day.
  // `over the last year`: the 12 months to the article's day, not last calendar year.
  rule('time-past-months', `\\b(?:over|in|during|for|within)\\s+(?:the|these)\\s+(?:past|last|previous|prior)\\s+${SMALL_NUMBER}\\s+(months|weeks|days)\\b|\\b(?:over|in|during|for|within)\\s+the\\s+(?:past|last)\\s+year\\b`, (m, ref) => {
    if (!ref) return null;
    const count = m[1] ? smallNumber(m[1]) : 12;
    const unit = (m[2] ?? 'months').toLowerCase();
    const start = unit === 'months' ? new Date(Date.UTC(ref.year, ref.month - 1 - count, ref.day)) : new Date(Date.UTC(ref.year, ref.month - 1, ref.day - count * (unit === 'weeks' ? 7 : 1)));
    return { start: iso(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()), end: referenceIso(ref) };
  }, 'data use rose 25 per cent in the last 12 months', { start: '2020-06-15', end: '2021-06-15' }, { needsDay: true, holdsDuration: true }),
  // `over the next two months`, `in the coming six weeks`: a window from the article's day forward (years are left alone:
  // money spent over the next years names no period of its own); what is planned in its sentence only.
  rule('time-next-months', `\\b(?:over|in|during|within)\\s+the\\s+(?:next|coming)\\s+${SMALL_NUMBER}\\s+(months|weeks|days)\\b`, (m, ref) => {
    if (!ref) return null;
    const count = smallNumber(m[1]!);
    const unit = m[2]!.toLowerCase();
    const end = unit === 'months' ? new Date(Date.UTC(ref.year, ref.month - 1 + count, ref.day)) : new Date(Date.UTC(ref.year, ref.month - 1, ref.day + count * (unit === 'weeks' ? 7 : 1)));
    return { start: referenceIso(ref), end: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()) };
  }, 'crews will pave 39 miles over the next two months', { start: '2021-06-15', end: '2021-08-15' }, { needsDay: true, holdsDuration: true, ownSentence: true }),
  rule('time-years-ago', `\\b${SMALL_NUMBER}\\s+years?\\s+ago\\b`, (m, ref) => (ref ? yearPeriod(ref.year - smallNumber(m[1]!)) : null), 'as it was ten years ago', { start: '2011-01-01', end: '2011-12-31' }, { needsDay: true }),
  // `from $4 million in the same period last year`, `during a similar quarter last year`: the period of the context, a year earlier.
  // `in the same period of 2013`, `the same quarter in 2014`: the period the sentence speaks of, in that year (see sameMonthOfYear).
  // … and `the corresponding quarter in 2022`, `the comparable 2021 period`.
  rule('time-same-period-of-year', `\\bthe\\s+(?:same|corresponding|comparable|similar)\\s+(?:(?:period|quarter|month|half|time)\\s+(?:of|in)\\s+${YEAR}|${YEAR}\\s+(?:period|quarter|month|half))\\b`, (m) => yearPeriod(Number(m[1] ?? m[2])), 'compared with 6.2 per cent in the same period of 2013', { start: '2013-01-01', end: '2013-12-31' }),
  rule('time-same-period-last-year', `\\b(?:the|a)\\s+(?:same|similar|corresponding|comparable)\\s+(?:period|quarter|month|time|week|half)\\s+(?:(?:of\\s+)?last\\s+year|(?:of\\s+)?(?:the\\s+)?(?:previous|prior)\\s+year|a\\s+year\\s+(?:earlier|ago|before))\\b`, (_m, ref) => (ref ? yearPeriod(ref.year - 1) : null), 'down from the same period last year', { start: '2020-01-01', end: '2020-12-31' }, { relativeMonths: -12, needsDay: true }),
  // `as against Rs 31 crore a year ago`, `year ago`: the same, counted back from the period of the context.
  rule('time-year-earlier', `\\ba\\s+year\\s+(?:earlier|ago|before(?=\\s*(?:[,.;:)]|$)))|\\byear\\s+ago\\b`, (_m, ref) => (ref ? yearPeriod(ref.year - 1) : null), 'up from 4.1% a year earlier', { start: '2020-01-01', end: '2020-12-31' }, { relativeMonths: -12, needsDay: true }),
  // `from 8.9% this time last year`: the same day a year before the article's.
  rule('time-this-time-last-year', `\\b(?:this|the\\s+same)\\s+time\\s+last\\s+year\\b`, (_m, ref) => {
    if (!ref) return null;
    const day = iso(ref.year - 1, ref.month, Math.min(ref.day, lastDay(ref.year - 1, ref.month)));
    return { start: day, end: day };
  }, 'long-term unemployment fell from 8.9% this time last year', { start: '2020-06-15', end: '2020-06-15' }, { needsDay: true }),
  // `from year-ago level of 22,842 tonnes`, `the year-earlier figure`: the period of the context, a year before.
  rule('time-year-ago-attribute', `\\byear[-–](?:ago|earlier)\\b`, (_m, ref) => (ref ? yearPeriod(ref.year - 1) : null), 'a 17.2 percent decrement from year-ago level of 22,842 tonnes', { start: '2020-01-01', end: '2020-12-31' }, { relativeMonths: -12, needsDay: true }),
  // `compared to 55 the previous year`, `the prior year's 22,842 tonnes`: the year before the period the sentence speaks of
  // (a quarter, a 12-month window, a year), else before the article's.
  rule('time-previous-year', `\\bthe\\s+(?:previous|prior)\\s+year(?:['’]s)?\\b`, (_m, ref) => (ref ? yearPeriod(ref.year - 1) : null), 'compared to 55 the previous year', { start: '2020-01-01', end: '2020-12-31' }, { relativeMonths: -12, needsDay: true }),
  rule('time-relative-year', `\\b(last|this|next|the\\s+past|the\\s+current)\\s+(?:calendar\\s+)?year\\b`, (m, ref) => {
    if (!ref) return null;
    const word = (m[1] ?? 'last').toLowerCase();
    const offset = /last|previous|prior|past/.test(word) ? -1 : word === 'next' ? 1 : 0;
    return yearPeriod(ref.year + offset);
  }, 'compared with last year', { start: '2020-01-01', end: '2020-12-31' }, { needsDay: true }),
  // `last week`, `this week`: Monday to Sunday of that week, counted from the day the release speaks from.
  rule('time-relative-week', `\\b(last|this|the\\s+previous|the\\s+past)\\s+week\\b`, (m, ref) => {
    if (!ref) return null;
    const said = ref.dateline ?? ref;
    const today = new Date(Date.UTC(said.year, said.month - 1, said.day));
    const monday = new Date(Date.UTC(said.year, said.month - 1, said.day - ((today.getUTCDay() + 6) % 7) - (/this/i.test(m[1]!) ? 0 : 7)));
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return { start: iso(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()), end: iso(sunday.getUTCFullYear(), sunday.getUTCMonth() + 1, sunday.getUTCDate()) };
  }, 'claims fell to 300,000 last week', { start: '2021-06-07', end: '2021-06-13' }, { needsDay: true }),
  // `down 1.75 per cent on the week`, `for the week`: a market report's week, Monday to Sunday; on a Monday, the one just ended.
  rule('time-the-week', `(?<=\\b(?:on|for|over|during|throughout)\\s)the\\s+week\\b(?!\\s+(?:ending|ended|to|through|of|before|after|ahead|earlier|before))`, (_m, ref) => {
    if (!ref) return null;
    const said = ref.dateline ?? ref;
    const today = new Date(Date.UTC(said.year, said.month - 1, said.day));
    const weekday = (today.getUTCDay() + 6) % 7;
    const monday = new Date(Date.UTC(said.year, said.month - 1, said.day - weekday - (weekday === 0 ? 7 : 0)));
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return { start: iso(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()), end: iso(sunday.getUTCFullYear(), sunday.getUTCMonth() + 1, sunday.getUTCDate()) };
  }, 'copper fell 1.75 per cent on the week', { start: '2021-06-14', end: '2021-06-20' }, { needsDay: true }),
  rule('time-relative-month', `\\b(last|this|next|the\\s+previous|the\\s+past)\\s+month\\b`, (m, ref) => {
    if (!ref) return null;
    const offset = /last|previous|past/i.test(m[1]!) ? -1 : /next/i.test(m[1]!) ? 1 : 0;
    const date = new Date(Date.UTC(ref.year, ref.month - 1 + offset, 1));
    return monthPeriod(date.getUTCFullYear(), date.getUTCMonth() + 1);
  }, 'up 2 percent last month', { start: '2021-05-01', end: '2021-05-31' }, { needsDay: true }),
  rule('time-today', `\\b(today|yesterday|this\\s+(?:morning|afternoon|evening)|tonight)\\b`, (m, ref) => {
    if (!ref) return null;
    const said = ref.dateline ?? ref;
    const date = new Date(Date.UTC(said.year, said.month - 1, said.day - (m[1]!.toLowerCase() === 'yesterday' ? 1 : 0)));
    const day = iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    return { start: day, end: day };
  }, 'announced today', { start: '2021-06-15', end: '2021-06-15' }, { needsDay: true }),
  // `signed on Tuesday`: the last such weekday on or before the day the release speaks from.
  // A weekday followed by its date (`on Tuesday, January 3`) yields to the date, which the month-and-day rules read.
  rule('time-weekday', `\\bon\\s(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b${DATE_FOLLOWS}`, (m, ref) => (ref ? lastWeekday(m[1]!, ref) : null), 'the council voted on Monday', { start: '2021-06-14', end: '2021-06-14' }, { needsDay: true }),
  // `won at home Sunday`, `voted Tuesday`: the same without `on` (not inside a name: `Palm Sunday`,
  // `Monday Night Football`); the day of that sentence's event only, not of the sentences after it.
  rule('time-weekday-bare', `\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b${DATE_FOLLOWS}`, (m, ref) => (ref && !insideName(m) ? lastWeekday(m[1]!, ref) : null), 'the Dodgers won at home Sunday', { start: '2021-06-13', end: '2021-06-13' }, { needsDay: true, ownSentence: true }),
  // `the longest this summer`, `last winter`, `in spring 2019`: meteorological seasons, turned for a page of the southern hemisphere.
  rule('time-season-of-year', `\\b(?:(this|last|next)\\s+(spring|summer|autumn|fall|winter)|(?:in\\s+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR})\\b`, (m, ref) => {
    const name = (m[2] ?? m[3]!).toLowerCase();
    if (!m[4] && !ref) return null;
    const offset = m[1]?.toLowerCase() === 'last' ? -1 : m[1]?.toLowerCase() === 'next' ? 1 : 0;
    const southern = ref?.southernHemisphere === true;
    const first = SEASON_FIRST_MONTHS[name]! + (southern ? 6 : 0);
    const startMonth = ((first - 1) % 12) + 1;
    // A winter (a southern summer) spans the turn of the year: its year is the one it ends in.
    const endsYear = m[4] ? Number(m[4]) : ref!.year + offset;
    const startYear = startMonth === 12 ? endsYear - 1 : endsYear;
    const endMonth = ((startMonth + 1) % 12) + 1;
    return { start: iso(startYear, startMonth, 1), end: iso(endsYear, endMonth, lastDay(endsYear, endMonth)) };
  }, 'the driest spell this summer', { start: '2021-06-01', end: '2021-08-31' }),
  // `hired over the summer`, `during the winter`: the season under way or just ended at the article date (turned for the southern hemisphere).
  rule('time-season-last', `(?<=\\b(?:over|during|in|through|throughout)\\s)the\\s+(spring|summer|autumn|fall|winter)\\b(?!\\s+(?:of|months|season|term|break|holidays?|olympics|games)\\b)`, (m, ref) => {
    if (!ref) return null;
    const southern = ref.southernHemisphere === true;
    const first = SEASON_FIRST_MONTHS[m[1]!.toLowerCase()]! + (southern ? 6 : 0);
    const startMonth = ((first - 1) % 12) + 1;
    const startYear = startMonth <= ref.month ? ref.year : ref.year - 1;
    const end = new Date(Date.UTC(startYear, startMonth - 1 + 3, 0));
    // Only a season under way or ended in the last three months: one long past, or still to come, is no period said so.
    const monthsSince = (ref.year - end.getUTCFullYear()) * 12 + ref.month - (end.getUTCMonth() + 1);
    if (monthsSince > 3) return null;
    return { start: iso(startYear, startMonth, 1), end: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()) };
  }, '96 teachers were hired over the summer', { start: '2021-06-01', end: '2021-08-31' }, { needsDay: true }),
  // `This season he has 23 goals`: from the opening month of the page's league season to the article date; `last season` the whole one before.
  rule('time-sports-season', `\\b(this|the\\s+current|last|the\\s+previous|the\\s+past)\\s+season\\b`, (m, ref) => {
    if (!ref?.season) return null;
    const { startMonth, endMonth } = ref.season;
    const openingYear = ref.month >= startMonth ? ref.year : ref.year - 1;
    if (/^this|current/i.test(m[1]!)) return { start: iso(openingYear, startMonth, 1), end: referenceIso(ref) };
    const endYear = endMonth < startMonth ? openingYear : openingYear - 1;
    return { start: iso(openingYear - 1, startMonth, 1), end: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
  }, 'the NHL captain has 23 goals this season', { start: '2020-10-01', end: '2021-06-15' }, { needsDay: true }),
  // `during the quarter under review`, `the review quarter`, `the reference period`: statistics releases name their period once and then refer back to it.
  // … and so does a bare `in the quarter`, `during the month`, `this quarter`, `the latest quarter` (of that length only:
  // see attach-times.ts), and `in the period`, `during this period`, whatever its length.
  rule('time-under-review', `\\b(?:the\\s+)?(?:(?:quarter|period|month|year|half|semester)\\s+under\\s+review|review\\s+(?:quarter|period|month|year)|reference\\s+(?:quarter|period|month|year))\\b|(?<=\\b(?:in|for|during|over)\\s)the\\s+(?:quarter|month|half|period)\\b(?!\\s+(?:of|ended|ending|to|through|before|after|earlier|ago|from|between)\\b)(?![-–])|\\b(?:this|the\\s+latest|the\\s+most\\s+recent)\\s+(?:quarter|month)\\b(?!\\s+of\\b)(?![-–])|(?<=\\b(?:in|for|during|over)\\s)this\\s+period\\b`, (_m, ref) => (ref ? yearPeriod(ref.year) : null), 'inflation averaged 7.5 per cent during the quarter under review', { start: '2021-01-01', end: '2021-12-31' }, { reviewed: true }),
  rule('time-now', `(?<!\\bfrom\\s)\\b(?:now|currently|presently|at\\s+present)\\b`, (_m, ref) => (ref ? { start: referenceIso(ref), end: referenceIso(ref) } : null), 'the county now has 40 libraries', { start: '2021-06-15', end: '2021-06-15' }, { needsDay: true }),
  rule('time-month-day', `\\b${MONTH}\\s([0-3]?\\d)(?:st|nd|rd|th)?\\b`, (m, ref) => {
    const month = monthIndex(m[1]!);
    // A day in the next two months is one still to come (`the bond election on April 4`, `applications close June 30`),
    // not one of the year before: a page reports the past by month, and names the days of what is ahead.
    const period = ref && month > ref.month && month - ref.month <= 2 ? monthPeriod(ref.year, month) : monthNearReference(month, ref);
    if (!period) return null;
    const day = `${period.start.slice(0, 8)}${pad(Number(m[2]))}`;
    return { start: day, end: day };
  }, 'through May 31', { start: '2021-05-31', end: '2021-05-31' }),
  rule('time-month', `\\b(?:in|during|since|through|by|for|of|until)\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b`, (m, ref) => monthNearReference(monthIndex(m[1]!), ref), 'in March', { start: '2021-03-01', end: '2021-03-31' }),
  rule('time-by-year', `\\bby\\s+${YEAR}\\b`, (m, ref) => (ref ? { start: referenceIso(ref), end: iso(Number(m[1]), 12, 31) } : null), 'a target of 10,000 units by 2030', { start: '2021-06-15', end: '2030-12-31' }, { needsDay: true }),
  rule('time-year', `(?<![\\d$€£.,])\\b${YEAR}\\b(?![.,]?\\d)`, (m) => yearPeriod(Number(m[1])), 'in 2020', { start: '2020-01-01', end: '2020-12-31' }),
];

/**
 * Words before a time expression that make it the basis of a change (`up 12% from 2022`,
 * `compared with March 2023`, `11 percent over 2023`) or an aside (`which begins July 1`,
 * `beginning in August`, the day something was said: `an official said on Monday, December 20`)
 * rather than the period of the claims around it.
 */
export const NOT_GOVERNING_BEFORE_TIME = /(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bthan|\bover|\babove|\bbelow|\bwhich\s+(?:begins|began|starts|started|ends|ended)(?:\s+(?:on|in))?|\bbeginning|\bstarting|\b(?:released|published|announced|issued|unveiled|posted|signed|said|says|told|stated|reported|confirmed|added)(?:\s+on)?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),)?)\s+(?:(?:the\s+same\s+\w+\s+(?:in|of)|in|the)\s+)?$/i;

/**
 * `surpassing last year’s total by 11%`, `exceeding 2019 levels`: what a verb of outdoing
 * compares with is the basis, not the period (guidelines §3, comparisons).
 */
export const OUTDOING_VERB_BEFORE_TIME = /\b(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|outpac(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?|top(?:s|ped|ping)|beat(?:s|ing)?)\s+(?:the\s+)?$/i;

/** A comparison basis (`from`, `over`, `than`) needs a number, a change word or a unit of change (`one percentage point from`) shortly before it. */
export const CHANGE_CONTEXT_BEFORE_TIME = /\d|\b(?:up|down|rose|fell|increase[ds]?|decrease[ds]?|grew|growth|declined?|dropped|higher|lower|more|less|fewer|larger|smaller|compared|change[ds]?|points?|per\s?cent|percent)\b/i;

/**
 * A date in an aside about when something began (`the bike share, launched in May 2018 to serve
 * ...`): the segment since the last comma names a launch and holds no number.
 */
export const LAUNCH_ASIDE_BEFORE_TIME = /,[^,;:\d]*\b(?:launched|opened|founded|established|introduced|created|unveiled|inaugurated|started|begun|set\s+up)(?:\s+(?:in|on))?\s+$/i;

/** Words before a claim that make it the base of a comparison: `up from 380,000`, `compared with 14%`, `compared to the exports of $15 billion`, `from the deficit of $23 billion`, `following a revised 0.6 percent rise`. */
export const COMPARISON_BEFORE_CLAIM = /\b(?:(?:from|than|against|compared\s+(?:with|to))(?:\s+(?:the\s+)?(?:[a-z-]+\s+){1,2}of)?|versus|vs\.?|(?:follows|followed|following|after)\s+(?:a|an|the)(?:\s+revised)?)\s+(?:(?:about|nearly|around|roughly|some|approximately|just|almost)\s+)?$/i;

/** What may stand between a comparison base and its own period: `$12 in fiscal year 2020`, `6.9% a year earlier`, `0.6 percent rise in the March quarter`. */
export const BASE_TO_TIME = /^\s*(?:(?:rise|fall|increase|decrease|gain|drop|decline|growth)\s+)?(?:(?:in|during|for|at|as\s+of)\s+)?(?:the\s+)?$/i;

/** `on 2022` (`an increase of 3.8% on 2022`): a basis only when a bare year follows. */
export const ON_YEAR_BASIS = /\bon\s+$/i;

/** `the lowest rate since November 2021`, `his first win since Aug. 11`, `since the program began in 2017`: a record's reference point. */
export const SINCE_RECORD_BEFORE_TIME = /\b(?:lowest|highest|largest|smallest|most|fewest|least|biggest|best|worst|first)\b[^,.;]{0,30}$|\bsince\b[^,.;]{0,30}\b(?:began|started|opened|launched|was\s+created)\s+(?:in\s+)?$/i;
