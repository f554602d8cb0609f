// Numbers that are not claims (annotation guidelines §2): dates, years, times, addresses,
// phone numbers, bill and document numbers, section references, ordinals, names and codes.
// Each pattern marks a stretch of the sentence; a number found inside one is dropped.
// Patterns are built from named fragments and kept linear (no nested unbounded repeats).

import { currencies } from './units.js';
import { scales } from './numbers.js';

export interface NonClaimRule {
  id: string;
  pattern: RegExp;
  example: string;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const STREET = '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Square|Plaza|Pike|Trail|Freeway|Expressway|Turnpike)';
const CAPITALISED_WORDS = "(?:[NSEW]\\.?\\s)?(?:[A-Z][A-Za-z'’.-]*\\s){0,3}";
const DESIGNATOR = '(?:Phase|Tier|Stage|Level|District|Ward|Precinct|Zone|Region|Unit|Building|Bldg\\.|Station|Route|Highway|Hwy\\.?|Interstate|State Route|State Road|County Road|Road|Runway|Gate|Pier|Terminal|Lot|Parcel|Block|Track|Platform|Flight|Engine|Ladder|Squad|Battalion|Grade|Class|Group|Team|Round|Game|Week|Match|Leg|Lap|Heat|Hole|Wave|Category|Type|Form|Line|Exit|Lane|Channel|Suite|Room|Rm\\.|Floor|Box|P\\.O\\. Box|Apt\\.|Apartment|Site|Option|Alternative|Version|Proposition|Prop\\.|Measure|Question|Amendment|Local|Chapter|Title|Article|Part|Section|Sec\\.|Sections|Subsection|Paragraph|Clause|Rule|Schedule|Appendix|Exhibit|Figure|Fig\\.|Table|Page|Volume|Vol\\.|Item|Agenda Item|Case|Docket|Contract|Permit|Project|Model|Division|Region|Area|Council District|Congressional District|Senate District|House District|Assembly District)';
const BILL = '(?:H\\.\\s?R\\.|H\\.\\s?Res\\.|S\\.\\s?Res\\.|H\\.\\s?J\\.\\s?Res\\.|S\\.\\s?J\\.\\s?Res\\.|S\\.|A\\.B\\.|S\\.B\\.|H\\.B\\.|AB|SB|HB|HF|SF|LB|LD|SJR|HJR|HCR|SCR|ACA|SCA)';
const DOCUMENT = '(?:By-law|By-Law|Bylaw|(?:House|Senate|Assembly) (?:Bill|Resolution|Joint Resolution|Concurrent Resolution|File)|Ordinance|Resolution|Bill|Executive Order|Administrative Order|Public Law|P\\.L\\.|Local Law|Law|Order|Directive|Proclamation|Act|Code|Docket|Case|File|Rule)';
/** Currency codes and letter prefixes glued to an amount (`USD10m`, `Rs500`, `RM2.5bn`): money, not a code. */
const CURRENCY_CODE = `(?:${currencies.flatMap((rule) => rule.prefixes).filter((prefix) => /^[A-Za-z]+$/.test(prefix)).join('|')})`;
/** A currency's letter before an amount (`R1.4 trillion`, `Sh360 billion`, `R12,400`, `P14 billion`): see amountPrefixes. */
const SCALE_FORMS = scales.flatMap((scale) => [...scale.words, ...scale.abbreviations]).sort((a, b) => b.length - a.length).join('|');
const AMOUNT_CURRENCY = `(?:${currencies.flatMap((rule) => [...(rule.amountPrefixes ?? []), ...(rule.localAmountPrefixes ?? [])]).join('|')})\\d+(?:(?:,\\d{3})+|\\.\\d+)?(?:\\s?(?:${SCALE_FORMS})\\b|(?<=[.,]\\d+))`;
const NUMBER_SIGN = '(?:No\\.|Nos\\.|Number|#)';

const rule = (id: string, source: string, example: string, flags = 'g'): NonClaimRule => ({ id, pattern: new RegExp(source, flags), example });

export const nonClaims: NonClaimRule[] = [
  rule('date-month-day-year', `\\b${MONTH}\\s${DAY}(?:,?\\s${YEAR})?\\b`, 'The council met on March 3, 2021 to review the plan for the parks.'),
  rule('date-month-day-range', `\\b${MONTH}\\s${DAY}\\s?(?:-|–|to|through|and)\\s?${DAY}\\b`, 'The conference runs June 13 to 17 downtown.'),
  rule('date-day-month', `\\b${DAY}\\s${MONTH}(?:,?\\s${YEAR})?\\b`, 'The plan was published on 4 June 2021 after a long review by the council.'),
  rule('date-month-year', `\\b${MONTH},?\\s${YEAR}\\b`, 'The survey closed in April 2022.'),
  rule('date-numeric', '\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b', 'Applications are due 5/31/2022.'),
  rule('year-range', `\\b${YEAR}\\s?[-–—/]\\s?(?:${YEAR}|\\d{2})\\b(?!\\s?(?:%|percent))`, 'The 2021-22 school year starts soon.'),
  // The first months or quarters of a period are a date, as `1-10月` and `前三季度` are (guidelines §2), not a duration.
  rule('part-of-period', `\\b(?:the\\s)?(?:first|last|final)\\s(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s(?:months|weeks|quarters)\\sof\\s(?:the\\s|this\\s|that\\s|its\\s)?(?:quarter|month|year|half|season|(?:fiscal|financial)\\syear|${YEAR})\\b`, 'The estimate was computed from data in the first two months of the quarter.'),
  rule('year-decade', `\\b${YEAR}s\\b|['’]\\d0s\\b|\\b[1-9]0s\\b`, 'Built in the 1960s, the bridge is being replaced.'),
  rule('fiscal-year', `\\b(?:FY|Fiscal Year|fiscal year|fiscal)\\s?['’]?(?:${YEAR}|\\d{2})(?:\\s?[-–/]\\s?(?:${YEAR}|\\d{2}))?\\b`, 'The FY2023 budget was approved.'),
  rule('time-of-day', '\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am\\b|pm\\b|AM\\b|PM\\b|o[\'’]clock)|\\b\\d{1,2}:\\d{2}\\b(?![:.]\\d)', 'The meeting begins at 6:30 p.m. Tuesday.'),
  rule('phone-number', '(?:\\+?1[-.\\s])?(?:\\(\\d{3}\\)\\s?|\\b\\d{3}[-.\\s])\\d{3}[-.]\\d{4}\\b|\\b1-8\\d{2}-[A-Z0-9]{3}-[A-Z0-9]{4}\\b|\\b\\d{3}-\\d{4}\\b|\\b0\\d{2,4}\\s\\d{3,4}\\s\\d{3,4}\\b', 'For details call (555) 123-4567 today.'),
  rule('service-number', '\\b(?:[Cc]all|[Dd]ial|[Tt]ext|calling|dialing|texting)\\s(?:the\\s)?(?:911|311|211|988|411|511)\\b|\\b(?:911|311|211|988)\\s(?:call|center|centre|line|system|dispatch|dispatcher|operator)', 'Residents can call 311 to report potholes.'),
  rule('street-address', `\\b\\d{1,6}(?:-\\d{1,5}|[A-Za-z])?\\s${CAPITALISED_WORDS}${STREET}\\b\\.?`, 'The office is at 1200 West Main Street in town.'),
  rule('zip-code', '\\b[A-Z]{2}\\s\\d{5}(?:-\\d{4})?\\b|,\\s[A-Z][a-z]+\\.?\\s\\d{5}(?:-\\d{4})?\\b', 'Mail it to Springfield, IL 62701 by Friday.'),
  rule('zip-code-named', '\\b(?:ZIP|Zip|zip|postal)(?:\\s[Cc]odes?)\\s\\d{5}(?:-\\d{4})?\\b|\\b(?:ZIP|Zip)\\s\\d{5}\\b', 'Homes in ZIP code 90210 sold fastest.'),
  // UK postcodes (`HM1 4QS`, `SW1A 1AA`): the inward part (`4QS`) is a digit and two letters.
  rule('uk-postcode', '\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2}\\b', 'Send the form to the Civic Centre, Leeds LS2 8HD, by Friday.'),
  rule('bill-number', `\\b${BILL}\\s?\\d{1,5}\\b`, 'The House passed H.R. 1234 last week.'),
  rule('document-number', `\\b${DOCUMENT}\\s(?:${NUMBER_SIGN}\\s?)?\\d+(?:[-–.:]\\d+)*(?:\\([a-z0-9]+\\))*`, 'The council adopted Ordinance No. 2024-17 on Tuesday.'),
  rule('number-sign', `(?:\\b${NUMBER_SIGN.replace('|#', '')}\\s?|#)\\d+(?:[-–.]\\d+)*`, 'The building was ranked No. 1 in the state.'),
  // `(cat no. 8501.0)`, `jersey no. 23`: the sign in lower case, with its period.
  rule('number-sign-lower', '\\bnos?\\.\\s?\\d+(?:[-–.]\\d+)*', 'Details are in Retail Trade, Australia (cat no. 8501.0).'),
  rule('designator', `\\b${DESIGNATOR}\\s?[-#]?\\s?\\d+[A-Za-z]?(?:[-–.:]\\d+)*(?:\\([a-z0-9]+\\))*`, 'Construction on Phase 2 begins next spring.'),
  rule('section-sign', '§+\\s?\\d+(?:[-–.:]\\d+)*(?:\\([a-z0-9]+\\))*', 'under § 501(c)(3) of the code'),
  rule('interstate', '\\b(?:I|US|U\\.S\\.|SR|CR|FM|M|A|M|N|SH|CA|NY|TX|FL|PA|OH|NJ|VA|WA|GA|NC|IL)-\\s?\\d{1,4}[A-Z]?\\b|\\b(?:U\\.S\\.|US|State|Interstate)\\s(?:Route|Highway|Hwy\\.?)\\s\\d+', 'Crews will close I-95 overnight.'),
  rule('hyphenated-code', "\\b[A-Za-z][A-Za-z\\d]*[-‑]\\d+(?:[-.]\\d+)*[A-Za-z]?\\b", 'COVID-19 testing remains free.'),
  rule('handle-or-address', '@[\\w.]+|\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\bhttps?://\\S+|\\bwww\\.\\S+|\\b[\\w-]+\\.(?:com|gov|org|net|edu|us|uk|ca|info|io)(?:/\\S*)?', 'Follow the archive at @WhiteHouse44 or visit example.gov/44.'),
  rule('letters-then-digits', `(?<!\\$)\\b(?!FY\\d|Q[1-4]\\b|H[12]\\b|${CURRENCY_CODE}\\d|${AMOUNT_CURRENCY})[A-Za-z_]+\\d+[A-Za-z\\d]*\\b`, 'Content moves to the Price44 account.'),
  rule('alphanumeric-code', `\\b\\d+[A-Za-z]+\\d+[A-Za-z\\d]*\\b|(?<!\\$)\\b(?!${CURRENCY_CODE}\\d|${AMOUNT_CURRENCY}|FY\\d|Q[1-4]\\b|H[12]\\b)[A-Z]+\\d+[A-Za-z\\d]*\\b|\\b\\d+[ADEG-JLN-SU-Z]\\b(?![-‑])`, 'The city will expand 5G coverage.'),
  // `Q3 results`, `H1 sales`: a quarter or half named by its code is a period (read by the time rules), never a count.
  rule('period-code', '\\b(?:Q[1-4]|H[12]|[1-4]Q|[12]H)\\b', 'The firm beat forecasts with its Q3 results.'),
  rule('ordinal', '\\b\\d+(?:st|nd|rd|th)\\b', 'It was the 3rd time the plan was revised.'),
  rule('slash-code', '\\b\\d+/\\d+\\b(?!\\s?(?:of|th)\\b)', 'The hotline is open 24/7 for callers.'),
  rule('numbered-name', '\\b(?:Fortune|S&P|Russell|Vision|Agenda|Title|Class|Top|Big|Group of|Web|Industry|Windows|Apollo|Artemis|Proposition)\\s\\d+\\b', 'The company is a Fortune 500 employer.'),
  rule('list-marker', '^\\(?\\d{1,2}[.)](?:\\s|$)|\\(\\d{1,2}\\)', '(1) The first item is listed here.'),
  // (`2017-2018` is a pair of years, read by the time rules.)
  rule('year-serial-code', '\\b(?:19|20)\\d{2}[-‑](?!(?:19|20)\\d{2}\\b)\\d{3,}\\b', 'The report was filed as 2023-214 with the clerk.'),
  rule('index-base', '\\(\\s?(?:19|20)\\d{2}\\s?=\\s?100\\s?\\)', 'The index stood at 131.9 (2015=100) in March.'),
  rule('availability', '\\b(?:24|twenty-four)\\s(?:hours|hrs)\\s(?:a|per)\\sday\\b|\\b(?:7|seven)\\sdays\\s(?:a|per)\\sweek\\b|\\b365\\sdays\\s(?:a|per)\\syear\\b', 'Call the hotline 24 hours a day for help.'),
  rule('grade-level', '\\bgrades?\\s\\d{1,2}(?:\\s?(?:-|–|to|through)\\s?\\d{1,2})?\\b|\\bYear\\s\\d{1,2}\\b', 'Students in grades 3-8 took the test.'),
  rule('even-split', '\\b(\\d{1,3})\\s?[-–/]\\s?\\1\\b', 'Costs are shared in a 50-50 split.'),
  rule('colon-ratio', '\\b\\d{1,3}:\\d{1,3}\\b', 'The student-teacher ratio is 15:1 in the district.'),
  rule('degree-type', "\\b(?:two|four|2|4)-year\\s(?:(?:associate|bachelor)['’]s\\s)?(?:degrees?|colleges?|universit(?:y|ies)|institutions?|schools?)\\b", 'Credits transfer to a four-year university.'),
  // `The vote was 3-1`, `the court ruled 6-3`, `a 5-4 ruling`: a tally of votes, not two claims.
  rule('vote-tally', '\\b(?:voted|vote of|vote|votes|passed|approved|margin of|split|tally of|ruled|(?:vote|tally|count|ballot) (?:was|is|stood at|ended))\\s\\d{1,3}\\s?[-–—]\\s?\\d{1,3}\\b|\\b\\d{1,3}\\s?[-–—]\\s?\\d{1,3}\\s(?:vote|decision|margin|tally|ruling|majority|verdict)\\b', 'The council voted 7-2 to approve the plan.'),
  // `version 2.3.1`, `192.168.0.1`: numbers joined by two or more dots are a version or an address.
  rule('dotted-number', '\\b\\d+(?:\\.\\d+){2,}\\b', 'Update the app to version 2.3.1 today.'),
  // `Boeing 747-400`, `Airbus A321neo`: an aircraft's model number.
  rule('aircraft-model', '\\b(?:Boeing|Airbus|Embraer|Bombardier|Cessna|Lockheed|Antonov|Tupolev|Sukhoi|Ilyushin|Douglas|ATR|Gulfstream)\\s(?:[A-Z]{1,3}-?)?\\d{2,4}(?:[-‑]\\d{1,4})?[A-Za-z]*\\b|\\b(?:7[0-8]7|A3[0-8]0)(?:[-‑]\\d{1,3})?(?=\\s(?:Dreamliners?|Max|MAX|jets?|jetliners?|aircraft|planes?|freighters?|airliners?|superjumbos?)\\b)', 'The airline retired its last Boeing 747-400 jets.'),
  // Brands and plans whose names hold a number: `7-Eleven`, `Formula 1`, `401(k)`, `3M`.
  rule('brand-name', "\\b\\d+ers\\b|\\b(?:10-K|10-Q|8-K|S-1|20-F)\\b|\\b7-Eleven\\b|\\bFormula\\s(?:1|One|2|3|E)\\b|\\b\\d{3}\\([a-z]\\)|\\b3M(?=\\s(?:Co\\b|Company|company|said|shares|stock|Corp)|['’]s\\b)|\\bCatch-22\\b|\\bArea\\s51\\b|\\bForever\\s21\\b|\\bPac-12\\b|\\bAir\\sForce\\s(?:One|1)\\b", 'The 7-Eleven chain added a 401(k) match, the 49ers said.'),
  rule('standard-name', '\\b(?:ISO|IEC|EN|BS|DIN|ANSI|IEEE|ASTM|RFC|SAE|NFPA|UL|IS|GB/T|GB)\\s?\\d+(?:[-:./]\\d+)*(?:[A-Za-z]\\b)?', 'The test follows ISO 3888-2 for lane changes.'),
  rule('place-number', '\\b(?:top|number|row|seat|section|gate|pier|platform|aisle|box|category|type|level|phase|stage|tier|grade|chapter|verse|version|release|episode|season|game|week|round|hole|lane|court|jersey|bus|route|line|car|flight)\\s\\d+[A-Za-z]?\\b(?!\\s?(?:%|percent|per cent|points|(?:[a-z]+\\s)?(?:times|years|days|months|hours|minutes|seconds|miles|kilometres|kilometers|feet|metres|meters)\\b))', 'He sat in row 5, seat 12, near a category 4 storm shelter.'),
  rule('clock-time-zone', '\\b[0-2]\\d[0-5]\\d\\s?(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|AEST|AEDT|HKT|SGT|local\\stime|hours|hrs)\\b', 'The quake struck at 0401 GMT.'),
  // `100s of users`, `1,000s of fans`: a vague amount written in digits (§2, vague amounts).
  rule('plural-of-digits', '\\b\\d{1,3}(?:,\\d{3})*(?<=0)[’\']?s\\sof\\b', 'The app drew 1,000s of new users.'),
  // `0-60 mph in 4.5 seconds`: the standard sprint of a car, named by its speeds.
  rule('acceleration-sprint', '\\b0\\s?[-–]\\s?(?:60|62|100)(?:\\s?(?:mph|km/h|kph))?(?=\\s(?:mph\\s)?(?:in|time|sprint|acceleration|times)\\b)|\\b0\\s?[-–]\\s?(?:60|62|100)\\s?(?:mph|km/h|kph)\\b', 'The car can accelerate from 0-60 mph in 4.5 seconds.'),
  rule('reference-to-table', '\\b(?:see|in|of)\\s(?:table|chart|figure|fig\\.|page|appendix|annex)\\s[A-Z]?\\d+[A-Za-z]?\\b', 'Earnings rose for most groups. (See table 2.)', 'gi'),
  // `beat the Celtics 110-102`, `a 3-1 win`: a game's score is its result, not a quantity.
  rule('game-score', '\\b(?:beat|beats|defeated|defeats|edged|edges|routed|downed|won|wins|lost|loses|drew|tied|led|leads|trailed|trails)\\s(?:(?:the\\s)?[A-Z][\\w.’\'-]*\\s){0,4}(?:by\\s)?\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b(?![-\\s]years?\\b)|\\b\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\s(?:win|victory|loss|defeat|draw|tie|home\\swin|road\\swin|lead|advantage|deficit|halftime\\slead)\\b', 'The Lakers beat the Celtics 110-102 on Friday.'),
  // `(T40.4)`, `E11.9`: a capital letter glued to a decimal number is a classification code (ICD and the
  // like); before a scale word it is an amount in a currency's letter (`R1.35 trillion`).
  rule('letter-decimal-code', '(?<![$£€¥\\w])[A-Z]\\d{1,3}\\.\\d{1,2}\\b(?!\\s?(?:million|billion|trillion|bn|m|tn)\\b)', 'Deaths involving synthetic opioids (T40.4) rose again.'),
  // `USB 3.0`, `Bluetooth 5.2`, `HDMI 2.1`: the version of an interface standard names it.
  rule('interface-standard', '\\b(?:USB|HDMI|Bluetooth|Wi-?Fi|PCIe|DisplayPort|Thunderbolt|DDR|LPDDR|SATA|NVMe)\\s?\\d+(?:\\.\\d+)?\\b', 'The laptop has one USB 3.0 port.'),
  // `a 3-pointer`, `16 3-pointers`: a basketball shot named by its points.
  rule('shot-name', '\\b[1-3]-pointers?\\b', 'He hit a 3-pointer at the buzzer.'),
  rule('score-rank', '\\b(?:number|No\\.)\\s(?:one|two|three|\\d+)\\s(?:ranked|ranking|spot|position)\\b|\\branked\\s\\d+\\b', 'The state ranked 12 among peers.'),
];

/** A table row written with spaces: its label, then three or more numbers (`GDP 5.9 5.6 5.8`). */
export const NUMBER_ROW = /^([^\d\n]*?[A-Za-z][^\d\n]*?)\s+((?:[-+]?\d[\d.,]*%?\s+){2,}[-+]?\d[\d.,]*%?)\s*$/u;

/** A table's header line naming percentages (`PERCENTAGE CHANGE FROM CORRESPONDING QUARTER`, `Annual growth (%)`). */
export const PERCENT_HEADER = /^(?![^\n]*[.!?]\s*$)[^\n]*(?:\bper\s?cent(?:age)?\b|%)/iu;
/** … of a change (`PERCENTAGE CHANGE FROM …`, `Growth (%)`): its figures are rates. */
export const CHANGE_HEADER = /\b(?:change|growth|increase|decrease)\b/iu;

/**
 * A headline or subhead left in the body text (`Mayor Marks Completion of 12 Playgrounds`): a
 * line in title case with no closing punctuation. Its numbers repeat the body's and are not claims.
 * A line of three or more numbers after its label (`GDP 5.9 5.6 5.8`) is a table row, not a headline.
 */
export const headline: NonClaimRule = {
  id: 'headline',
  pattern: /^(?!.*[.!?;:"”]$)(?!(?:.*\s[-+]?\d[\d.,]*%?(?=\s|$)){3})(?:(?:[A-Z0-9$][\w$%,.'’&-]*|a|an|the|and|or|of|in|on|for|to|at|by|with|from|as)\s+){2,}[A-Z0-9$][\w$%,.'’&-]*$/,
  example: 'Mayor Carver Marks Completion of 12 Playgrounds and Riverside Trail',
};
