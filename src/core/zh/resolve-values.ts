// resolve (zh): candidate spans → claim drafts. Turns the named parts found by
// find-numbers into a value (multipliers applied with decimal arithmetic, Chinese numerals
// read), a kind, a canonical unit, the unit as written, approx and range.
// Emits `claims` for the Chinese candidates; English candidates are left to their stage.
import type { Candidate, ClaimDraft, DocumentState } from '../document.js';
import type { Approx, ClaimKind } from '../schema.js';
import { parseChineseNumeral, toHalfWidth } from '../../rules/zh/numerals.js';
import { MULTIPLIER_RULES } from '../../rules/zh/multipliers.js';
import { QUALIFIER_RULES } from '../../rules/zh/qualifiers.js';
import { UNIT_RULES, type UnitRule } from '../../rules/zh/units.js';

const MULTIPLIER_POWER = new Map(MULTIPLIER_RULES.map((m) => [m.text, m.power]));
const QUALIFIER_APPROX = new Map(QUALIFIER_RULES.map((q) => [`${q.position}:${q.text}`, q.approx]));
const UNIT_BY_TEXT = new Map(UNIT_RULES.map((u) => [u.text, u]));

/** `digits × 10^power` computed on the decimal string, so 13830.6万 is exactly 138306000. */
export function scaleDecimal(digits: string, power: number): number {
  // OCR'd text writes the decimal point as a middle dot (27 · 7％).
  const clean = toHalfWidth(digits).replace(/[·・]/gu, '.').replace(/[,，\s]/gu, '').replace(/^[−]/u, '-');
  const negative = clean.startsWith('-');
  const unsigned = negative ? clean.slice(1) : clean;
  const [intPart = '0', fracPart = ''] = unsigned.split('.');
  const shifted = power >= fracPart.length ? intPart + fracPart + '0'.repeat(power - fracPart.length) : `${intPart}${fracPart.slice(0, power)}.${fracPart.slice(power)}`;
  const value = Number(shifted);
  return negative ? -value : value;
}

function numberValue(digits: string, chinese: boolean, multiplier: string | undefined): number | null {
  const power = multiplier ? (MULTIPLIER_POWER.get(multiplier) ?? 0) : 0;
  if (chinese) {
    const value = parseChineseNumeral(digits);
    return value === null ? null : value * 10 ** power;
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

export function resolveCandidate(candidate: Candidate): ClaimDraft | null {
  const p = candidate.parts;
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
  if (candidate.ruleId === 'zh-doubling') {
    const times = parseChineseNumeral(p.times!.text);
    if (times === null) return null;
    return { ...baseDraft(candidate), value: 2 ** times, kind: 'number', unit: 'x', unitText: '番' };
  }
  if (candidate.ruleId === 'zh-ratio-term') return { ...baseDraft(candidate), value: scaleDecimal(p.number!.text, 0), kind: 'number', unit: null, unitText: null };
  const unitText = p.unit?.text ?? p.unit2?.text;
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
  const raw = numberValue(p.number!.text, chinese, p.multiplier?.text);
  if (raw === null || !Number.isFinite(raw)) return null;
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

export function resolveValues(state: DocumentState): DocumentState {
  const drafts: ClaimDraft[] = [];
  const diagnostics = [...state.diagnostics];
  const text = state.article?.text ?? '';
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
    if (draft) drafts.push(draft);
    else diagnostics.push({ severity: 'info', ruleId: candidate.ruleId, reason: 'number could not be resolved to a value', start: candidate.start, end: candidate.end });
  }
  return { ...state, claims: [...state.claims, ...drafts], diagnostics };
}
