// table units (zh): bare numbers in table rows → claims with the unit their table states.
// Tables reach the text as rows of cells joined by ` | `. The unit of a cell comes from its
// column header (`产量（万吨）`, `同比增长(%)`), from a `单位` column in its row (carried down
// when a merged cell leaves it out), or from a `单位：万元` line above the table. Cells are
// aligned from the right, since merged label cells on the left are the usual gap.
import type { ClaimDraft, DocumentState } from '../document.js';
import { matchUnitAt, type UnitRule } from '../../rules/zh/units.js';
import { MULTIPLIERS_LONGEST_FIRST } from '../../rules/zh/multipliers.js';
import { scaleDecimal } from './resolve-values.js';
import { normaliseForRules } from './find-numbers.js';

const SEPARATOR = ' | ';

interface TableUnit {
  text: string;
  power: number;
  unit: UnitRule;
}

/** Reads `万吨`, `亿元`, `%`, `万辆` as multiplier + unit; null when it is not a unit. */
export function readUnitText(raw: string): TableUnit | null {
  const text = raw.trim();
  if (!text) return null;
  const whole = matchUnitAt(text, 0);
  if (whole && whole.text.length === text.length) return { text, power: 0, unit: whole };
  for (const m of MULTIPLIERS_LONGEST_FIRST) {
    if (!text.startsWith(m.text)) continue;
    const unit = matchUnitAt(text, m.text.length);
    if (unit && m.text.length + unit.text.length === text.length) return { text, power: m.power, unit };
  }
  return null;
}

function headerUnit(cell: string): TableUnit | null {
  const bracket = cell.match(/[（(]([^）)]{1,8})[）)]\s*$/u);
  return bracket ? readUnitText(bracket[1]!) : null;
}

interface Row {
  start: number;
  cells: { start: number; end: number; text: string }[];
}

/** The cells of the table line norm[start, end), split at ` | `, each with its offsets. */
export function splitRow(norm: string, start: number, end: number): Row {
  const cells: Row['cells'] = [];
  let cellStart = start;
  while (cellStart <= end) {
    const sep = norm.indexOf(SEPARATOR, cellStart);
    const cellEnd = sep < 0 || sep >= end ? end : sep;
    // | 绝对数(亿元) | 比上年增长(%) |: a row may open and close with a bar of its own.
    cells.push({ start: cellStart, end: cellEnd, text: norm.slice(cellStart, cellEnd).trim().replace(/^\|\s*|\s*\|$/gu, '') });
    if (cellEnd === end) break;
    cellStart = cellEnd + SEPARATOR.length;
  }
  return { start, cells };
}

export function attachTableUnits(state: DocumentState): DocumentState {
  if (!state.article) return state;
  const bare = state.claims.filter((claim) => claim.lang === 'zh' && claim.unit === null && claim.kind === 'number');
  if (bare.length === 0) return state;
  const norm = normaliseForRules(state.article.text);
  const lines: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm[i] === '\n') {
      lines.push({ start: lineStart, end: i });
      lineStart = i + 1;
    }
  }
  // Each claim's table: the run of ` | ` lines around it; its header is the run's first line.
  const updates = new Map<ClaimDraft, Partial<ClaimDraft>>();
  let tableStart = -1;
  let header: Row | null = null;
  let unitColumn = -1;
  let carriedUnit: TableUnit | null = null;
  let tableWide: TableUnit | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const text = norm.slice(line.start, line.end);
    if (!text.includes(SEPARATOR)) {
      tableStart = -1;
      const declared = text.match(/(?:单位|计量单位)\s*[:：]\s*([^\s，,;；)）]{1,6})/u);
      tableWide = declared ? readUnitText(declared[1]!) : null;
      continue;
    }
    const row = splitRow(norm, line.start, line.end);
    if (tableStart < 0) {
      tableStart = li;
      header = row;
      unitColumn = row.cells.findIndex((cell) => /^(?:计量)?单位$/u.test(cell.text));
      carriedUnit = null;
      continue;
    }
    if (!header) continue;
    const offset = header.cells.length - row.cells.length;
    let rowUnit: TableUnit | null = null;
    if (unitColumn >= 0) {
      const cell = row.cells[unitColumn - Math.max(0, offset)];
      const read = offset <= 0 && cell ? readUnitText(cell.text) : null;
      if (read) carriedUnit = read;
      rowUnit = offset <= 0 ? read : carriedUnit;
    }
    for (const claim of bare) {
      if (claim.start < line.start || claim.end > line.end) continue;
      const index = row.cells.findIndex((cell) => claim.start >= cell.start && claim.end <= cell.end);
      if (index < 0) continue;
      const headerCell = header.cells[index + offset];
      const unit = (headerCell ? headerUnit(headerCell.text) : null) ?? rowUnit ?? tableWide;
      if (!unit) continue;
      const digits = norm.slice(claim.start, claim.end);
      if (!/^[-−]?\d+(?:,\d{3})*(?:\.\d+)?$/u.test(digits)) continue;
      updates.set(claim, {
        value: scaleDecimal(digits, unit.power),
        kind: unit.unit.kind,
        unit: unit.unit.unit,
        unitText: unit.text,
        ruleId: `zh-table-cell:${unit.unit.id}`,
      });
    }
  }
  if (updates.size === 0) return state;
  return { ...state, claims: state.claims.map((claim) => (updates.has(claim) ? { ...claim, ...updates.get(claim) } : claim)) };
}
