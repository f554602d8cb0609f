// Physical and technical measures of English claims, as data: each unit with its dimension,
// its canonical symbol (the claim's `unit`), the names and symbols it is written with, and an
// example. SI units list the prefixes news actually uses; each prefixed unit becomes an entry of
// its own (`kilowatt`, `kW`). A word after a number that is in no catalogue stays a counted noun
// or nothing: units are never guessed.
import type { QuantityUnitRule } from './units.js';

export type Dimension =
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'temperature'
  | 'data'
  | 'data-rate'
  | 'frequency'
  | 'power'
  | 'energy'
  | 'torque'
  | 'pressure'
  | 'duration'
  | 'concentration'
  | 'speed'
  | 'fuel-economy'
  | 'voltage'
  | 'current'
  | 'sound-level';

export interface MeasureRule extends QuantityUnitRule {
  dimension: Dimension;
}

interface MeasureDefinition {
  /** Stable id after `measure-`. */
  name: string;
  dimension: Dimension;
  unit: string;
  /** Lower-case names, singular and plural. */
  forms: string[];
  /** Symbols, case-sensitive, written glued to the number or after a space: `kWh`, `mph`. */
  symbols?: string[];
  /** Symbols too short or common to stand apart from the number: `17.2C`, `100m`, `4.5s`. */
  gluedSymbols?: string[];
  /** The scale the unit carries (`bcm`: a billion cubic metres) and the denominator (`bpd`: per day). */
  factor?: number;
  per?: string;
  /** A number written with the unit, resolving to `value`. */
  example: string;
  value: number;
}

const measure = (definition: MeasureDefinition): MeasureRule => ({
  id: `measure-${definition.name}`,
  kind: 'measure',
  unit: definition.unit,
  dimension: definition.dimension,
  forms: definition.forms,
  ...(definition.symbols ? { symbols: definition.symbols } : {}),
  ...(definition.gluedSymbols ? { gluedSymbols: definition.gluedSymbols } : {}),
  ...(definition.factor ? { factor: definition.factor } : {}),
  ...(definition.per ? { per: definition.per } : {}),
  example: definition.example,
  expect: { value: definition.value, kind: 'measure', unit: definition.unit },
});

interface Prefix {
  name: string;
  symbol: string;
}

const PREFIXES: Record<string, Prefix> = {
  tera: { name: 'tera', symbol: 'T' },
  giga: { name: 'giga', symbol: 'G' },
  mega: { name: 'mega', symbol: 'M' },
  kilo: { name: 'kilo', symbol: 'k' },
  hecto: { name: 'hecto', symbol: 'h' },
  centi: { name: 'centi', symbol: 'c' },
  milli: { name: 'milli', symbol: 'm' },
  micro: { name: 'micro', symbol: 'µ' },
  nano: { name: 'nano', symbol: 'n' },
};

interface SiBase {
  name: string;
  dimension: Dimension;
  /** Singular and plural name: `watt`, `watts`; a hyphenated name (`watt-hour`) also matches with a space. */
  singular: string;
  plural: string;
  symbol: string;
  prefixes: (keyof typeof PREFIXES)[];
  /** Symbol spellings besides prefix + symbol: `KWh`, `kwh`. */
  variants?: Record<string, string[]>;
  /** Whether the bare symbol (no prefix) may stand apart from the number. */
  bareSymbolSpaced: boolean;
}

/** Every prefixed form of an SI unit (and the unit itself) as a measure of its own. */
function siUnits(base: SiBase): MeasureRule[] {
  const rules: MeasureRule[] = [];
  for (const key of ['', ...base.prefixes] as const) {
    const prefix = key ? PREFIXES[key]! : null;
    const singular = `${prefix?.name ?? ''}${base.singular}`;
    const plural = `${prefix?.name ?? ''}${base.plural}`;
    const symbol = `${prefix?.symbol ?? ''}${base.symbol}`;
    const names = [plural, singular];
    if (singular.includes('-')) names.push(plural.replace(/-/g, ' '), singular.replace(/-/g, ' '));
    const spaced = prefix !== null || base.bareSymbolSpaced;
    const extra = base.variants?.[symbol] ?? [];
    rules.push(
      measure({
        name: singular,
        dimension: base.dimension,
        unit: symbol,
        forms: names,
        ...(spaced ? { symbols: [symbol, ...extra] } : { gluedSymbols: [symbol, ...extra] }),
        example: `2.5 ${plural}`,
        value: 2.5,
      }),
    );
  }
  return rules;
}

export const measures: MeasureRule[] = [
  // Length.
  ...siUnits({ name: 'metre', dimension: 'length', singular: 'metre', plural: 'metres', symbol: 'm', prefixes: ['kilo', 'centi', 'milli', 'micro', 'nano'], bareSymbolSpaced: false }),
  measure({ name: 'meter-us', dimension: 'length', unit: 'm', forms: ['meters', 'meter'], example: '250 meters', value: 250 }),
  measure({ name: 'kilometer-us', dimension: 'length', unit: 'km', forms: ['kilometers', 'kilometer', 'kms'], example: '8 kilometers of cycle lanes', value: 8 }),
  measure({ name: 'centimeter-us', dimension: 'length', unit: 'cm', forms: ['centimeters', 'centimeter'], example: '30 centimeters of snow', value: 30 }),
  measure({ name: 'millimeter-us', dimension: 'length', unit: 'mm', forms: ['millimeters', 'millimeter'], example: '12 millimeters of rain', value: 12 }),
  measure({ name: 'inch', dimension: 'length', unit: 'in', forms: ['inches', 'inch'], symbols: ['″'], example: 'between 1.08 inches of rain', value: 1.08 }),
  measure({ name: 'foot', dimension: 'length', unit: 'ft', forms: ['feet', 'foot', 'linear feet', 'linear foot'], symbols: ['ft'], example: '300 feet of sidewalk', value: 300 }),
  measure({ name: 'yard', dimension: 'length', unit: 'yd', forms: ['yards', 'yard'], symbols: ['yd', 'yds'], example: 'ran 120 yards', value: 120 }),
  measure({ name: 'mile', dimension: 'length', unit: 'mi', forms: ['miles', 'mile', 'lane miles', 'lane mile'], symbols: ['mi'], example: '12 miles of trails', value: 12 }),
  measure({ name: 'nautical-mile', dimension: 'length', unit: 'nmi', forms: ['nautical miles', 'nautical mile'], symbols: ['nmi'], example: '200 nautical miles offshore', value: 200 }),
  // Area.
  measure({ name: 'square-metre', dimension: 'area', unit: 'm2', forms: ['square meters', 'square metres', 'square meter', 'square metre', 'sq m', 'sqm'], symbols: ['m2', 'm²'], example: '500 square metres', value: 500 }),
  measure({ name: 'square-kilometre', dimension: 'area', unit: 'km2', forms: ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km'], symbols: ['km2', 'km²'], example: '1,200 square kilometres', value: 1200 }),
  measure({ name: 'square-foot', dimension: 'area', unit: 'ft2', forms: ['square feet', 'square foot', 'sq ft', 'sq. ft.', 'sq. ft', 'sq-ft', 'sqft'], symbols: ['ft2', 'ft²'], example: 'a 45,000-square-foot building', value: 45000 }),
  measure({ name: 'square-yard', dimension: 'area', unit: 'yd2', forms: ['square yards', 'square yard', 'sq yd'], example: '800 square yards of turf', value: 800 }),
  measure({ name: 'square-mile', dimension: 'area', unit: 'mi2', forms: ['square miles', 'square mile', 'sq mi'], symbols: ['mi2', 'mi²'], example: '3.2 square miles', value: 3.2 }),
  measure({ name: 'acre', dimension: 'area', unit: 'acre', forms: ['acres', 'acre'], example: '12 acres of parkland', value: 12 }),
  measure({ name: 'hectare', dimension: 'area', unit: 'ha', forms: ['hectares', 'hectare'], symbols: ['ha'], example: '40 hectares', value: 40 }),
  // Volume.
  ...siUnits({ name: 'litre', dimension: 'volume', singular: 'litre', plural: 'litres', symbol: 'L', prefixes: ['milli', 'hecto'], variants: { mL: ['ml'] }, bareSymbolSpaced: true }),
  measure({ name: 'liter-us', dimension: 'volume', unit: 'L', forms: ['liters', 'liter'], example: '600 liters', value: 600 }),
  measure({ name: 'milliliter-us', dimension: 'volume', unit: 'mL', forms: ['milliliters', 'milliliter'], example: '250 milliliters', value: 250 }),
  measure({ name: 'cubic-metre', dimension: 'volume', unit: 'm3', forms: ['cubic meters', 'cubic metres', 'cubic meter', 'cubic metre'], symbols: ['m3', 'm³', 'cu m'], example: '1,500 cubic metres', value: 1500 }),
  measure({ name: 'cubic-foot', dimension: 'volume', unit: 'ft3', forms: ['cubic feet', 'cubic foot'], symbols: ['ft3', 'ft³', 'cu ft'], example: '3 billion cubic feet of gas', value: 3e9 }),
  measure({ name: 'cubic-yard', dimension: 'volume', unit: 'yd3', forms: ['cubic yards', 'cubic yard'], example: '900 cubic yards of soil', value: 900 }),
  measure({ name: 'gallon', dimension: 'volume', unit: 'gal', forms: ['gallons', 'gallon'], symbols: ['gal'], example: '2 million gallons of water', value: 2e6 }),
  measure({ name: 'quart', dimension: 'volume', unit: 'qt', forms: ['quarts', 'quart'], example: 'two quarts of milk', value: 2 }),
  measure({ name: 'pint', dimension: 'volume', unit: 'pt', forms: ['pints', 'pint'], example: '6 pints of blood', value: 6 }),
  measure({ name: 'fluid-ounce', dimension: 'volume', unit: 'fl oz', forms: ['fluid ounces', 'fluid ounce', 'fl oz', 'fl. oz.'], example: '12 fluid ounces', value: 12 }),
  measure({ name: 'barrel', dimension: 'volume', unit: 'bbl', forms: ['barrels', 'barrel'], symbols: ['bbl'], example: '2 million barrels of crude', value: 2e6 }),
  // The oil and gas trade's symbols carry their scale and their day: `bpd` is barrels per day,
  // `mb/d` a million of them, `bcm` a billion cubic metres (guidelines §1: the value is scaled).
  measure({ name: 'barrels-per-day', dimension: 'volume', unit: 'bbl', forms: [], symbols: ['bpd', 'b/d', 'BPD', 'bopd'], per: 'day', example: 'pumping 300,000 bpd', value: 300000 }),
  measure({ name: 'thousand-barrels-per-day', dimension: 'volume', unit: 'bbl', forms: [], symbols: ['kb/d', 'kbd', 'kbpd', 'tb/d'], factor: 1e3, per: 'day', example: 'output of 450 kb/d', value: 450000 }),
  measure({ name: 'million-barrels-per-day', dimension: 'volume', unit: 'bbl', forms: [], symbols: ['mb/d', 'mbd', 'mbpd', 'mmbpd', 'mmb/d', 'MMbbl/d'], factor: 1e6, per: 'day', example: 'demand of 99.7 mb/d', value: 99.7e6 }),
  measure({ name: 'million-barrels', dimension: 'volume', unit: 'bbl', forms: [], symbols: ['mmbbl', 'MMbbl', 'MMBbl'], factor: 1e6, example: 'reserves of 120 mmbbl', value: 120e6 }),
  measure({ name: 'billion-cubic-metres', dimension: 'volume', unit: 'm3', forms: ['bcm'], symbols: ['bcm', 'BCM'], factor: 1e9, example: 'exports of 50 bcm of gas', value: 50e9 }),
  measure({ name: 'trillion-cubic-feet', dimension: 'volume', unit: 'ft3', forms: ['tcf'], symbols: ['tcf', 'Tcf', 'TCF'], factor: 1e12, example: 'a field of 2 tcf of gas', value: 2e12 }),
  measure({ name: 'billion-cubic-feet', dimension: 'volume', unit: 'ft3', forms: ['bcf'], symbols: ['bcf', 'Bcf', 'BCF'], factor: 1e9, example: 'storage fell by 80 bcf', value: 80e9 }),
  measure({ name: 'billion-cubic-feet-per-day', dimension: 'volume', unit: 'ft3', forms: [], symbols: ['bcf/d', 'Bcf/d', 'bcfd', 'Bcfd'], factor: 1e9, per: 'day', example: 'output of 95 bcf/d', value: 95e9 }),
  measure({ name: 'million-british-thermal-units', dimension: 'energy', unit: 'BTU', forms: [], symbols: ['mmBtu', 'MMBtu', 'mmbtu', 'MMBTU'], factor: 1e6, example: 'imports of 40 mmBtu', value: 40e6 }),
  measure({ name: 'bushel', dimension: 'volume', unit: 'bu', forms: ['bushels', 'bushel'], symbols: ['bu'], example: '14 billion bushels of corn', value: 14e9 }),
  measure({ name: 'acre-foot', dimension: 'volume', unit: 'acre-ft', forms: ['acre-feet', 'acre-foot', 'acre feet'], example: '5,000 acre-feet of water', value: 5000 }),
  // Mass.
  ...siUnits({ name: 'gram', dimension: 'mass', singular: 'gram', plural: 'grams', symbol: 'g', prefixes: ['kilo', 'milli', 'micro'], bareSymbolSpaced: true }),
  measure({ name: 'kilo', dimension: 'mass', unit: 'kg', forms: ['kilos', 'kilo', 'kgs'], example: '90 kilos', value: 90 }),
  measure({ name: 'tonne', dimension: 'mass', unit: 't', forms: ['tonnes', 'tonne', 'metric tons', 'metric ton', 'metric tonnes'], symbols: ['mt', 'MT'], example: '3,000 tonnes of waste', value: 3000 }),
  measure({ name: 'million-tonnes', dimension: 'mass', unit: 't', forms: ['megatonnes', 'megatonne', 'megatons'], symbols: ['mmt', 'MMT', 'Mt'], factor: 1e6, example: 'shipments of 1.2 mmt', value: 1.2e6 }),
  measure({ name: 'million-tonnes-per-annum', dimension: 'mass', unit: 't', forms: [], symbols: ['mtpa', 'MTPA', 'Mtpa'], factor: 1e6, per: 'year', example: 'a plant of 5 mtpa', value: 5e6 }),
  measure({ name: 'ton', dimension: 'mass', unit: 'ton', forms: ['tons', 'ton', 'short tons'], example: '40 tons of debris', value: 40 }),
  measure({ name: 'pound', dimension: 'mass', unit: 'lb', forms: ['pounds', 'pound', 'lbs'], symbols: ['lb', 'lbs'], example: '20,000 pounds of food', value: 20000 }),
  measure({ name: 'ounce', dimension: 'mass', unit: 'oz', forms: ['ounces', 'ounce'], symbols: ['oz'], example: '8 ounces of gold', value: 8 }),
  measure({ name: 'stone', dimension: 'mass', unit: 'st', forms: ['stone'], example: 'lost 3 stone', value: 3 }),
  measure({ name: 'carat', dimension: 'mass', unit: 'ct', forms: ['carats', 'carat'], symbols: ['ct'], example: 'a 5-carat diamond', value: 5 }),
  // Temperature: a bare `degrees` is read as Fahrenheit, as US releases write it.
  measure({ name: 'degree-celsius', dimension: 'temperature', unit: '°C', forms: ['degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', '° celsius', 'degrees c'], symbols: ['°C', '℃', 'ºC'], gluedSymbols: ['C'], example: 'a high of 17.2C', value: 17.2 }),
  measure({ name: 'degree-fahrenheit', dimension: 'temperature', unit: '°F', forms: ['degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'degrees f', 'degrees', 'degree'], symbols: ['°F', '℉', 'ºF'], gluedSymbols: ['F'], example: '95 degrees', value: 95 }),
  // Data and data rates: decimal prefixes as the trade writes them (`GB`, `Mbps`).
  ...(['kilo', 'mega', 'giga', 'tera'] as const).map((key) => {
    const symbol = key === 'kilo' ? 'K' : PREFIXES[key]!.symbol;
    return measure({ name: `${key}byte`, dimension: 'data', unit: `${symbol}B`, forms: [`${key}bytes`, `${key}byte`], symbols: [`${symbol}B`, ...(key === 'kilo' ? ['kB'] : [])], example: `258 ${key}bytes`, value: 258 });
  }),
  measure({ name: 'petabyte', dimension: 'data', unit: 'PB', forms: ['petabytes', 'petabyte'], symbols: ['PB'], example: '1.2 petabytes', value: 1.2 }),
  measure({ name: 'kilobits-per-second', dimension: 'data-rate', unit: 'kbps', forms: ['kilobits per second', 'kilobits'], symbols: ['kbps', 'Kbps', 'kb/s'], example: '512 kbps uploads', value: 512 }),
  measure({ name: 'megabits-per-second', dimension: 'data-rate', unit: 'Mbps', forms: ['megabits per second', 'megabits', 'megabit'], symbols: ['Mbps', 'Mb/s', 'mbps'], example: 'speeds of 100 megabits per second', value: 100 }),
  measure({ name: 'gigabits-per-second', dimension: 'data-rate', unit: 'Gbps', forms: ['gigabits per second', 'gigabits', 'gigabit'], symbols: ['Gbps', 'Gb/s', 'gbps'], example: 'a 10 Gbps backbone', value: 10 }),
  // Frequency, power, energy, electricity.
  ...siUnits({ name: 'hertz', dimension: 'frequency', singular: 'hertz', plural: 'hertz', symbol: 'Hz', prefixes: ['kilo', 'mega', 'giga'], variants: { kHz: ['KHz'], MHz: ['Mhz'], GHz: ['Ghz'] }, bareSymbolSpaced: true }),
  ...siUnits({ name: 'watt', dimension: 'power', singular: 'watt', plural: 'watts', symbol: 'W', prefixes: ['kilo', 'mega', 'giga', 'tera'], variants: { kW: ['KW', 'kw'] }, bareSymbolSpaced: false }),
  ...siUnits({ name: 'watt-hour', dimension: 'energy', singular: 'watt-hour', plural: 'watt-hours', symbol: 'Wh', prefixes: ['kilo', 'mega', 'giga', 'tera'], variants: { kWh: ['KWh', 'kwh'], MWh: ['Mwh'], GWh: ['Gwh'] }, bareSymbolSpaced: true }),
  ...siUnits({ name: 'joule', dimension: 'energy', singular: 'joule', plural: 'joules', symbol: 'J', prefixes: ['kilo', 'mega', 'giga'], bareSymbolSpaced: false }),
  measure({ name: 'horsepower', dimension: 'power', unit: 'hp', forms: ['horsepower', 'brake horsepower', 'horse power'], symbols: ['hp', 'bhp', 'HP', 'PS'], example: 'a 394 horsepower motor', value: 394 }),
  measure({ name: 'kilocalorie', dimension: 'energy', unit: 'kcal', forms: ['kilocalories', 'kilocalorie', 'calories', 'calorie'], symbols: ['kcal', 'Cal'], example: '2,000 calories a day', value: 2000 }),
  measure({ name: 'btu', dimension: 'energy', unit: 'BTU', forms: ['british thermal units', 'british thermal unit'], symbols: ['BTU', 'Btu', 'BTUs'], example: '12,000 BTU', value: 12000 }),
  ...siUnits({ name: 'volt', dimension: 'voltage', singular: 'volt', plural: 'volts', symbol: 'V', prefixes: ['kilo'], bareSymbolSpaced: false }),
  measure({ name: 'ampere', dimension: 'current', unit: 'A', forms: ['amperes', 'ampere', 'amps', 'amp'], example: '32 amps', value: 32 }),
  // Torque and pressure.
  measure({ name: 'pound-foot', dimension: 'torque', unit: 'lb-ft', forms: ['pound-feet', 'pound-foot', 'pound feet', 'foot-pounds', 'ft-lbs', 'lb-ft', 'lb ft'], example: '512 pound-feet of torque', value: 512 }),
  measure({ name: 'newton-metre', dimension: 'torque', unit: 'Nm', forms: ['newton-metres', 'newton-meters', 'newton metres', 'newton meters'], symbols: ['Nm', 'N·m', 'N-m'], example: '664 Nm of torque', value: 664 }),
  measure({ name: 'psi', dimension: 'pressure', unit: 'psi', forms: ['pounds per square inch'], symbols: ['psi', 'PSI'], example: '35 psi', value: 35 }),
  measure({ name: 'bar', dimension: 'pressure', unit: 'bar', forms: ['bars'], symbols: ['bar'], example: '2.4 bar', value: 2.4 }),
  measure({ name: 'millibar', dimension: 'pressure', unit: 'mbar', forms: ['millibars', 'millibar'], symbols: ['mb', 'mbar'], example: 'a pressure of 960 millibars', value: 960 }),
  ...siUnits({ name: 'pascal', dimension: 'pressure', singular: 'pascal', plural: 'pascals', symbol: 'Pa', prefixes: ['hecto', 'kilo', 'mega'], bareSymbolSpaced: true }),
  // Sound level, blood pressure, container traffic.
  measure({ name: 'decibel', dimension: 'sound-level', unit: 'dB', forms: ['decibels', 'decibel'], symbols: ['dB', 'dBA'], example: 'noise of 90 decibels', value: 90 }),
  measure({ name: 'millimetres-of-mercury', dimension: 'pressure', unit: 'mmHg', forms: ['millimetres of mercury', 'millimeters of mercury'], symbols: ['mmHg', 'mm Hg'], example: 'a pressure of 140 mmHg', value: 140 }),
  measure({ name: 'twenty-foot-equivalent-unit', dimension: 'volume', unit: 'TEU', forms: ['twenty-foot equivalent units'], symbols: ['TEU', 'TEUs', 'teu'], example: 'handled 10,000 TEUs', value: 10000 }),
  // Concentration.
  measure({ name: 'parts-per-million', dimension: 'concentration', unit: 'ppm', forms: ['parts per million'], symbols: ['ppm'], example: '420 parts per million', value: 420 }),
  measure({ name: 'parts-per-billion', dimension: 'concentration', unit: 'ppb', forms: ['parts per billion'], symbols: ['ppb'], example: '15 ppb of lead', value: 15 }),
  measure({ name: 'micrograms-per-cubic-metre', dimension: 'concentration', unit: 'µg/m3', forms: ['micrograms per cubic metre', 'micrograms per cubic meter'], symbols: ['µg/m3', 'μg/m3', 'µg/m³', 'μg/m³', 'ug/m3'], example: 'PM2.5 at 35 µg/m3', value: 35 }),
  // Speed and fuel economy.
  measure({ name: 'mph', dimension: 'speed', unit: 'mph', forms: ['miles per hour', 'miles an hour'], symbols: ['mph', 'MPH'], example: '25 miles per hour', value: 25 }),
  measure({ name: 'kilometres-per-hour', dimension: 'speed', unit: 'km/h', forms: ['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'], symbols: ['km/h', 'kmh', 'kph', 'km/hr'], example: 'limited to 80km/h', value: 80 }),
  measure({ name: 'metres-per-second', dimension: 'speed', unit: 'm/s', forms: ['metres per second', 'meters per second'], symbols: ['m/s'], example: 'gusts of 30 m/s', value: 30 }),
  measure({ name: 'knot', dimension: 'speed', unit: 'kn', forms: ['knots', 'knot'], symbols: ['kt', 'kts'], example: 'winds of 45 knots', value: 45 }),
  measure({ name: 'miles-per-gallon', dimension: 'fuel-economy', unit: 'mpg', forms: ['miles per gallon', 'miles to the gallon'], symbols: ['mpg', 'MPG'], example: 'rated at 52 mpg', value: 52 }),
  measure({ name: 'litres-per-100-km', dimension: 'fuel-economy', unit: 'L/100km', forms: ['litres per 100 kilometres', 'liters per 100 kilometers', 'litres per 100 km', 'liters per 100 km', 'l/100 km'], symbols: ['L/100km', 'l/100km'], example: 'uses 5.6 litres per 100 km', value: 5.6 }),
];

/** Durations: canonical units are the singular English word, as in the guidelines (`year`, `day`). */
/** `in`: the canonical unit a longer one is counted in (`three decades` is 30 years), with its `factor`. */
const duration = (name: string, forms: string[], symbols: string[], gluedSymbols: string[], example: string, value: number, counted: { unit: string; factor: number } | null = null): MeasureRule => ({
  id: `duration-${name}`,
  kind: 'measure',
  unit: counted?.unit ?? name,
  dimension: 'duration',
  forms,
  ...(symbols.length ? { symbols } : {}),
  ...(gluedSymbols.length ? { gluedSymbols } : {}),
  ...(counted ? { factor: counted.factor } : {}),
  example,
  expect: { value, kind: 'measure', unit: counted?.unit ?? name },
});

export const durations: MeasureRule[] = [
  duration('year', ['years', 'year'], ['yrs', 'yr'], [], 'a five-year plan', 5),
  duration('month', ['months', 'month'], ['mos'], [], 'within 18 months', 18),
  duration('week', ['weeks', 'week'], ['wks'], [], 'six weeks of training', 6),
  duration('day', ['days', 'day'], [], [], 'within 30 days', 30),
  duration('hour', ['hours', 'hour'], ['hrs', 'hr'], ['h'], '1,500 hours of service', 1500),
  duration('minute', ['minutes', 'minute'], ['mins', 'min'], [], 'under 8 minutes', 8),
  duration('second', ['seconds', 'second'], ['secs', 'sec'], ['s'], 'from 0 to 60 in 4.5 seconds', 4.5),
  duration('millisecond', ['milliseconds', 'millisecond'], ['ms'], [], 'a delay of 20 milliseconds', 20),
  // Decades and centuries are counted in years, the canonical unit of long durations.
  duration('decade', ['decades', 'decade'], [], [], 'over three decades', 30, { unit: 'year', factor: 10 }),
  duration('century', ['centuries', 'century'], [], [], 'for two centuries', 200, { unit: 'year', factor: 100 }),
];

/**
 * A measure written in two units, the larger first (`2 hours 5 minutes`, `6 feet 2 inches`, `7
 * pounds 4 ounces`, `3 years and 6 months`), is one number (guidelines §1, one number, one claim):
 * valued in the smaller unit, the larger times `factor` plus the smaller, which must be less than
 * `factor`.
 */
export interface CompoundMeasureRule {
  id: string;
  larger: string;
  smaller: string;
  factor: number;
  example: string;
  expect: { value: number; unit: string };
}

const compound = (larger: string, smaller: string, factor: number, example: string, value: number): CompoundMeasureRule => ({
  id: `compound-${larger}-${smaller}`.replace(/[^a-z0-9-]/g, ''),
  larger,
  smaller,
  factor,
  example,
  expect: { value, unit: smaller },
});

export const compoundMeasures: CompoundMeasureRule[] = [
  compound('year', 'month', 12, 'a sentence of 2 years and 6 months', 30),
  compound('week', 'day', 7, 'a stay of 3 weeks and 2 days', 23),
  compound('day', 'hour', 24, 'a search lasting 2 days 6 hours', 54),
  compound('hour', 'minute', 60, 'a trip of 3 hours 20 minutes', 200),
  compound('minute', 'second', 60, 'a wait of 4 minutes 30 seconds', 270),
  compound('ft', 'in', 12, 'a player 6 feet 2 inches tall', 74),
  compound('lb', 'oz', 16, 'a baby of 7 pounds 4 ounces', 116),
  compound('st', 'lb', 14, 'a man of 12 stone 3 pounds', 171),
  compound('m', 'cm', 100, 'a jump of 2 metres 45 centimetres', 245),
];
