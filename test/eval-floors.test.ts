// Floors only go up: every floor in test/eval-baseline.json must be at least what it was in the
// version before (the one the last commit that touched the file replaced, and the committed one
// when the file has uncommitted edits). A floor may change its name only through the baseline's
// `renamed` map. Needs the repository's history (CI clones it whole).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = 'test/eval-baseline.json';

interface Baseline {
  renamed?: Record<string, string>;
  sets: Record<string, Record<string, number | string>>;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const gitOrNull = (...args: string[]) => {
  try {
    return git(...args);
  } catch {
    return null;
  }
};

const current = readFileSync(new URL('./eval-baseline.json', import.meta.url), 'utf8');

/** The versions the current file must not fall below, each with a name for messages. */
function previousVersions(): { name: string; text: string }[] {
  const versions: { name: string; text: string }[] = [];
  const committed = gitOrNull('show', `HEAD:${FILE}`);
  if (committed !== null && committed !== current) versions.push({ name: 'HEAD', text: committed });
  const lastTouch = gitOrNull('rev-list', '-n', '1', 'HEAD', '--', FILE)?.trim();
  if (lastTouch) {
    const before = gitOrNull('show', `${lastTouch}^:${FILE}`);
    if (before !== null) versions.push({ name: `${lastTouch.slice(0, 10)}^`, text: before });
  }
  return versions;
}

/** Floors lowered or dropped from `before` to `after`, one line each. */
export function loweredFloors(before: Baseline, after: Baseline): string[] {
  const rename = (key: string) => after.renamed?.[key] ?? key;
  const problems: string[] = [];
  for (const [set, floors] of Object.entries(before.sets)) {
    for (const [key, was] of Object.entries(floors)) {
      if (typeof was !== 'number') continue;
      const now = after.sets[set]?.[rename(key)];
      if (typeof now !== 'number') problems.push(`${set}.${key} (${was}) is gone`);
      else if (now < was) problems.push(`${set}.${rename(key)} went down from ${was} to ${now}`);
    }
  }
  return problems;
}

const inRepository = gitOrNull('rev-parse', '--is-inside-work-tree')?.trim() === 'true';
const versions = inRepository ? previousVersions() : [];

describe('evaluation floors only go up', () => {
  it('finds the lowering of a floor, the loss of one, and follows a rename', () => {
    const before: Baseline = { sets: { zh: { dir: 'x', recall: 0.99, subject: 0.8 } } };
    expect(loweredFloors(before, { sets: { zh: { recall: 0.98, subject: 0.8 } } })).toEqual(['zh.recall went down from 0.99 to 0.98']);
    expect(loweredFloors(before, { sets: { zh: { recall: 0.99 } } })).toEqual(['zh.subject (0.8) is gone']);
    expect(loweredFloors(before, { renamed: { subject: 'subjectContained' }, sets: { zh: { recall: 0.995, subjectContained: 0.8 } } })).toEqual([]);
  });

  it.skipIf(!inRepository || versions.length === 0)(`no floor in ${FILE} is below its previous version (skipped only outside a git checkout or without the file's history)`, () => {
    const after = JSON.parse(current) as Baseline;
    for (const version of versions) expect(loweredFloors(JSON.parse(version.text) as Baseline, after), `against ${version.name}`).toEqual([]);
  });
});
