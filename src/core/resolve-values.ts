import type { DocumentState } from './document.js';

export function resolveValues(state: DocumentState): DocumentState {
  return state;
}
