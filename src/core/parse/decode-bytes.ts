// decode: raw bytes → one string. Reads the BOM, then the charset the document declares
// (<meta charset>, http-equiv Content-Type, the XML prologue, a <text encoding=…> wrapper),
// then checks the bytes themselves, because declarations on Chinese sites are often wrong
// (pages re-saved as UTF-8 that still say gb2312, <script charset> tags that are not the
// page's charset). Emits the text and the encoding used; binary or empty input is unusable
// and raises UnusableInputError.
import { UnusableInputError, type DecodedInput, type DocumentState } from '../document.js';

const SNIFF_BYTES = 8192;
const DECLARATION_BYTES = 4096;

/** Magic numbers of formats that crawlers save under .html names. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip-compressed data', bytes: [0x1f, 0x8b] },
  { name: 'an OLE2 document (old Word/Excel)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
];

function startsWithBytes(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a BOM shows as NUL bytes in every other position. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

function binaryReason(bytes: Uint8Array): string | null {
  for (const signature of BINARY_SIGNATURES) {
    if (startsWithBytes(bytes, signature.bytes)) return `binary data, not text: the bytes are ${signature.name}`;
  }
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

/**
 * The charset the document itself declares, read from its head as Latin-1 so that any
 * ASCII-compatible encoding can be read. Only <meta> tags, the XML prologue and the corpus'
 * <text encoding=…> wrapper count: <script charset> names the script's encoding, not the page's.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_BYTES)).toString('latin1').replace(/<!--[\s\S]*?-->/g, '');
  const patterns = [
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i,
    /<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)/i,
    /^\s*<text\s[^>]*?encoding\s*=\s*["']([\w.:-]+)/i,
  ];
  for (const pattern of patterns) {
    const match = head.match(pattern);
    if (match) return match[1]!.toLowerCase();
  }
  return null;
}

/** The WHATWG decoder a label selects, or null for labels TextDecoder does not know. */
function decoderFor(label: string): string | null {
  const l = label.toLowerCase();
  // GB2312 and GBK pages often use characters outside their declared set; GB18030 decodes all.
  if (/^(?:gb_?2312|gbk|x-gbk|gb18030|cp936|ms936|windows-936|euc-cn|hz-gb-2312)$/.test(l)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp950)$/.test(l)) return 'big5';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

// The most frequent characters of running Chinese text, in each script. A correct decoding of
// a Chinese page is full of them; a wrong one (GBK bytes read as Big5 or the reverse) is not.
const COMMON_SIMPLIFIED = new Set('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞');
const COMMON_TRADITIONAL = new Set('的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被乾做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清己美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布復容兒須際商非驗連斷深難近礦千週委素技備半辦青省列習響約支般史感勞便團往酸歷市克何除消構府稱太準精值號率族維劃選標寫存候毛親快效斯院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參紅細引聽該鐵價嚴龍飛');

/** The common characters of both scripts by code unit from U+4E00: read per character without making a string of it. */
const COMMON_HAN = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const ch of [...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL]) {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0x4e00 && code <= 0x9fff) COMMON_HAN[code - 0x4e00] = 1;
}

/** How much a decoding looks like Chinese text: share of very common characters among Han ones. */
function chineseLikeness(text: string): number {
  let han = 0;
  let common = 0;
  const end = Math.min(text.length, 50_000);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      han++;
      common += COMMON_HAN[code - 0x4e00]!;
    }
  }
  return han === 0 ? 0 : common / han;
}

interface Reading {
  encoding: string;
  text: string;
  replaced: number;
  likeness: number;
  score: number;
}

function reading(bytes: Uint8Array, encoding: string, declared: string | null): Reading | null {
  const text = tryDecode(bytes, encoding, false);
  if (text === null) return null;
  const replaced = countReplacements(text);
  const likeness = chineseLikeness(text);
  // Replacement characters cost much more than likeness can win; the declaration breaks ties.
  const score = likeness - (replaced / Math.max(1, text.length)) * 50 + (encoding === declared ? 0.02 : 0);
  return { encoding, text, replaced, likeness, score };
}

/** The decoded text and the number of byte sequences that had to be replaced to read it. */
export interface DecodeReport {
  decoded: DecodedInput;
  /** Replacement characters the decoding introduced (not U+FFFD the page itself contains). */
  replaced: number;
  /** For a page in more than one encoding, read piece by piece: which, and how many bytes each. */
  mixed?: string;
}

/** Below this share of common characters a whole-page reading may be mojibake of a mixed page. */
const MIXED_SUSPECT_LIKENESS = 0.3;
/** How much more Chinese-like the piece-by-piece reading must be to be taken. */
const MIXED_GAIN = 0.1;

const strictDecoders = new Map<string, TextDecoder>();
function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  let decoder = strictDecoders.get(encoding);
  if (!decoder) strictDecoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A page pasted together from sources in different encodings (a UTF-8 template around a GBK
 * article): read piece by piece, pieces cut after each line break and each `>`, bytes that
 * never occur inside a UTF-8, GB18030 or Big5 character, so a cut never splits one. Each
 * piece is read as UTF-8 if it is valid UTF-8, else as the first of GB18030 and Big5 that
 * reads it cleanly, else as UTF-8 with replacements.
 */
function readPieceByPiece(bytes: Uint8Array): { text: string; replaced: number; bytesBy: Map<string, number> } {
  const parts: string[] = [];
  const bytesBy = new Map<string, number>();
  let replaced = 0;
  for (let start = 0; start < bytes.length; ) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x3e) end++;
    const piece = bytes.subarray(start, Math.min(bytes.length, end + 1));
    let encoding = 'utf-8';
    let text = strictDecode(piece, 'utf-8');
    for (const other of ['gb18030', 'big5']) {
      if (text !== null) break;
      text = strictDecode(piece, other);
      encoding = other;
    }
    if (text === null) {
      encoding = 'utf-8';
      text = new TextDecoder('utf-8').decode(piece);
      replaced += countReplacements(text);
    }
    // Pure ASCII reads the same in all three, and says nothing about the page's encodings.
    if (piece.some((byte) => byte >= 0x80)) bytesBy.set(encoding, (bytesBy.get(encoding) ?? 0) + piece.length);
    parts.push(text);
    start = end + 1;
  }
  return { text: parts.join(''), replaced, bytesBy };
}

function withBom(bytes: Uint8Array, encoding: string, skip: number): DecodeReport {
  const body = bytes.subarray(skip);
  const strict = tryDecode(body, encoding, true);
  if (strict !== null) return { decoded: { text: strict, encoding }, replaced: 0 };
  const text = new TextDecoder(encoding).decode(body);
  return { decoded: { text, encoding }, replaced: countReplacements(text) };
}

export function decodeWithReport(bytes: Uint8Array, transportCharset: string | null = null): DecodeReport {
  if (bytes.length === 0) throw new UnusableInputError('decode', 'empty input (0 bytes)');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withBom(bytes, 'utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withBom(bytes, 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withBom(bytes, 'utf-16be', 2);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return withBom(bytes, utf16, 0);
  const binary = binaryReason(bytes);
  if (binary) throw new UnusableInputError('decode', binary);

  // Valid UTF-8 wins over any declaration: GBK or Big5 text is almost never valid UTF-8.
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { decoded: { text: utf8, encoding: 'utf-8' }, replaced: 0 };

  // As in browsers, a charset from the transport (HTTP headers) comes before the page's own.
  const label = transportCharset?.toLowerCase() ?? declaredCharset(bytes);
  const declared = label ? decoderFor(label) : null;
  // UTF-8 stays a candidate: a UTF-8 page with a few broken bytes reads best as UTF-8 with
  // those bytes replaced (and said in a diagnostic), not as GB18030 mojibake.
  const candidates = [...new Set(['gb18030', 'big5', 'utf-8', declared].filter((e): e is string => e !== null))];
  const readings = candidates.map((encoding) => reading(bytes, encoding, declared)).filter((r): r is Reading => r !== null);
  readings.sort((a, b) => b.score - a.score);
  if (declared && declared !== 'gb18030' && declared !== 'big5' && declared !== 'utf-8') {
    // Another declared charset (windows-1252, shift_jis, …) stands unless a Chinese reading is
    // clean and reads like Chinese: Chinese sites sometimes declare iso-8859-1 by mistake.
    const own = readings.find((r) => r.encoding === declared);
    const chinese = readings.find((r) => r.encoding !== declared && r.replaced === 0 && r.likeness >= 0.15);
    if (own && own.replaced === 0 && !chinese) return { decoded: { text: own.text, encoding: declared }, replaced: 0 };
  }
  const best = readings[0];
  if (!best) throw new UnusableInputError('decode', `no decoder reads these bytes (declared: ${label ?? 'none'})`);
  const tooMany = (replaced: number, length: number) => replaced > Math.max(8, length * 0.02);
  // A mixed page reads badly as a whole (replacements, or GB18030 mojibake of its UTF-8 part,
  // which has few common characters); read piece by piece it must read clearly better.
  const likeness = best.likeness;
  if (best.replaced > 0 || likeness < MIXED_SUSPECT_LIKENESS) {
    const pieces = readPieceByPiece(bytes);
    if (pieces.bytesBy.size >= 2 && pieces.replaced <= best.replaced && !tooMany(pieces.replaced, pieces.text.length) && chineseLikeness(pieces.text) >= likeness + MIXED_GAIN) {
      // The field names the encoding of most bytes; the diagnostic says what else there was.
      const byBytes = [...pieces.bytesBy].sort((a, b) => b[1] - a[1]);
      const mixed = byBytes.map(([encoding, count]) => `${encoding} (${count} bytes)`).join(', ');
      return { decoded: { text: pieces.text, encoding: byBytes[0]![0] }, replaced: pieces.replaced, mixed };
    }
  }
  if (tooMany(best.replaced, best.text.length)) {
    throw new UnusableInputError('decode', `undecodable bytes: ${best.replaced} invalid sequences even as ${best.encoding} (declared: ${label ?? 'none'})`);
  }
  return { decoded: { text: best.text, encoding: best.encoding }, replaced: best.replaced };
}

export function decodeBytes(bytes: Uint8Array): DecodedInput {
  return decodeWithReport(bytes).decoded;
}

export function decodeInput(state: DocumentState): DocumentState {
  const { decoded, replaced, mixed } = decodeWithReport(state.input.bytes, state.input.charset ?? null);
  const diagnostics = [...state.diagnostics];
  if (mixed) diagnostics.push({ severity: 'warning' as const, ruleId: 'decode-mixed', reason: `the page mixes encodings, read piece by piece: ${mixed}` });
  if (replaced) diagnostics.push({ severity: 'warning' as const, ruleId: 'decode-replacement', reason: `${replaced} invalid byte sequences replaced while decoding as ${decoded.encoding}` });
  return { ...state, decoded, diagnostics };
}
