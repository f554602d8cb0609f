// structure (zh): claim drafts → drafts with the relations a sentence states between them.
// Reads per-rates (每千名老年人…46.63张, 万人拥有率, 户月人均), lists (分别 …、…), changes
// (从X提高至Y, 由X降至Y, 增长6.1%, 同比下降) and lets a bare number share the unit of the
// number it is paired with (1000调整至1662元). Adds fields to the Chinese drafts only.
import type { ClaimDraft, DocumentState } from '../document.js';
import { parseChineseNumeral } from '../../rules/zh/numerals.js';
import { CHANGE_VERBS, CHANGE_BASES, CUT_VERBS, PER_PREFIXES } from '../../rules/zh/structure.js';
import { MULTIPLIERS_LONGEST_FIRST } from '../../rules/zh/multipliers.js';
import { scaleNumber } from './resolve-values.js';
import { normaliseForRules } from './find-numbers.js';

const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/u;
/** 万人拥有率, 每千名: a lone scale character is the amount. */
const SINGLE_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 十万: 100000 };

/** Start of the clause holding `at`: just after the last break (comma, semicolon, colon) before it in the sentence. */
export function clauseStart(norm: string, sentenceStart: number, at: number, breaks: RegExp = CLAUSE_BREAK): number {
  for (let i = at - 1; i >= sentenceStart; i--) if (breaks.test(norm[i]!)) return i + 1;
  return sentenceStart;
}

/**
 * 已投入运营的7个、主体完工的5个: a count right after 的 with no noun after it counts things by the
 * state they are in, and leaves what they are to the sentence before (`lead` is the text before
 * the claim, from where its lead or clause starts).
 */
export function countByState(norm: string, lead: string, claim: ClaimDraft): boolean {
  return claim.kind === 'count' && /的\s?$/u.test(lead) && /^(?:[、，,；;。)）(（]|$)/u.test(norm.slice(claim.end, claim.end + 1));
}

function perFor(norm: string, draft: ClaimDraft): ClaimDraft['per'] {
  if (draft.per) return draft.per;
  const from = clauseStart(norm, draft.sentence.start, draft.start);
  const lead = norm.slice(from, draft.start);
  for (const rule of PER_PREFIXES) {
    const m = lead.match(rule.pattern);
    if (!m) continue;
    const amount = m.groups?.amount;
    const value = amount ? (/\d/u.test(amount) ? Number(amount) : (SINGLE_SCALE[amount] ?? parseChineseNumeral(amount))) : 1;
    // 每人每月: the chain of per-words is the unit (人月).
    const unit = rule.unit ?? ((m.groups?.unit ?? '').trim() || m[0].replace(/每/gu, ''));
    if (!value || !unit) continue;
    return { value, unit, text: m[0] };
  }
  return null;
}

/** A change verb right before an amount (比上年增加1.8万人, 净增87家, 议会删减2亿元). */
const CHANGE_BEFORE_AMOUNT = new RegExp(`(增加|增长|减少|下降|提高|降低|净增|净减|多增|少|多|扩大|缩小|压减|${CUT_VERBS.join('|')})了?(?:约|近|超过)?$`, 'u');

const CUT_BEFORE_AMOUNT = new RegExp(`(?:${CUT_VERBS.join('|')})[^，,；;。、：:\\d]{0,8}$`, 'u');

/** 从/由 before the side a change starts from, not 从…(来)看. */
const FROM_SIDE = /(?:从|由)(?![^从由]*看)[^从由]{0,24}$/u;

interface Link {
  from: number;
  to: number;
}

/** Text strictly between two drafts. */
function between(norm: string, a: ClaimDraft, b: ClaimDraft): string {
  return norm.slice(a.end, b.start);
}

function directionOf(verbText: string, from?: number, to?: number): 'up' | 'down' | 'flat' | 'unknown' {
  for (const verb of CHANGE_VERBS) if (verbText.includes(verb.text)) return verb.direction;
  if (from !== undefined && to !== undefined) return to > from ? 'up' : to < from ? 'down' : 'flat';
  return 'unknown';
}

export function attachStructure(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const norm = normaliseForRules(state.article.text);
  const claims = state.claims.map((claim) => ({ ...claim }));
  const zh = claims.map((claim, index) => ({ claim, index })).filter(({ claim }) => claim.lang === 'zh');

  // Group drafts by sentence, in order.
  const bySentence = new Map<number, { claim: ClaimDraft; index: number }[]>();
  for (const item of zh) {
    const list = bySentence.get(item.claim.sentence.start) ?? [];
    list.push(item);
    bySentence.set(item.claim.sentence.start, list);
  }

  for (const items of bySentence.values()) {
    items.sort((a, b) => a.claim.start - b.claim.start);

    // Lists: runs of drafts joined only by 、/和/及/与 (or a comma after 分别).
    const runs: { claim: ClaimDraft; index: number }[][] = [];
    let run: { claim: ClaimDraft; index: number }[] = [];
    for (const item of items) {
      const previous = run[run.length - 1];
      if (previous && /^\s*(?:、|和|及|与|以及|,|，)\s*$/u.test(between(norm, previous.claim, item.claim))) {
        const gap = between(norm, previous.claim, item.claim).trim();
        const afterFenbie = /分别/u.test(norm.slice(clauseStart(norm, previous.claim.sentence.start, run[0]!.claim.start) - 12, run[0]!.claim.start));
        if (gap === ',' || gap === '，' ? afterFenbie : true) {
          run.push(item);
          continue;
        }
      }
      if (run.length > 1) runs.push(run);
      run = [item];
    }
    if (run.length > 1) runs.push(run);
    for (const list of runs) {
      const group = `${list[0]!.claim.start}`;
      list.forEach((item, position) => {
        item.claim.list = { group, index: position, size: list.length };
      });
      // A bare number in a list shares the unit of the list's last number (551、300元), and its
      // multiplier with it (越过800、900、1000亿斤: 800亿斤).
      const withUnit = [...list].reverse().find((item) => item.claim.unit !== null);
      if (withUnit) {
        const multiplier = MULTIPLIERS_LONGEST_FIRST.find((rule) => withUnit.claim.unitText?.startsWith(rule.text) && withUnit.claim.unitText.length > rule.text.length);
        for (const item of list) {
          if (item.claim.unit === null && item.claim.kind === 'number' && withUnit.claim.kind !== 'number') {
            item.claim.kind = withUnit.claim.kind;
            item.claim.unit = withUnit.claim.unit;
            if (multiplier && item.claim.unitText === null && item.claim.value !== null) item.claim.value = scaleNumber(item.claim.value, multiplier.power);
          }
        }
      }
    }

    // Changes from → to: 从/由 X … (提高|降|调整)…(至|到|为) Y, lists paired by position.
    const links: Link[] = [];
    const linkedTo = new Set<number>();
    for (let a = 0; a < items.length; a++) {
      const first = items[a]!;
      // A list is linked once, from its head, member by member; the "to" side of a change starts none.
      if ((first.claim.list && first.claim.list.index > 0) || linkedTo.has(first.index)) continue;
      // 从2023年同期的1930万减少了17.6%: a 从 with a figure between it and this one opens the change of that figure, not of this.
      const previous = a > 0 ? items[a - 1]!.claim : null;
      // The terms of one ratio (由上年的13.4:45.3:41.3) each start the change of their own term.
      const previousEnd = previous && previous.sentence.start === first.claim.sentence.start && !/^[:：]$/u.test(norm.slice(previous.end, first.claim.start)) ? previous.end : 0;
      const lead = norm.slice(Math.max(previousEnd, clauseStart(norm, first.claim.sentence.start, first.claim.start)), first.claim.start);
      // 从就业来看 (looking at employment) opens no change.
      if (!FROM_SIDE.test(lead) && !FROM_SIDE.test(norm.slice(Math.max(previousEnd, first.claim.sentence.start, first.claim.start - 30), first.claim.start))) continue;
      // The "to" side: the first later draft preceded by a change verb + 至/到/为.
      for (let b = a + 1; b < items.length; b++) {
        const second = items[b]!;
        const gap = between(norm, first.claim, second.claim);
        const verb = gap.match(/(?:提高|提升|增加|增长|上升|上涨|扩大|调整|降低|下降|减少|回落|回升|下跌|下调|上调|攀升|降|增|升|缩小|压减|压缩|缩短|延长|达|变)[^，,。；;]{0,3}?(?:至|到|为)[^，,。；;]{0,12}$/u);
        // 从4215亿元到7016亿元: with no verb, 到/至 right after the from-side leads to the other level.
        const bare = b === a + 1 && /^\s?(?:到|至)\s?$/u.test(gap);
        if ((!verb && !bare) || linkedTo.has(second.index)) continue;
        const fromList = first.claim.list;
        const toList = second.claim.list;
        if (fromList && toList && fromList.size === toList.size && fromList.index === 0 && toList.index === 0) {
          const fromItems = items.filter((item) => item.claim.list?.group === fromList.group);
          const toItems = items.filter((item) => item.claim.list?.group === toList.group);
          fromItems.forEach((item, k) => links.push({ from: item.index, to: toItems[k]!.index }));
          for (const item of toItems) linkedTo.add(item.index);
        } else if (!fromList) {
          links.push({ from: first.index, to: second.index });
        } else {
          // A list changing into one value (由A、B提高至C): the last member is the one beside the verb.
          const members = items.filter((item) => item.claim.list?.group === fromList.group);
          links.push({ from: members[members.length - 1]!.index, to: second.index });
        }
        linkedTo.add(second.index);
        break;
      }
    }
    for (const link of links) {
      const from = claims[link.from]!;
      const to = claims[link.to]!;
      const direction = directionOf(between(norm, from, to), from.value, to.value);
      from.change = { role: 'from', direction, from: link.from, to: link.to, basis: null };
      to.change = { role: 'to', direction, from: link.from, to: link.to, basis: null };
      // 由每人每月1000调整至1662元: the bare side takes the unit of the other.
      if (from.unit === null && from.kind === 'number' && to.unit !== null) {
        from.kind = to.kind;
        from.unit = to.unit;
      }
    }

    for (let position = 0; position < items.length; position++) {
      const claim = items[position]!.claim;
      claim.per = perFor(norm, claim);
      if (claim.change) continue;
      // Rates of change: 增长6.1%, 同比下降2.7%, 年增速分别为6.1%、29.8%, 增长2倍.
      if (claim.kind === 'percent' || claim.unit === 'x' || claim.kind === 'permille') {
        const listHead = claim.list ? items.find((other) => other.claim.list?.group === claim.list!.group && other.claim.list.index === 0)!.claim : claim;
        const lead = norm.slice(Math.max(clauseStart(norm, claim.sentence.start, listHead.start), listHead.start - 14), listHead.start);
        const verb = CHANGE_VERBS.filter((v) => v.rate && lead.includes(v.text)).sort((x, y) => lead.lastIndexOf(y.text) - lead.lastIndexOf(x.text))[0];
        if (verb) {
          const basis = CHANGE_BASES.find((b) => norm.slice(Math.max(claim.sentence.start, listHead.start - 24), listHead.start).includes(b)) ?? null;
          const direction = claim.value < 0 && verb.direction === 'up' ? 'down' : verb.direction;
          // 报销比例提高至60%: a level the change reaches, not its rate; percentage points measure a difference.
          const reached = /(?:至|到)$/u.test(lead) && lead.lastIndexOf(verb.text) >= lead.length - verb.text.length - 3;
          claim.change = { role: reached ? 'to' : claim.unit === 'pp' ? 'delta' : 'rate', direction, from: null, to: null, basis };
        }
      } else {
        // 营业额按年飙升约397.9%至14.5亿港元: the amount a rate of change reaches is the change's "to" side.
        // The last draft that ends before this one, walking back (items are in text order; a scan of the sentence per draft was quadratic).
        let back = position - 1;
        while (back >= 0 && items[back]!.claim.end > claim.start) back--;
        const previous = back >= 0 ? items[back]!.claim : undefined;
        if (previous?.change?.role === 'rate' && /^\s*(?:至|到)\s*$/u.test(norm.slice(previous.end, claim.start))) {
          claim.change = { role: 'to', direction: previous.change.direction, from: null, to: null, basis: null };
          continue;
        }
        // An amount right after a change verb is the size of the change (比上年增加1.8万人, 净增87家).
        const clause = clauseStart(norm, claim.sentence.start, claim.start);
        const lead = norm.slice(Math.max(clause, claim.start - 12), claim.start);
        const verb = lead.match(CHANGE_BEFORE_AMOUNT);
        // 播种面积85.76千公顷，增加0.09千公顷: a clause that opens with the verb changes the level just before it.
        const afterLevel = verb !== null && verb.index === 0 && clause === Math.max(clause, claim.start - 12) && previous !== undefined && previous.unit === claim.unit && !previous.change && previous.sentence.start === claim.sentence.start;
        // 删减预算案3亿元: what a cut takes away is its size, the budget it is cut from named between.
        const cut = verb ? null : lead.match(CUT_BEFORE_AMOUNT);
        if (cut) {
          claim.change = { role: 'delta', direction: 'down', from: null, to: null, basis: null };
        } else if (verb && (afterLevel || /(?:比|较|同比|环比|净)/u.test(lead) || CUT_VERBS.includes(verb[1]!))) {
          const rule = CHANGE_VERBS.find((v) => verb[1]!.includes(v.text));
          const direction = rule?.direction ?? (/减|降|少|缩/u.test(verb[1]!) ? 'down' : 'up');
          const basis = CHANGE_BASES.find((b) => lead.includes(b)) ?? null;
          claim.change = { role: 'delta', direction, from: null, to: null, basis };
        }
      }
    }
  }
  return { ...state, claims };
}
