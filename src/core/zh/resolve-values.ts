// resolve (zh): candidate spans → claim drafts. Turns the named parts found by
// find-numbers into a value (multipliers applied with decimal arithmetic, Chinese numerals
// read), a kind, a canonical unit, the unit as written, approx and range.
// Emits `claims` for the Chinese candidates; English candidates are left to their stage.
import type { Candidate, ClaimDraft, DocumentState } from '../document.js';
import type { Approx, ClaimKind } from '../schema.js';
import { CHINESE_DIGITS, parseChineseNumeral, parseMixedNumeral, toHalfWidth } from '../../rules/zh/numerals.js';
import { MULTIPLIER_RULES } from '../../rules/zh/multipliers.js';
import { QUALIFIER_RULES } from '../../rules/zh/qualifiers.js';
import { LOCAL_CURRENCIES, SIMPLIFIED_HONG_KONG_GOVERNMENT, UNIT_RULES, type UnitRule } from '../../rules/zh/units.js';
import { isTraditional, normaliseForRules } from './find-numbers.js';

const MULTIPLIER_POWER = new Map(MULTIPLIER_RULES.map((m) => [m.text, m.power]));
const QUALIFIER_APPROX = new Map(QUALIFIER_RULES.map((q) => [`${q.position}:${q.text}`, q.approx]));
const UNIT_BY_TEXT = new Map(UNIT_RULES.map((u) => [u.text, u]));

/** `digits × 10^power` computed on the decimal string, so 13830.6万 is exactly 138306000. */
export function scaleDecimal(digits: string, power: number): number {
  // OCR'd text writes the decimal point as a middle dot (27 · 7％).
  const clean = toHalfWidth(digits).replace(/[·・]/gu, '.').replace(/[,，\s]/gu, '').replace(/^[−负]/u, '-');
  const negative = clean.startsWith('-');
  const unsigned = negative ? clean.slice(1) : clean;
  const [intPart = '0', fracPart = ''] = unsigned.split('.');
  const shifted = power >= fracPart.length ? intPart + fracPart + '0'.repeat(power - fracPart.length) : `${intPart}${fracPart.slice(0, power)}.${fracPart.slice(power)}`;
  const value = Number(shifted);
  return negative ? -value : value;
}

/** `value × 10^power` on its decimal string (二十一点一亿 = 21.1 × 10^8 is 2110000000 exactly, not …0002). */
export function scaleNumber(value: number, power: number): number {
  const digits = String(value);
  // Beyond 1e21 a number prints with an exponent, which no decimal string can be shifted by.
  return /e/iu.test(digits) ? value * 10 ** power : scaleDecimal(digits, power);
}

function numberValue(digits: string, chinese: boolean, multiplier: string | undefined): number | null {
  const power = multiplier ? (MULTIPLIER_POWER.get(multiplier) ?? 0) : 0;
  if (!chinese && /[零万亿兆千百]/u.test(digits)) {
    // One number in several units (278万7,070, 6万3千2百): find-numbers took it whole.
    const negative = /^[-−负]/u.test(digits);
    const value = parseMixedNumeral(toHalfWidth(digits.replace(/^[-−负]/u, '')));
    return value === null ? null : scaleNumber(negative ? -value : value, power);
  }
  if (chinese) {
    // 二亿九千三百六十点一一万: the multiplier scales only the section after the larger unit (2亿 + 9360.11万).
    const larger = digits.lastIndexOf('亿');
    if (larger > 0 && larger < digits.length - 1 && power > 0 && power < 8) {
      const high = parseChineseNumeral(digits.slice(0, larger + 1));
      const low = parseChineseNumeral(digits.slice(larger + 1));
      if (high !== null && low !== null) return high + scaleNumber(low, power);
    }
    const value = parseChineseNumeral(digits);
    return value === null ? null : scaleNumber(value, power);
  }
  return scaleDecimal(digits, power);
}

function isChinese(text: string): boolean {
  return !/\d/u.test(toHalfWidth(text));
}

function approxOf(candidate: Candidate): Approx {
  const { prefix, suffix, infix, infix2 } = candidate.parts;
  if (prefix) return QUALIFIER_APPROX.get(`prefix:${prefix.text}`) ?? 'eq';
  if (suffix) return QUALIFIER_APPROX.get(`suffix:${suffix.text}`) ?? 'eq';
  if (infix || infix2) return 'approx';
  return 'eq';
}

function baseDraft(candidate: Candidate): Omit<ClaimDraft, 'value' | 'kind' | 'unit' | 'unitText'> {
  return {
    lang: 'zh',
    start: candidate.start,
    end: candidate.end,
    approx: approxOf(candidate),
    range: null,
    per: null,
    change: null,
    list: null,
    subject: null,
    time: null,
    sentence: candidate.sentence,
    ruleId: candidate.ruleId,
  };
}

function unitFields(unit: UnitRule | undefined, multiplier: string | undefined): { kind: ClaimKind; unit: string | null; unitText: string | null } {
  if (!unit) return { kind: 'number', unit: null, unitText: multiplier ?? null };
  return { kind: unit.kind, unit: unit.unit, unitText: (multiplier ?? '') + unit.text };
}

/**
 * What a unit carries after it inside one number: 半 adds a half of the unit (两吨半 = 2.5 t,
 * 四成半 = 4.5 成), a digit after 成 its tenth (六成八 = 6.8 成 = 68%), 角 and 分 a tenth and a
 * hundredth of a yuan (80元5角2分 = 80.52), minutes a sixtieth of an hour (1小时21分钟 = 1.35).
 */
function withTail(value: number, tail: string, unit: UnitRule | undefined): number {
  const sign = value < 0 ? -1 : 1;
  const digit = (ch: string) => (/\d/u.test(ch) ? Number(ch) : (CHINESE_DIGITS[ch] ?? 0));
  let add = 0;
  if (tail === '半') add = 0.5;
  else if (unit?.id === 'percent-cheng') add = digit(tail) / 10;
  else if (unit?.id === 'duration-hour') {
    const minutes = tail.replace(/分钟?$/u, '');
    add = (parseChineseNumeral(minutes) ?? scaleDecimal(minutes, 0)) / 60;
  }
  else {
    const jiao = tail.match(/(.)角/u);
    const fen = tail.match(/(.)分/u);
    add = (jiao ? digit(jiao[1]!) / 10 : 0) + (fen ? digit(fen[1]!) / 100 : 0);
  }
  return Number((value + sign * add).toPrecision(15));
}

export function resolveCandidate(candidate: Candidate): ClaimDraft | null {
  const p = candidate.parts;
  if (candidate.ruleId === 'zh-fraction-mixed') {
    const read = (text: string) => (isChinese(text) ? parseChineseNumeral(text) : scaleDecimal(text, 0));
    const whole = read(p.whole!.text);
    const numerator = read(p.numerator!.text);
    const denominator = read(p.denominator!.text);
    if (whole === null || numerator === null || denominator === null || denominator === 0) return null;
    return { ...baseDraft(candidate), value: whole + numerator / denominator, kind: 'number', unit: null, unitText: '又分之' };
  }
  if (candidate.ruleId.startsWith('zh-fraction')) {
    const numeratorText = p.numerator!.text;
    const numerator = isChinese(numeratorText) ? parseChineseNumeral(numeratorText) : scaleDecimal(numeratorText, 0);
    const denominatorText = p.denominator!.text;
    const denominator = isChinese(denominatorText) ? parseChineseNumeral(denominatorText) : scaleDecimal(denominatorText, 0);
    if (numerator === null || denominator === null || denominator === 0) return null;
    if (candidate.ruleId === 'zh-fraction-percent') return { ...baseDraft(candidate), value: numerator, kind: 'percent', unit: '%', unitText: '百分之' };
    if (candidate.ruleId === 'zh-fraction-permille') return { ...baseDraft(candidate), value: numerator, kind: 'permille', unit: '‰', unitText: '千分之' };
    return { ...baseDraft(candidate), value: numerator / denominator, kind: 'number', unit: null, unitText: p.slash ? '/' : '分之' };
  }
  if (candidate.ruleId.startsWith('zh-bare-multiplier')) {
    const unit = UNIT_BY_TEXT.get(p.unit!.text);
    const power = MULTIPLIER_POWER.get(p.multiplier!.text);
    if (!unit || power === undefined) return null;
    return { ...baseDraft(candidate), value: 10 ** power * (unit.factor ?? 1), ...unitFields(unit, p.multiplier!.text) };
  }
  if (candidate.ruleId === 'zh-count-major') {
    const count = isChinese(p.number!.text) ? parseChineseNumeral(p.number!.text) : scaleDecimal(p.number!.text, 0);
    return count === null ? null : { ...baseDraft(candidate), value: count, kind: 'count', unit: null, unitText: '大' };
  }
  if (candidate.ruleId === 'zh-half') return { ...baseDraft(candidate), value: 0.5, kind: 'number', unit: null, unitText: '半' };
  if (candidate.ruleId === 'zh-doubling') {
    const times = parseChineseNumeral(p.times!.text);
    if (times === null) return null;
    return { ...baseDraft(candidate), value: 2 ** times, kind: 'number', unit: 'x', unitText: '番' };
  }
  if (candidate.ruleId === 'zh-ratio-term') return { ...baseDraft(candidate), value: scaleDecimal(p.number!.text, 0), kind: 'number', unit: null, unitText: null };
  const unitText = p.sharedUnit?.text ?? p.unit?.text ?? p.unit2?.text;
  const unit = unitText ? UNIT_BY_TEXT.get(unitText) : undefined;
  const chinese = isChinese(p.number!.text);
  if (p.number2) {
    // 3-5万元: the lower bound shares the upper bound's multiplier when it has none of its own.
    const multiplier1 = p.multiplier?.text ?? (p.firstUnit ? undefined : p.multiplier2?.text);
    const min = numberValue(p.number!.text, chinese, multiplier1);
    const max = numberValue(p.number2.text, chinese, p.multiplier2?.text);
    if (min === null || max === null) return null;
    const fields = unitFields(unit, p.multiplier2?.text);
    const factor = unit?.factor ?? 1;
    const [low, high] = [Math.min(min, max) * factor, Math.max(min, max) * factor];
    const draft: ClaimDraft = { ...baseDraft(candidate), value: low, ...fields, range: { min: low, max: high } };
    if (unit?.per) draft.per = { ...unit.per, text: unit.text };
    return draft;
  }
  const read = numberValue(p.number!.text, chinese, p.multiplier?.text);
  if (read === null || !Number.isFinite(read)) return null;
  const raw = p.tail ? withTail(read, p.tail.text, unit) : read;
  const value = unit?.factor ? Number((raw * unit.factor).toPrecision(12)) : raw;
  const draft: ClaimDraft = { ...baseDraft(candidate), value, ...unitFields(unit, p.multiplier?.text) };
  if (unit?.per) draft.per = { ...unit.per, text: unit.text };
  if (p.perUnit) {
    const base = p.perUnit.text.slice(1);
    const baseValue = ({ '10万': 100000, 十万: 100000, '1万': 10000, 万: 10000, '1000': 1000, 千: 1000, '100': 100 } as Record<string, number>)[base];
    if (baseValue) draft.per = { value: baseValue, unit: 'base', text: p.perUnit.text };
    else {
      draft.per = { value: 1, unit: base, text: p.perUnit.text };
      draft.unitText = `${draft.unitText ?? ''}${p.perUnit.text}`;
    }
  }
  return draft;
}

/** The currency a bare 元 means on this page: CNY, or the local one of a traditional-script page. */
export function localCurrency(text: string, norm: string): string {
  if (!isTraditional(text, norm)) {
    const mainland = LOCAL_CURRENCIES.find((rule) => rule.unit === 'CNY')!;
    const hongKong = text.match(SIMPLIFIED_HONG_KONG_GOVERNMENT.pattern)?.length ?? 0;
    return hongKong >= SIMPLIFIED_HONG_KONG_GOVERNMENT.minimum && !mainland.pattern.test(text) ? SIMPLIFIED_HONG_KONG_GOVERNMENT.unit : 'CNY';
  }
  let best = { unit: 'CNY', count: 0 };
  for (const rule of LOCAL_CURRENCIES) {
    const count = text.match(rule.pattern)?.length ?? 0;
    if (count > best.count) best = { unit: rule.unit, count };
  }
  return best.unit;
}

/** (人民币，下同), (港元，下同): the currency every later bare 元 of the page is in, declared once. */
const CURRENCY_DECLARATION = /[(（](人民币|港元|港币|美元|新台币|澳门元)[,，、]?下同[)）]/gu;
const DECLARED_UNIT: Record<string, string> = { 人民币: 'CNY', 港元: 'HKD', 港币: 'HKD', 美元: 'USD', 新台币: 'TWD', 澳门元: 'MOP' };

/**
 * The currency of a bare amount ending at `end`: the last declaration before it (the amount the
 * declaration follows is in it too), else the page's own.
 */
export function currencyAt(norm: string, end: number, pageCurrency: string): string {
  let unit = pageCurrency;
  for (const m of norm.matchAll(CURRENCY_DECLARATION)) {
    if (m.index! > end + 1) break;
    unit = DECLARED_UNIT[m[1]!] ?? unit;
  }
  return unit;
}

/** 元 forms whose currency is the page's own (元, 元/月 …), not 人民币 written out. */
const LOCAL_YUAN = new Set(UNIT_RULES.filter((rule) => rule.unit === 'CNY' && rule.text.startsWith('元') && !rule.text.includes('人民币')).map((rule) => rule.text));

export function resolveValues(state: DocumentState): DocumentState {
  const drafts: ClaimDraft[] = [];
  const diagnostics = [...state.diagnostics];
  const text = state.article?.text ?? '';
  const norm = normaliseForRules(text);
  const currency = state.candidates.some((c) => c.lang === 'zh') ? localCurrency(text, norm) : 'CNY';
  for (const candidate of state.candidates) {
    if (candidate.lang !== 'zh') continue;
    const draft = resolveCandidate(candidate);
    // The unit as written comes from the article itself (萬元 stays 萬元 in a traditional text).
    const p = candidate.parts;
    const unitPart = p.unit ?? p.unit2;
    if (draft && draft.unitText && unitPart) {
      const from = (p.unit ? p.multiplier : p.multiplier2)?.start ?? unitPart.start;
      draft.unitText = text.slice(from, p.perUnit?.end ?? unitPart.end);
    }
    // 1140萬 with no unit: the multiplier as written, not as the rules read it (万).
    if (draft && !unitPart && draft.unit === null && draft.unitText && p.multiplier && !p.multiplier2) draft.unitText = text.slice(p.multiplier.start, p.multiplier.end);
    // 11600多個: a count's unit is its measure word as the page writes it (個, not 个).
    if (draft && draft.kind === 'count' && p.unit && draft.unit === p.unit.text) draft.unit = text.slice(p.unit.start, p.unit.end);
    if (draft && draft.unit === 'CNY' && unitPart && LOCAL_YUAN.has(unitPart.text) && !/人民币/u.test(norm.slice(Math.max(0, candidate.start - 4), candidate.start))) draft.unit = currencyAt(norm, candidate.end, currency);
    if (draft) drafts.push(draft);
    else diagnostics.push({ severity: 'info', ruleId: candidate.ruleId, reason: 'number could not be resolved to a value', start: candidate.start, end: candidate.end });
  }
  return { ...state, claims: [...state.claims, ...drafts], diagnostics };
}
