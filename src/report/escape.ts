// Escaping for the two places input text meets the report's markup: HTML text and attribute
// values, and JSON embedded in a data block (where "</script" or "<!--" must never appear).

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** JSON for a `<script type="application/json">` block: `<` as \u003c, so no tag can close or open inside it. */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
