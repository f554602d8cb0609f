import type { DocumentState } from './document.js';

export function attachSubjects(state: DocumentState): DocumentState {
  return state;
}
