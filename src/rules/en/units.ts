// Units of English claims, as data: currencies (signs before the number, words after it),
// percent words, counted nouns and physical measures with their canonical unit. Count units
// are the lower-case plural noun (`households`); singular forms map to it (`1 household`).
// A plural noun not listed here still counts (rule count-plural-noun); this catalog gives
// measures their canonical unit and counts their canonical plural.
import type { ClaimKind } from '../../core/schema.js';

export interface Expectation {
  value: number;
  kind: ClaimKind;
  unit: string | null;
}

export interface CurrencyRule {
  id: string;
  unit: string;
  /** Signs or codes written before the digits: `$`, `US$`, `USD `. Case-sensitive. */
  prefixes: string[];
  /** Words written after the number: `dollars`. Lower case. */
  words: string[];
  /** Multiplier for the word forms: cents are a hundredth of the unit. */
  wordFactor?: number;
  example: string;
  expect: Expectation;
}

export const currencies: CurrencyRule[] = [
  { id: 'currency-usd', unit: 'USD', prefixes: ['US$', 'U.S.$', '$', 'USD'], words: ['dollars', 'dollar', 'u.s. dollars', 'us dollars'], example: 'a grant of US$2.5 million', expect: { value: 2.5e6, kind: 'money', unit: 'USD' } },
  { id: 'currency-usd-cents', unit: 'USD', prefixes: [], words: ['cents', 'cent'], wordFactor: 0.01, example: 'a fee of 25 cents', expect: { value: 0.25, kind: 'money', unit: 'USD' } },
  { id: 'currency-eur', unit: 'EUR', prefixes: ['€', 'EUR'], words: ['euros', 'euro'], example: '€40 million in grants', expect: { value: 4e7, kind: 'money', unit: 'EUR' } },
  { id: 'currency-gbp', unit: 'GBP', prefixes: ['£', 'GBP'], words: ['pounds sterling'], example: '£1.5bn of investment', expect: { value: 1.5e9, kind: 'money', unit: 'GBP' } },
  { id: 'currency-gbp-pence', unit: 'GBP', prefixes: [], words: ['pence', 'p'], wordFactor: 0.01, example: 'accounts for 42p in every pound', expect: { value: 0.42, kind: 'money', unit: 'GBP' } },
  { id: 'currency-cad', unit: 'CAD', prefixes: ['C$', 'CA$', 'CAD'], words: ['canadian dollars'], example: 'C$300 million for transit', expect: { value: 3e8, kind: 'money', unit: 'CAD' } },
  { id: 'currency-aud', unit: 'AUD', prefixes: ['A$', 'AU$', 'AUD'], words: ['australian dollars'], example: 'A$12 million for schools', expect: { value: 1.2e7, kind: 'money', unit: 'AUD' } },
];

/**
 * Where a bare `$` is not the US dollar: the dateline of a Canadian or Australian release
 * (`WESTBROOK, Ont. —`). Matched against the opening of the article only.
 */
export interface DollarRegionRule {
  id: string;
  unit: string;
  pattern: RegExp;
  example: string;
}

export const dollarRegions: DollarRegionRule[] = [
  { id: 'dollar-canada', unit: 'CAD', pattern: /\b(?:Ont|Ontario|B\.C|British Columbia|Alta|Alberta|Que|Quebec|Québec|Man|Manitoba|Sask|Saskatchewan|N\.S|Nova Scotia|N\.B|New Brunswick|P\.E\.I|Nfld|Newfoundland|Canada)\b/, example: 'WESTBROOK, Ont. — The city will spend $5 million on shelters.' },
  { id: 'dollar-australia', unit: 'AUD', pattern: /\b(?:Australia|NSW|New South Wales|Qld|Queensland|Tasmania)\b/, example: 'SYDNEY, NSW — The state will spend $5 million on schools.' },
  { id: 'dollar-new-zealand', unit: 'NZD', pattern: /\b(?:New Zealand|Aotearoa)\b/, example: 'WELLINGTON, New Zealand — The council will spend $5 million on roads.' },
];

export interface PercentRule {
  id: string;
  unit: '%' | 'pp';
  /** `%` glued to the number, or words after it (lower case, space separated). */
  forms: string[];
  example: string;
  expect: Expectation;
}

export const percents: PercentRule[] = [
  { id: 'percent-sign', unit: '%', forms: ['%'], example: 'rose 3.5% last year', expect: { value: 3.5, kind: 'percent', unit: '%' } },
  { id: 'percent-word', unit: '%', forms: ['percent', 'per cent', 'pct'], example: 'about 3.5 percent of households', expect: { value: 3.5, kind: 'percent', unit: '%' } },
  { id: 'percentage-points', unit: 'pp', forms: ['percentage points', 'percentage point', 'percent points', 'points'], example: 'fell 0.3 percentage points', expect: { value: 0.3, kind: 'percent', unit: 'pp' } },
];

export interface QuantityUnitRule {
  id: string;
  kind: 'count' | 'measure' | 'number';
  unit: string;
  /** Lower-case forms, singular and plural; several words are separated by one space. */
  forms: string[];
  /** Forms matched case-sensitively (symbols such as `kWh`, `MW`). */
  symbols?: string[];
  example: string;
  expect: Expectation;
}

const count = (noun: string, forms: string[], example: string, value: number): QuantityUnitRule => ({
  id: `count-${noun}`,
  kind: 'count',
  unit: noun,
  forms: [noun, ...forms],
  example,
  expect: { value, kind: 'count', unit: noun },
});

export const quantityUnits: QuantityUnitRule[] = [
  count('people', ['person', 'persons'], 'served 2,400 people', 2400),
  count('residents', ['resident'], 'more than 8,000 residents', 8000),
  count('households', ['household'], '1,200 households', 1200),
  count('families', ['family'], 'helped 350 families', 350),
  count('beds', ['bed'], 'a 120-bed shelter', 120),
  count('jobs', ['job'], 'created 300 jobs', 300),
  count('units', ['unit'], '84 affordable units', 84),
  count('students', ['student'], '4,500 students', 4500),
  count('homes', ['home'], 'built 60 homes', 60),
  count('businesses', ['business'], '1,100 small businesses', 1100),
  count('children', ['child'], '900 children', 900),
  count('employees', ['employee'], '2,300 employees', 2300),
  count('workers', ['worker'], '450 workers', 450),
  count('veterans', ['veteran'], '75 veterans', 75),
  count('seniors', ['senior'], '640 seniors', 640),
  count('patients', ['patient'], '1,900 patients', 1900),
  count('visitors', ['visitor'], '2.1 million visitors', 2.1e6),
  count('schools', ['school'], 'twelve schools', 12),
  count('teachers', ['teacher'], '310 teachers', 310),
  count('projects', ['project'], '18 projects', 18),
  count('trees', ['tree'], 'planted 500 trees', 500),
  count('vehicles', ['vehicle'], '40 electric vehicles', 40),
  count('buses', ['bus'], '25 buses', 25),
  count('apartments', ['apartment'], '220 apartments', 220),
  count('meals', ['meal'], '1.5 million meals', 1.5e6),
  count('doses', ['dose'], '30,000 doses', 30000),
  count('cases', ['case'], '412 cases', 412),
  count('deaths', ['death'], '19 deaths', 19),
  count('grants', ['grant'], '37 grants', 37),
  count('permits', ['permit'], '96 permits', 96),
  count('applications', ['application'], '5,000 applications', 5000),
  count('officers', ['officer'], '15 officers', 15),
  count('members', ['member'], 'nine members', 9),
  count('sites', ['site'], '14 sites', 14),
  count('facilities', ['facility'], 'three facilities', 3),
  count('communities', ['community'], '52 communities', 52),
  count('counties', ['county'], '67 counties', 67),
  count('participants', ['participant'], '800 participants', 800),
  count('volunteers', ['volunteer'], '250 volunteers', 250),
  count('positions', ['position'], '45 positions', 45),
  count('acquisitions', ['acquisition'], '3 acquisitions', 3),
  count('staff', ['staff members'], 'employs 6,400 staff', 6400),
  { id: 'measure-acre', kind: 'measure', unit: 'acre', forms: ['acres', 'acre'], example: '12 acres of parkland', expect: { value: 12, kind: 'measure', unit: 'acre' } },
  { id: 'measure-hectare', kind: 'measure', unit: 'ha', forms: ['hectares', 'hectare'], symbols: ['ha'], example: '40 hectares', expect: { value: 40, kind: 'measure', unit: 'ha' } },
  { id: 'measure-square-foot', kind: 'measure', unit: 'sqft', forms: ['square feet', 'square foot', 'sq ft', 'sq. ft.', 'sq. ft', 'sq-ft'], example: 'a 45,000-square-foot building', expect: { value: 45000, kind: 'measure', unit: 'sqft' } },
  { id: 'measure-square-mile', kind: 'measure', unit: 'sqmi', forms: ['square miles', 'square mile', 'sq mi'], example: '3.2 square miles', expect: { value: 3.2, kind: 'measure', unit: 'sqmi' } },
  { id: 'measure-square-meter', kind: 'measure', unit: 'm2', forms: ['square meters', 'square metres', 'square meter', 'square metre'], symbols: ['m2', 'm²', 'sqm'], example: '500 square metres', expect: { value: 500, kind: 'measure', unit: 'm2' } },
  { id: 'measure-mile', kind: 'measure', unit: 'mi', forms: ['miles', 'mile', 'lane miles', 'lane mile'], symbols: ['mi'], example: '12 miles of trails', expect: { value: 12, kind: 'measure', unit: 'mi' } },
  { id: 'measure-kilometer', kind: 'measure', unit: 'km', forms: ['kilometers', 'kilometres', 'kilometer', 'kilometre'], symbols: ['km'], example: '8 km of cycle lanes', expect: { value: 8, kind: 'measure', unit: 'km' } },
  { id: 'measure-foot', kind: 'measure', unit: 'ft', forms: ['feet', 'foot', 'linear feet', 'linear foot'], symbols: ['ft'], example: '300 feet of sidewalk', expect: { value: 300, kind: 'measure', unit: 'ft' } },
  { id: 'measure-meter', kind: 'measure', unit: 'm', forms: ['meters', 'metres', 'meter', 'metre'], example: '250 metres', expect: { value: 250, kind: 'measure', unit: 'm' } },
  { id: 'measure-ton', kind: 'measure', unit: 'ton', forms: ['tons', 'ton', 'short tons'], example: '40 tons of debris', expect: { value: 40, kind: 'measure', unit: 'ton' } },
  { id: 'measure-tonne', kind: 'measure', unit: 't', forms: ['tonnes', 'tonne', 'metric tons', 'metric ton'], example: '3,000 tonnes of waste', expect: { value: 3000, kind: 'measure', unit: 't' } },
  { id: 'measure-pound', kind: 'measure', unit: 'lb', forms: ['pounds', 'pound', 'lbs'], symbols: ['lb'], example: '20,000 pounds of food', expect: { value: 20000, kind: 'measure', unit: 'lb' } },
  { id: 'measure-kilogram', kind: 'measure', unit: 'kg', forms: ['kilograms', 'kilogram', 'kilos'], symbols: ['kg'], example: '90 kilograms', expect: { value: 90, kind: 'measure', unit: 'kg' } },
  { id: 'measure-gallon', kind: 'measure', unit: 'gal', forms: ['gallons', 'gallon'], example: '2 million gallons of water', expect: { value: 2e6, kind: 'measure', unit: 'gal' } },
  { id: 'measure-liter', kind: 'measure', unit: 'L', forms: ['liters', 'litres', 'liter', 'litre'], example: '600 litres', expect: { value: 600, kind: 'measure', unit: 'L' } },
  { id: 'measure-cubic-yard', kind: 'measure', unit: 'yd3', forms: ['cubic yards', 'cubic yard'], example: '900 cubic yards of soil', expect: { value: 900, kind: 'measure', unit: 'yd3' } },
  { id: 'measure-cubic-meter', kind: 'measure', unit: 'm3', forms: ['cubic meters', 'cubic metres', 'cubic meter', 'cubic metre'], symbols: ['m3', 'm³'], example: '1,500 cubic metres', expect: { value: 1500, kind: 'measure', unit: 'm3' } },
  { id: 'measure-acre-foot', kind: 'measure', unit: 'acre-ft', forms: ['acre-feet', 'acre-foot', 'acre feet'], example: '5,000 acre-feet of water', expect: { value: 5000, kind: 'measure', unit: 'acre-ft' } },
  { id: 'measure-kilowatt-hour', kind: 'measure', unit: 'kWh', forms: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour'], symbols: ['kWh', 'KWh', 'kwh'], example: '1.2 million kWh', expect: { value: 1.2e6, kind: 'measure', unit: 'kWh' } },
  { id: 'measure-megawatt-hour', kind: 'measure', unit: 'MWh', forms: ['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'megawatt hour'], symbols: ['MWh'], example: '800 MWh', expect: { value: 800, kind: 'measure', unit: 'MWh' } },
  { id: 'measure-gigawatt-hour', kind: 'measure', unit: 'GWh', forms: ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour'], symbols: ['GWh'], example: '3 GWh', expect: { value: 3, kind: 'measure', unit: 'GWh' } },
  { id: 'measure-kilowatt', kind: 'measure', unit: 'kW', forms: ['kilowatts', 'kilowatt'], symbols: ['kW'], example: 'a 250 kW array', expect: { value: 250, kind: 'measure', unit: 'kW' } },
  { id: 'measure-megawatt', kind: 'measure', unit: 'MW', forms: ['megawatts', 'megawatt'], symbols: ['MW'], example: 'a 20-megawatt solar farm', expect: { value: 20, kind: 'measure', unit: 'MW' } },
  { id: 'measure-gigawatt', kind: 'measure', unit: 'GW', forms: ['gigawatts', 'gigawatt'], symbols: ['GW'], example: '1.5 GW of capacity', expect: { value: 1.5, kind: 'measure', unit: 'GW' } },
  { id: 'measure-megabits-per-second', kind: 'measure', unit: 'Mbps', forms: ['megabits per second', 'megabits', 'megabit'], symbols: ['Mbps', 'Mb/s'], example: 'speeds of 100 megabits per second', expect: { value: 100, kind: 'measure', unit: 'Mbps' } },
  { id: 'measure-gigabits-per-second', kind: 'measure', unit: 'Gbps', forms: ['gigabits per second', 'gigabits', 'gigabit'], symbols: ['Gbps', 'Gb/s'], example: 'a 10 Gbps backbone', expect: { value: 10, kind: 'measure', unit: 'Gbps' } },
  { id: 'measure-mph', kind: 'measure', unit: 'mph', forms: ['miles per hour', 'miles an hour'], symbols: ['mph'], example: '25 miles per hour', expect: { value: 25, kind: 'measure', unit: 'mph' } },
  { id: 'measure-degree', kind: 'measure', unit: 'degF', forms: ['degrees fahrenheit', 'degrees'], symbols: ['°F'], example: '95 degrees', expect: { value: 95, kind: 'measure', unit: 'degF' } },
  { id: 'duration-year', kind: 'measure', unit: 'year', forms: ['years', 'year'], example: 'a five-year plan', expect: { value: 5, kind: 'measure', unit: 'year' } },
  { id: 'duration-month', kind: 'measure', unit: 'month', forms: ['months', 'month'], example: 'within 18 months', expect: { value: 18, kind: 'measure', unit: 'month' } },
  { id: 'duration-week', kind: 'measure', unit: 'week', forms: ['weeks', 'week'], example: 'six weeks of training', expect: { value: 6, kind: 'measure', unit: 'week' } },
  { id: 'duration-day', kind: 'measure', unit: 'day', forms: ['days', 'day'], example: 'within 30 days', expect: { value: 30, kind: 'measure', unit: 'day' } },
  { id: 'duration-hour', kind: 'measure', unit: 'hour', forms: ['hours', 'hour'], example: '1,500 hours of service', expect: { value: 1500, kind: 'measure', unit: 'hour' } },
  { id: 'duration-minute', kind: 'measure', unit: 'minute', forms: ['minutes', 'minute'], example: 'under 8 minutes', expect: { value: 8, kind: 'measure', unit: 'minute' } },
  { id: 'age-years-of-age', kind: 'measure', unit: 'age', forms: ['years of age'], example: 'residents 65 years of age', expect: { value: 65, kind: 'measure', unit: 'age' } },
  { id: 'multiple-times', kind: 'number', unit: 'x', forms: ['times'], example: 'three times the national rate', expect: { value: 3, kind: 'number', unit: 'x' } },
];

/** Words before a number that make it an age: `people aged 16 to 64`, `under the age of 16`. */
export interface AgePrefixRule {
  id: string;
  phrases: string[];
  example: string;
  expect: Expectation;
}

export const agePrefixes: AgePrefixRule[] = [
  { id: 'age-aged', phrases: ['aged', 'ages', 'age', 'the age of', 'age of', 'ages of'], example: 'people aged 16 and over', expect: { value: 16, kind: 'measure', unit: 'age' } },
];

/**
 * People nouns right before an age with a qualifier: `seniors 65 and older`, `children under 6`,
 * `adults over 50`, `those 18 or younger`. Without a qualifier (`residents 65`) the number is not
 * read as an age.
 */
export interface AgeNounRule {
  id: string;
  nouns: string[];
  example: string;
  expect: Expectation;
}

export const ageNouns: AgeNounRule[] = [
  {
    id: 'age-after-people',
    nouns: ['people', 'persons', 'individuals', 'residents', 'adults', 'seniors', 'children', 'kids', 'youth', 'youths', 'teens', 'teenagers', 'infants', 'toddlers', 'babies', 'boys', 'girls', 'men', 'women', 'students', 'pupils', 'patients', 'workers', 'employees', 'applicants', 'riders', 'passengers', 'drivers', 'veterans', 'those', 'anyone', 'everyone'],
    example: 'free rides for seniors 65 and older',
    expect: { value: 65, kind: 'measure', unit: 'age' },
  },
];

/** Qualifiers around an age after a people noun: before it (`under 6`), after it (`65 and older`). */
export const AGE_QUALIFIERS_BEFORE = [['under'], ['over'], ['below'], ['above'], ['older', 'than'], ['younger', 'than']];
export const AGE_QUALIFIERS_AFTER = [['and', 'older'], ['or', 'older'], ['and', 'over'], ['or', 'over'], ['and', 'up'], ['and', 'above'], ['or', 'younger'], ['and', 'younger'], ['and', 'under'], ['or', 'under']];

/**
 * Plural nouns that follow a number without being counted by it: `5 percent`, `3 times`
 * are handled elsewhere; these never become a count unit.
 */
export const NOT_COUNTED = new Set(['percent', 'times', 'points', 'others', 'ones', 'years', 'months', 'days', 'weeks', 'hours', 'minutes', 'ago', 'each', 'apiece', 'respectively', 'thereafter', 'alone', 'since', 'times']);
