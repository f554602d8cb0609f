// One colour per claim kind, shared by the highlights (CSS) and the summary charts (SVG), so a
// reviewer reads the same colour as the same kind everywhere. Pale enough for dark text on top.
import type { ClaimKind } from '../core/schema.js';

export const KIND_COLOURS: Record<ClaimKind, string> = {
  money: '#f6c85f',
  percent: '#8ecae6',
  permille: '#c3b1e1',
  count: '#a7d7a0',
  measure: '#f4a6a6',
  number: '#d6d6d6',
};
