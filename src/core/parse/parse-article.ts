// parse: decoded input → Article. Chooses the HTML or the text parser (a file named .html that
// holds no markup at all is read as text), normalises the body to NFC once, without invisible
// format characters (every offset downstream points into this string), stamps the stable id,
// the source, language and encoding. Input that is no article (feeds, framesets, redirects, pages with no body text)
// is unusable and raises UnusableInputError with the parser's reason.
import { createHash } from 'node:crypto';
import { UnusableInputError, type DocumentState, type ParsedArticle } from '../document.js';
import { detectLanguage } from './detect-language.js';
import { parseHtml } from './parse-html.js';
import { dateFromUrl, namesOnlyOlderYears } from './find-article-date.js';
import { parseText } from './parse-text.js';
import { SCHEMA_VERSION } from '../schema.js';

export function articleId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<\?xml[^>]*>\s*<html)/i.test(text) || /<(?:p|div|body|title)[\s>]/i.test(text.slice(0, 4096));
}

function looksLikeJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

export function parseArticle(state: DocumentState): DocumentState {
  if (!state.decoded) throw new UnusableInputError('parse', 'nothing decoded');
  const raw = state.decoded.text;
  const hinted = state.input.formatHint ?? (looksLikeHtml(raw) ? 'html' : 'text');
  const format = hinted === 'html' && !/<[a-z!?][^>]*>/i.test(raw.slice(0, 8192)) ? 'text' : hinted;
  if (/^\s*[{[]/.test(raw) && looksLikeJson(raw)) throw new UnusableInputError('parse', 'JSON data, not an article');
  let parsed: ParsedArticle;
  try {
    parsed = format === 'html' ? parseHtml(raw, { url: state.input.url ?? null, crawledAt: state.input.crawledAt ?? null }) : parseText(raw);
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    throw new UnusableInputError('parse', `could not parse as ${format}: ${(error as Error).message}`);
  }
  // Soft hyphens, zero-width spaces and stray BOMs are invisible in the page but split numbers
  // and dates (1\u00AD—4月): they are not part of the text.
  const text = parsed.text.normalize('NFC').replace(/[\u00AD\u200B\u2060\uFEFF]/gu, '');
  if (!text.trim()) throw new UnusableInputError('parse', `no body text found in this ${format} input`);
  const lang = parsed.lang ?? detectLanguage(text);
  // A text without a date of its own is dated by its URL when the URL names a day (`/t20200619_…`, `/2021/08/05/`), as a page is.
  // (Not when every year a Chinese text names (2015年) is two or more years before the URL's: a report of 2015 posted in 2020 speaks of its own year.)
  const fromUrl = state.input.publishedAt || parsed.publishedAt || format === 'html' ? null : dateFromUrl(state.input.url ?? parsed.url ?? null);
  const urlDate = fromUrl && !namesOnlyOlderYears(text, Number(fromUrl.slice(0, 4))) ? fromUrl : null;
  if (urlDate) parsed = { ...parsed, publishedAt: urlDate, diagnostics: [...(parsed.diagnostics ?? []), { severity: 'info', ruleId: 'metadata-source', reason: 'publishedAt from url' }] };
  const article = {
    schemaVersion: SCHEMA_VERSION,
    id: state.input.id && /^[0-9a-f]{16}$/.test(state.input.id) ? state.input.id : articleId(state.input.bytes),
    source: state.input.source,
    url: state.input.url ?? parsed.url ?? null,
    title: (state.input.title ?? parsed.title).normalize('NFC'),
    publishedAt: state.input.publishedAt ?? parsed.publishedAt,
    publisher: parsed.publisher,
    authors: parsed.authors,
    editor: parsed.editor,
    lang,
    format: parsed.format,
    encoding: state.decoded.encoding,
    text,
    diagnostics: [...state.diagnostics, ...(parsed.diagnostics ?? [])],
  } as const;
  return { ...state, diagnostics: [...article.diagnostics], article: { ...article, authors: [...article.authors], diagnostics: [...article.diagnostics] } };
}
