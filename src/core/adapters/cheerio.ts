// The cheerio adapter: parses an HTML page into a DOM tree (htmlparser2 through cheerio's slim
// build). The library is loaded on the first page, not when the core is imported, so a run of
// plain-text documents (or a cold start on one) does not pay for it.
import { createRequire } from 'node:module';
import type { load as Load } from 'cheerio/slim';

let load: typeof Load | null = null;

/** Loads the library now rather than on the first page: for a process that serves many documents. */
export function loadCheerio(): typeof Load {
  // The core is synchronous, and only require loads a module synchronously: this is cheerio's
  // CommonJS build, the same release as its ES modules.
  load ??= (createRequire(import.meta.url)('cheerio/slim') as { load: typeof Load }).load;
  return load;
}

/** The root of `html`'s DOM, entities decoded, parsed as HTML (never as XML). */
export function parseDom(html: string): unknown {
  return loadCheerio()(html, { xml: { xmlMode: false, decodeEntities: true } }).root()[0];
}
