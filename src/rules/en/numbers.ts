// Number words, scale words and fraction words of English, as data. The finder reads these to
// recognise a quantity; the resolver reads the values. Every entry has a stable id and an
// example that the rules test extracts (test/rules-en.test.ts).

export interface NumberWordRule {
  id: string;
  /** Lower-case words, each one token. */
  words: string[];
  value: number;
  /** `unit` (zero..nineteen), `ten` (twenty..ninety), `scale` (hundred..trillion), `dozen`. */
  role: 'unit' | 'ten' | 'scale' | 'dozen';
  example: string;
  /** The value the example must resolve to. */
  expect: number;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const numberWords: NumberWordRule[] = [
  ...ONES.map((word, value) => ({ id: `number-word-${word}`, words: [word], value, role: 'unit' as const, example: `${word} new parks`, expect: value })),
  ...TENS.map((word, i) => ({ id: `number-word-${word}`, words: [word], value: (i + 2) * 10, role: 'ten' as const, example: `${word}-two families`, expect: (i + 2) * 10 + 2 })),
  { id: 'number-word-hundred', words: ['hundred'], value: 100, role: 'scale', example: 'three hundred volunteers', expect: 300 },
  { id: 'number-word-thousand', words: ['thousand'], value: 1e3, role: 'scale', example: 'two thousand residents', expect: 2000 },
  { id: 'number-word-million', words: ['million'], value: 1e6, role: 'scale', example: 'half a million visitors', expect: 500000 },
  { id: 'number-word-billion', words: ['billion'], value: 1e9, role: 'scale', example: 'two billion gallons', expect: 2e9 },
  { id: 'number-word-trillion', words: ['trillion'], value: 1e12, role: 'scale', example: 'one trillion dollars', expect: 1e12 },
  { id: 'number-word-dozen', words: ['dozen'], value: 12, role: 'dozen', example: 'a dozen schools', expect: 12 },
];

export interface ScaleRule {
  id: string;
  /** Words written after a digit number with a space or a hyphen: `13.8 million`, `$1.2-million`. */
  words: string[];
  /** Abbreviations glued to the digits or following a currency amount: `$1.2bn`, `$5M`, `$10K`. */
  abbreviations: string[];
  value: number;
  example: string;
  expect: number;
}

export const scales: ScaleRule[] = [
  { id: 'scale-hundred', words: ['hundred'], abbreviations: [], value: 100, example: '5 hundred homes', expect: 500 },
  { id: 'scale-thousand', words: ['thousand'], abbreviations: ['k'], value: 1e3, example: 'a $50K grant', expect: 50000 },
  { id: 'scale-million', words: ['million'], abbreviations: ['m', 'mn', 'mln', 'mil'], value: 1e6, example: '$13.8 million', expect: 13.8e6 },
  { id: 'scale-billion', words: ['billion'], abbreviations: ['bn', 'b', 'bln'], value: 1e9, example: '$1.2bn', expect: 1.2e9 },
  { id: 'scale-trillion', words: ['trillion'], abbreviations: ['tn', 'tr', 'trn'], value: 1e12, example: '$2.5 trillion', expect: 2.5e12 },
  // Indian scales: a lakh is a hundred thousand, a crore ten million (`Rs 1,44,372 crore`).
  { id: 'scale-lakh', words: ['lakh', 'lakhs', 'lac', 'lacs'], abbreviations: [], value: 1e5, example: '35 lakh tourists', expect: 3.5e6 },
  { id: 'scale-crore', words: ['crore', 'crores'], abbreviations: ['cr'], value: 1e7, example: 'Rs 2 crore', expect: 2e7 },
];

/**
 * Scale abbreviations that stand glued to a number without a currency sign: `25k runners`,
 * `10M users`, `2mil views`. A lower-case `m` stays the metre (`100m`), `b` stays ambiguous.
 */
export const GLUED_SCALES_WITHOUT_CURRENCY = new Set(['k', 'K', 'M', 'mil', 'mn', 'mln', 'bn', 'bln', 'tn', 'trn']);

export interface FractionRule {
  id: string;
  /** Denominator words, singular and plural: `third`, `thirds`. */
  words: string[];
  denominator: number;
  example: string;
  expect: number;
}

export const fractions: FractionRule[] = [
  { id: 'fraction-half', words: ['half', 'halves'], denominator: 2, example: 'one-half of the budget', expect: 0.5 },
  { id: 'fraction-third', words: ['third', 'thirds'], denominator: 3, example: 'one-third of residents', expect: 1 / 3 },
  { id: 'fraction-quarter', words: ['quarter', 'quarters', 'fourth', 'fourths'], denominator: 4, example: 'three-quarters of the land', expect: 0.75 },
  { id: 'fraction-fifth', words: ['fifth', 'fifths'], denominator: 5, example: 'two-fifths of the students', expect: 0.4 },
  { id: 'fraction-tenth', words: ['tenth', 'tenths'], denominator: 10, example: 'nine-tenths of the county', expect: 0.9 },
];

/**
 * Words after which `a third`, `a fifth`, `a quarter` is a share rather than an ordinal (`a third
 * term`) or a period (`once a quarter`): `fallen by a third`, `nearly a fifth`, `more than a quarter`.
 * Before `of` (`a quarter of residents`) the article form is always a share.
 */
export const ARTICLE_FRACTION_AFTER = new Set(['by', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'than', 'over', 'under', 'just', 'only', 'exactly', 'fully', 'least', 'barely', 'precisely']);

/**
 * Multiples written as a word (guidelines §1, multiple: `翻一番` = 2): `doubled`, `more than double`.
 * Verb forms (`doubled`, `tripling`) always count; the base form (`double`) only after `to`, a
 * modal or a qualifier (`plans to double`, `more than double its total`), never as an adjective
 * (`a double room`, `double-digit`).
 */
export interface MultipleWordRule {
  id: string;
  /** Forms that are a multiple wherever they stand as a word of their own. */
  verbForms: string[];
  /** Forms that are a multiple only after `to`, a modal or a qualifier. */
  baseForms: string[];
  value: number;
  example: string;
  expect: number;
}

export const multipleWords: MultipleWordRule[] = [
  { id: 'multiple-double', verbForms: ['doubled', 'doubling'], baseForms: ['double'], value: 2, example: 'ridership more than doubled', expect: 2 },
  { id: 'multiple-triple', verbForms: ['tripled', 'tripling', 'trebled', 'trebling'], baseForms: ['triple', 'treble'], value: 3, example: 'the program aims to triple its reach', expect: 3 },
  { id: 'multiple-quadruple', verbForms: ['quadrupled', 'quadrupling'], baseForms: ['quadruple'], value: 4, example: 'trips have quadrupled since launch', expect: 4 },
  // `twice` compares sizes only before what it compares (`twice as many`, `twice the rate`); `met twice` counts times.
  { id: 'multiple-twice', verbForms: [], baseForms: ['twice'], value: 2, example: 'there are twice as many applicants as places', expect: 2 },
  // `twofold`, `sixfold`, `twentyfold`, `hundredfold`.
  ...[...ONES.slice(2).map((word, i) => [word, i + 2] as const), ...TENS.map((word, i) => [word, (i + 2) * 10] as const), ['hundred', 100] as const].map(([word, value]) => ({
    id: `multiple-${word}fold`,
    verbForms: [`${word}fold`],
    baseForms: [],
    value,
    example: `sales rose ${word}fold`,
    expect: value,
  })),
];

/** Words before a base form (`double`) that make it a verb or a multiple: `to double`, `more than double`. */
export const MULTIPLE_BASE_AFTER = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'than', 'nearly', 'almost', 'about', 'roughly', 'approximately', 'over', 'least', 'around', 'some', 'effectively']);

/** Words after a base form that make it a multiple of what follows: `double the size`, `triple its budget`. */
export const MULTIPLE_BASE_BEFORE = new Set(['the', 'its', 'their', 'that', 'what']);

/**
 * `half` alone is a share (0.5) before `of` or a determiner (`half of the jobs`, `half the
 * budget`) or after a qualifier (`more than half`, `cut by half`); never in a period (`the first
 * half of 2019`) or a compound (`half-time`), and `half a million` is a number of its own.
 */
export const HALF_SHARE_BEFORE = new Set(['of', 'the', 'its', 'their', 'our', 'his', 'her', 'all', 'these', 'those']);
export const HALF_SHARE_AFTER = new Set(['than', 'about', 'nearly', 'almost', 'roughly', 'around', 'over', 'under', 'just', 'only', 'exactly', 'by', 'approximately', 'some', 'fully']);
export const NOT_HALF_SHARE_AFTER = new Set(['first', 'second', 'latter', 'former', 'other', 'a', 'an', 'the', 'one', 'back', 'better']);

/** Ordinal words: never a claim on their own (`the third year`), only as fraction denominators. */
export const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'twentieth', 'hundredth', 'thousandth']);
