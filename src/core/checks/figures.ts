// What the checks need to know of a claim beyond its value: how precisely it was printed (the
// rounding a check must allow for), whether it is a plain figure fit to be compared, and the
// text of its sentence around it. Reads claims only.
import type { Claim } from '../schema.js';
import type { CheckKind, Verdict } from './check-schema.js';

const PRINTED_NUMBER = /[-+]?\d+(?:,\d{3})*(?:\.(\d+))?/u;

/**
 * Half a unit of the last printed digit, in the claim's value units: 646元 → 0.5, 13830.6万元 →
 * 500, 6.1% → 0.05. A figure written in Chinese numerals (三个) is taken as exact to a unit.
 */
export function halfUnit(claim: Pick<Claim, 'text' | 'value'>): number {
  const text = claim.text.normalize('NFKC');
  const match = PRINTED_NUMBER.exec(text);
  if (!match) return 0.5;
  const printed = Number(match[0].replace(/,/gu, ''));
  const decimals = match[1]?.length ?? 0;
  const scale = printed === 0 ? 1 : Math.abs(claim.value / printed);
  return 0.5 * 10 ** -decimals * scale;
}

/** A value written the way a claim prints its figure: 6000000000 beside 62亿元 → 60亿元. */
export function printedLike(claim: Pick<Claim, 'text' | 'value'>, value: number): string {
  const text = claim.text.normalize('NFKC');
  const match = PRINTED_NUMBER.exec(text);
  if (!match) return shown(value, 4);
  const printed = Number(match[0].replace(/,/gu, ''));
  const scale = printed === 0 ? 1 : claim.value / printed;
  return `${shown(value / scale, 4)}${text.slice(match.index + match[0].length)}`;
}

/** A figure stated exactly (no 约, 超过, range): the only kind a check may rest on. */
export function isPlainFigure(claim: Claim): boolean {
  return claim.approx === 'eq' && claim.range === null && Number.isFinite(claim.value);
}

/** Text of the sentence strictly between two claims of it (a before b). */
export function textBetween(a: Claim, b: Claim): string {
  return a.sentence.slice(a.end - a.sentenceStart, b.start - a.sentenceStart);
}

/** Text of the sentence before the claim, up to `length` characters. */
export function textBefore(claim: Claim, length: number): string {
  const end = claim.start - claim.sentenceStart;
  return claim.sentence.slice(Math.max(0, end - length), end);
}

/** The claims of one article grouped by sentence, each group in text order. */
export function bySentence(claims: readonly Claim[]): Claim[][] {
  const groups = new Map<number, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.sentenceStart) ?? [];
    group.push(claim);
    groups.set(claim.sentenceStart, group);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => a.start - b.start));
}

/** The span part of a claim id (docId:start-end → start-end), for check ids. */
export function spanOf(claim: Claim): string {
  return `${claim.start}-${claim.end}`;
}

/**
 * What every check inside one article starts from: an id made of the article, the kind and the
 * span of the claim it checks, and no reading, key or places (those belong to other checks).
 */
export function inArticle(anchor: Claim, kind: CheckKind) {
  return { id: `${anchor.docId}:${kind}:${spanOf(anchor)}`, kind, docIds: [anchor.docId], reading: null, key: null, places: null };
}

/** A number for notes: at most `digits` decimals, no trailing zeros. */
export function shown(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}

/** Whether |stated − expected| is within the tolerance (with room for floating-point error). */
export function within(stated: number, expected: number, tolerance: number): boolean {
  return Math.abs(stated - expected) <= tolerance + 1e-9 * Math.max(1, Math.abs(expected));
}

/**
 * The spread of f over the box of inputs each ± its rounding: f at the centre and the largest
 * distance from it at any corner. The formulas here are monotonic in each input, so the corners
 * bound it.
 */
export function propagate(inputs: readonly { value: number; half: number }[], f: (values: number[]) => number): { value: number; spread: number } {
  const centre = f(inputs.map((input) => input.value));
  let spread = 0;
  const corners = 1 << inputs.length;
  for (let mask = 0; mask < corners; mask++) {
    const values = inputs.map((input, i) => input.value + ((mask >> i) & 1 ? input.half : -input.half));
    const at = f(values);
    if (Number.isFinite(at)) spread = Math.max(spread, Math.abs(at - centre));
  }
  return { value: centre, spread };
}

/**
 * The verdict of an equality between a stated figure and a computed one. A miss of up to twice
 * the rounding allowance is left unverifiable, not flagged: published rates are often computed
 * from unrounded or revised figures, and a person reading 20.6 % against a computed 20.53 %
 * would not call the page wrong.
 */
export function judge(stated: number, expected: number, tolerance: number): Verdict {
  if (within(stated, expected, tolerance)) return 'consistent';
  return within(stated, expected, 2 * tolerance) ? 'unverifiable' : 'inconsistent';
}

export const NEAR_MISS = 'a near miss: within twice the rounding allowance, which unrounded or revised figures can explain';
