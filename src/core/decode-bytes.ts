// decode: raw bytes → one string. Reads the BOM, then the charset the page declares, then
// checks the bytes themselves, because declarations on Chinese sites are often wrong (pages
// re-saved as UTF-8 that still say gb2312). Emits the text and the encoding used; binary or
// empty input is unusable and raises UnusableInputError.
import { UnusableInputError, type DecodedInput, type DocumentState } from './document.js';

const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `binary data, not text (NUL byte at offset ${i})`;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (n > 0 && control / n > 0.05) return `binary data, not text (${control} control bytes in the first ${n})`;
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  // <meta charset=...> and http-equiv content="...; charset=..." (also XML prologue encoding="...")
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i) ?? head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i);
  return meta ? meta[1]!.toLowerCase() : null;
}

function normaliseLabel(label: string): string {
  const l = label.toLowerCase();
  if (l === 'gb2312' || l === 'gbk' || l === 'x-gbk' || l === 'gb18030' || l === 'cp936') return 'gb18030';
  if (l === 'utf8') return 'utf-8';
  return l;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array): DecodedInput {
  if (bytes.length === 0) throw new UnusableInputError('decode', 'empty input (0 bytes)');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const binary = looksBinary(bytes);
  if (binary) throw new UnusableInputError('decode', binary);

  // Valid UTF-8 wins over any declaration: GBK text is almost never valid UTF-8.
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const declared = declaredCharset(bytes);
  const candidates = [declared ? normaliseLabel(declared) : null, 'gb18030', 'big5'].filter(
    (label, index, all): label is string => label !== null && label !== 'utf-8' && all.indexOf(label) === index,
  );
  for (const encoding of candidates) {
    const text = tryDecode(bytes, encoding, true);
    if (text !== null) return { text, encoding };
  }
  // Nothing decodes cleanly: take the declared (or GB18030) reading with replacement characters.
  const fallback = candidates[0] ?? 'gb18030';
  const text = tryDecode(bytes, fallback, false) ?? new TextDecoder('utf-8').decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > Math.max(8, text.length * 0.02)) {
    throw new UnusableInputError('decode', `undecodable bytes: ${replaced} invalid sequences as ${fallback}`);
  }
  return { text, encoding: fallback };
}

export function decodeInput(state: DocumentState): DocumentState {
  const decoded = decodeBytes(state.input.bytes);
  const replaced = (decoded.text.match(/\uFFFD/g) ?? []).length;
  const diagnostics = replaced
    ? [...state.diagnostics, { severity: 'warning' as const, ruleId: 'decode-replacement', reason: `${replaced} invalid byte sequences replaced while decoding as ${decoded.encoding}` }]
    : state.diagnostics;
  return { ...state, decoded, diagnostics };
}
