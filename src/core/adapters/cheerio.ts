// The cheerio adapter: parses an HTML page into a DOM tree (htmlparser2 through cheerio's slim
// build). The library is loaded on the first page, not when the core is imported, so a run of
// plain-text documents (or a cold start on one) does not pay for it.
import { createRequire } from 'node:module';
import type { load as Load } from 'cheerio/slim';

let load: typeof Load | null = null;

/** The root of `html`'s DOM, entities decoded, parsed as HTML (never as XML). */
export function parseDom(html: string): unknown {
  // The core is synchronous, and only require loads a module synchronously: this is cheerio's
  // CommonJS build, the same release as its ES modules.
  load ??= (createRequire(import.meta.url)('cheerio/slim') as { load: typeof Load }).load;
  return load(html, { xml: { xmlMode: false, decodeEntities: true } }).root()[0];
}
