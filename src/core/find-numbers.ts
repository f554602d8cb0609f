import type { DocumentState } from './document.js';

export function findNumbers(state: DocumentState): DocumentState {
  return state;
}
