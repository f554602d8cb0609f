// Security (issue 17): of every package `npm ci` installs, only nodejieba runs an install script
// (its native build). A new dependency with an install script fails here until it is reviewed
// and added to package.json's `allowScripts`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
const allowed = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { allowScripts: Record<string, boolean> }).allowScripts;

describe('install scripts', () => {
  it('run only for the packages package.json allows, and that is nodejieba alone', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts).toEqual(Object.keys(allowed).filter((name) => allowed[name]));
    expect(withScripts).toEqual(['nodejieba']);
  });
});
