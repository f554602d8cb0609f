// Security (issue 17): every package `npm ci` installs with an install script has been reviewed
// and is named in package.json's `allowScripts` (true: its native build is needed, as for
// nodejieba and better-sqlite3; false: it has a prebuilt fallback). A new dependency that
// brings an install script fails here until it is reviewed and listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
const allowed = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { allowScripts: Record<string, boolean> }).allowScripts;

describe('install scripts', () => {
  it('come only from packages listed in allowScripts, and nodejieba is allowed to build', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.sort()).toEqual(Object.keys(allowed).sort());
    expect(allowed.nodejieba).toBe(true);
  });
});
