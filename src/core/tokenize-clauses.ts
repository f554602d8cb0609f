import type { DocumentState } from './document.js';

export function tokenizeClauses(state: DocumentState): DocumentState {
  return state;
}
