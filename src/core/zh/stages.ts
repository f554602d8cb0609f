// The Chinese claim stages, in order: find the number spans (rule tables in src/rules/zh),
// resolve their values, give table cells their column's unit, link structure (per, lists,
// changes), segment the clauses that hold claims (nodejieba), then subjects, the currency of amounts
// named as money without one, periods and places.
import type { Stage } from '../document.js';
import { findNumbers } from './find-numbers.js';
import { resolveValues } from './resolve-values.js';
import { attachTableUnits } from './attach-table-units.js';
import { attachStructure } from './attach-structure.js';
import { tokenizeClauses } from './tokenize-clauses.js';
import { attachSubjects } from './attach-subjects.js';
import { attachBareCurrency } from './attach-bare-currency.js';
import { attachTimes } from './attach-times.js';
import { attachPlaces } from './attach-places.js';

export const chineseStages: readonly Stage[] = [
  { name: 'zh/find-numbers', run: findNumbers },
  { name: 'zh/resolve-values', run: resolveValues },
  { name: 'zh/attach-table-units', run: attachTableUnits },
  { name: 'zh/attach-structure', run: attachStructure },
  { name: 'zh/tokenize-clauses', run: tokenizeClauses },
  { name: 'zh/attach-subjects', run: attachSubjects },
  { name: 'zh/attach-bare-currency', run: attachBareCurrency },
  { name: 'zh/attach-times', run: attachTimes },
  { name: 'zh/attach-places', run: attachPlaces },
];
