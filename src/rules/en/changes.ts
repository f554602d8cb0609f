// Words that make a number a change (annotation guidelines §3 `change`): verbs and nouns of
// increase and decrease, and the phrases naming what a change is measured against.

export type Direction = 'up' | 'down' | 'flat';

export interface ChangeWordRule {
  id: string;
  direction: Direction;
  /** Verb forms written before the number: `rose 3%`, `increased by 6.1%`, `up 3 percent`. */
  verbs: string[];
  /** Nouns written after the number: `a 12% increase`, `3 percent growth`. */
  nouns: string[];
  example: string;
  expect: { direction: Direction; role: 'rate' | 'delta' | 'from' | 'to' };
}

export const changeWords: ChangeWordRule[] = [
  {
    id: 'change-increase',
    direction: 'up',
    verbs: ['increase', 'increased', 'increases', 'increasing', 'rise', 'rose', 'risen', 'rises', 'rising', 'grow', 'grew', 'grown', 'grows', 'growing', 'climb', 'climbed', 'climbs', 'jump', 'jumped', 'jumps', 'gain', 'gained', 'gains', 'surge', 'surged', 'soar', 'soared', 'up', 'spiked', 'doubled', 'tripled', 'improved', 'improve', 'improves', 'expanded', 'expands', 'expanding', 'advanced', 'rallied', 'rebounded'],
    nouns: ['increase', 'increases', 'rise', 'growth', 'gain', 'gains', 'jump', 'hike', 'boost', 'surge', 'expansion', 'improvement', 'uptick', 'raise', 'spike'],
    example: 'Sales tax revenue increased by 6.1% over the prior year.',
    expect: { direction: 'up', role: 'rate' },
  },
  {
    id: 'change-decrease',
    direction: 'down',
    verbs: ['decrease', 'decreased', 'decreases', 'decreasing', 'fall', 'fell', 'fallen', 'falls', 'falling', 'drop', 'dropped', 'drops', 'decline', 'declined', 'declines', 'declining', 'down', 'reduce', 'reduced', 'reduces', 'reducing', 'lowered', 'slipped', 'slid', 'shrank', 'shrunk', 'plunged', 'plummeted', 'dipped', 'eased', 'contracted', 'slashed', 'tumbled', 'sank', 'shed', 'retreated', 'slumped'],
    nouns: ['decrease', 'decreases', 'decline', 'declines', 'drop', 'fall', 'reduction', 'reductions', 'dip', 'loss', 'contraction', 'slowdown', 'plunge', 'cut', 'cuts', 'decrement'],
    example: 'Overdose deaths were down 3 percent from last year.',
    expect: { direction: 'down', role: 'rate' },
  },
  {
    id: 'change-flat',
    direction: 'flat',
    verbs: ['unchanged', 'flat', 'steady', 'held', 'remained', 'stayed'],
    nouns: [],
    example: 'The vacancy rate held at 4.1 percent.',
    expect: { direction: 'flat', role: 'to' },
  },
];

/**
 * Words before a change noun that turn its direction round: `negative growth of 1.2%` is a fall
 * of 1.2% (its size with the direction, as guidelines §1 reads a signed change).
 */
export const REVERSING_MODIFIERS = new Set(['negative', 'minus']);

/** `from X to Y` links: the verbs that make such a pair a change rather than a range. */
/** Comparatives after a number, before `than`: `4.6% larger than`, `$214 more than`, `11,000 fewer than`. */
export const comparatives: { id: string; direction: Direction; words: string[]; example: string }[] = [
  { id: 'comparative-more', direction: 'up', words: ['more', 'larger', 'higher', 'greater', 'bigger', 'above', 'over'], example: '11,000 more than a year earlier' },
  { id: 'comparative-less', direction: 'down', words: ['less', 'fewer', 'smaller', 'lower', 'below', 'under'], example: '4.6% lower than the current budget' },
];

export const changePairVerbs = new Set([
  ...changeWords.flatMap((rule) => rule.verbs),
  'raise', 'raised', 'raises', 'raising', 'cut', 'cuts', 'cutting', 'lower', 'lowered', 'lowering', 'expand', 'expanded', 'expanding', 'boost', 'boosted',
  'went', 'go', 'goes', 'going', 'moved', 'changed', 'shifted', 'swelled', 'ballooned', 'narrowed', 'widened', 'extended', 'lengthened', 'shortened', 'adjusted', 'revised', 'increased', 'up', 'down',
]);

/** What a change is measured against: captured as `basis` on rate claims. */
export const BASIS_PATTERN = /^[\s,]*((?:from|over|compared (?:with|to)|versus|vs\.?|than|relative to)\s+(?:the\s+)?(?:same\s+(?:period|time|quarter|month)\s+(?:of\s+|in\s+)?)?(?:last|the previous|the prior|a|the|\d{4}|fiscal|FY)\s*(?:year|month|quarter|week|fiscal year|\d{4})?(?:['’]s)?(?:\s+(?:levels?|figures?|totals?|earlier|ago|before))?|year[- ]over[- ]year|year[- ]on[- ]year|annually)/i;
