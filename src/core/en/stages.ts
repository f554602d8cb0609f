// The English claim stages, in order. Same shape as the Chinese list (src/core/zh/stages.ts):
// find, resolve, structure, subjects, times; the pipeline runs them after the parse stages.
import type { Stage } from '../document.js';
import { findEnglishNumbers } from './find-numbers.js';
import { resolveEnglishValues } from './resolve-values.js';
import { attachEnglishStructure } from './attach-structure.js';
import { attachEnglishSubjects } from './attach-subjects.js';
import { attachEnglishTimes } from './attach-times.js';

export const englishStages: readonly Stage[] = [
  { name: 'en/find-numbers', run: findEnglishNumbers },
  { name: 'en/resolve-values', run: resolveEnglishValues },
  { name: 'en/attach-structure', run: attachEnglishStructure },
  { name: 'en/attach-subjects', run: attachEnglishSubjects },
  { name: 'en/attach-times', run: attachEnglishTimes },
];
