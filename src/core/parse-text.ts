// parse (text): a plain-text press release → article fields. Reads the breadcrumb, the title
// line and the `时间/来源/作者` line at the top, then keeps the body paragraphs, trimmed and
// de-duplicated. Emits a ParsedArticle whose `text` is the clean body.
import type { ParsedArticle } from './document.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { isBreadcrumb, readMetaLine } from './read-metadata.js';

const HEADER_LINES = 12;

export function parseText(raw: string): ParsedArticle {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, ''));
  let title = '';
  let publishedAt: string | null = null;
  let publisher: string | null = null;
  let editor: string | null = null;
  const authors: string[] = [];
  const body: string[] = [];
  let nonEmptySeen = 0;
  for (const line of lines) {
    if (!line) continue;
    nonEmptySeen++;
    if (isBreadcrumb(line)) continue;
    const meta = line.length <= 120 ? readMetaLine(line) : null;
    if (meta && (nonEmptySeen <= HEADER_LINES || /^(?:作者|记者|责任编辑|编辑|来源)\s*[:：]/.test(line))) {
      publishedAt ??= meta.publishedAt;
      publisher ??= meta.publisher;
      editor ??= meta.editor;
      for (const author of meta.authors) if (!authors.includes(author)) authors.push(author);
      continue;
    }
    if (!title && nonEmptySeen <= HEADER_LINES && line.length <= 80 && !/[。；;]$/.test(line)) {
      title = line;
      continue;
    }
    if (title && line === title) continue;
    body.push(line);
  }
  return {
    url: null,
    title,
    publishedAt,
    publisher,
    authors,
    editor,
    format: 'text',
    text: dedupeParagraphs(body).join('\n'),
  };
}
