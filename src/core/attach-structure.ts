import type { DocumentState } from './document.js';

export function attachStructure(state: DocumentState): DocumentState {
  return state;
}
