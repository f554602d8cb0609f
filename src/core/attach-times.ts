import type { DocumentState } from './document.js';

export function attachTimes(state: DocumentState): DocumentState {
  return state;
}
