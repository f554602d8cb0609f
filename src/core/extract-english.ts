import type { DocumentState } from './document.js';

export function extractEnglish(state: DocumentState): DocumentState {
  return state;
}
