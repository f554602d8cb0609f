// decode-bytes: BOMs, declarations (meta charset, http-equiv, <text encoding>), declarations
// that lie, undeclared GBK and Big5, and bytes that are no text at all. Fixtures in
// test/fixtures/parse/ are synthetic pages written for these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes, decodeInput, decodeWithReport } from '../src/core/parse/decode-bytes.js';
import { UnusableInputError } from '../src/core/document.js';
import { initialState } from '../src/core/pipeline.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/parse/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
// 中文 in GBK, 中文 in Big5
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2 + (littleEndian ? 0 : 1)] = code & 0xff;
    out[i * 2 + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return out;
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 with a BOM', concat([0xef, 0xbb, 0xbf], utf8('<p>统计公报</p>')), 'utf-8', '<p>统计公报</p>'],
    ['UTF-16LE with a BOM', concat([0xff, 0xfe], utf16('<p>统计</p>', true)), 'utf-16le', '<p>统计</p>'],
    ['UTF-16BE with a BOM', concat([0xfe, 0xff], utf16('<p>统计</p>', false)), 'utf-16be', '<p>统计</p>'],
    ['UTF-16LE without a BOM', utf16('<html><p>statistics</p></html>', true), 'utf-16le', '<html><p>statistics</p></html>'],
    ['UTF-8 that declares gb2312 (re-saved page)', utf8('<meta charset="gb2312"><p>国内生产总值增长5.2%</p>'), 'utf-8', '国内生产总值增长5.2%'],
    ['UTF-8 with only a <script charset="gbk">', utf8('<script charset="gbk" src="a.js"></script><p>就业</p>'), 'utf-8', '<p>就业</p>'],
  ])('%s', (_name, bytes, encoding, expected) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(expected);
  });

  it.each([
    ['gbk-declared.html', 'GBK declared by http-equiv after a <script charset="utf-8">', 'gb18030'],
    ['gbk-undeclared.html', 'GBK with no declaration', 'gb18030'],
    ['gbk-declared-utf8.html', 'GBK that declares utf-8', 'gb18030'],
  ])('%s: %s', (name, _what, encoding) => {
    const decoded = decodeBytes(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('<h1>示例县统计局发布前三季度经济数据</h1>');
    expect(decoded.text).toContain('同比增长5.2%');
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('tells undeclared Big5 from GBK by the characters it reads as', () => {
    const decoded = decodeBytes(fixture('big5-undeclared.html'));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toContain('本市今年財政收入達新臺幣三百億元');
  });

  it('decodes a page with a byte pair outside GB2312 (a strict gbk decoder throws on it)', () => {
    // 0xA3 0x7C is not GB2312; GB18030 reads it as a private-use character instead of failing.
    const bytes = concat(utf8('<meta charset="gb2312"><p>'), GBK_ZHONGWEN, [0xa3, 0x7c], GBK_ZHONGWEN, utf8('</p>'), ...Array(20).fill(GBK_ZHONGWEN));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toMatch(/<p>中文.中文<\/p>/u);
  });

  it('decodes a page with one broken byte sequence and reports the replacement', () => {
    const bytes = concat(utf8('<meta charset="gbk"><p>'), GBK_ZHONGWEN, [0x81, 0x20], GBK_ZHONGWEN, utf8('</p>'), ...Array(20).fill(GBK_ZHONGWEN));
    const state = decodeInput(initialState({ source: 'broken.html', bytes }));
    expect(state.decoded!.encoding).toBe('gb18030');
    expect(state.decoded!.text).toContain('中文\uFFFD 中文');
    expect(state.diagnostics.map((d) => d.ruleId)).toContain('decode-replacement');
  });

  it('reads a page that mixes UTF-8 and GBK piece by piece, and says so', () => {
    // A UTF-8 template around paragraphs pasted in GBK: neither reading of the whole is clean.
    const template = utf8('<html><body><h1>' + '统计公报发布'.repeat(20) + '</h1>\n');
    const bytes = concat(template, utf8('<p>'), ...Array(20).fill(GBK_ZHONGWEN), utf8('</p>\n<p>'), utf8('就业'.repeat(40)), utf8('</p></body></html>'));
    const state = decodeInput(initialState({ source: 'mixed.html', bytes }));
    expect(state.decoded!.text).toBe(`<html><body><h1>${'统计公报发布'.repeat(20)}</h1>\n<p>${'中文'.repeat(20)}</p>\n<p>${'就业'.repeat(40)}</p></body></html>`);
    expect(state.decoded!.encoding).toBe('utf-8');
    expect(state.diagnostics).toEqual([expect.objectContaining({ ruleId: 'decode-mixed', reason: expect.stringMatching(/^the page mixes encodings, read piece by piece: utf-8 \(\d+ bytes\), gb18030 \(\d+ bytes\)$/) })]);
  });

  it('reads the encoding of a <text encoding="gb2312"> wrapper', () => {
    const bytes = concat(utf8('<text id="http://example.org/a" title="t" encoding="gb2312">\n<p>'), GBK_ZHONGWEN, GBK_ZHONGWEN, utf8('</p></text>'));
    expect(declaredCharset(bytes)).toBe('gb2312');
    expect(decodeBytes(bytes).text).toContain('<p>中文中文</p>');
  });

  it('ignores <script charset> and commented-out metas when reading the declaration', () => {
    const head = utf8('<script charset="utf-8" src="x.js"></script><!-- <meta charset="big5"> --><meta http-equiv="Content-Type" content="text/html; charset=GBK">');
    expect(declaredCharset(head)).toBe('gbk');
  });

  it('keeps a declared single-byte charset for Latin text', () => {
    const bytes = concat(utf8('<meta charset="windows-1252"><p>Caf'), [0xe9], utf8(' prices rose 3%</p>'));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Café prices rose 3%');
  });

  it.each([
    ['empty input', new Uint8Array(0), /empty input/],
    ['NUL bytes', concat(utf8('<html>'), [0, 0, 0, 1, 2, 3]), /binary data.*NUL/],
    ['a PNG image named .html', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('IHDR')), /PNG image/],
    ['a PDF named .html', utf8('%PDF-1.7\n1 0 obj'), /PDF document/],
    ['gzip-compressed HTML', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00]), /gzip/],
    ['control bytes', Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), /control bytes/],
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    expect(() => decodeBytes(bytes)).toThrow(UnusableInputError);
    expect(() => decodeBytes(bytes)).toThrow(reason);
  });

  it('refuses bytes that no Chinese or declared encoding can read', () => {
    const noise = Uint8Array.from({ length: 600 }, (_, i) => [0x81, 0x7f, 0xff, 0x80, 0xfe, 0x30][i % 6]!);
    expect(() => decodeBytes(noise)).toThrow(/undecodable bytes/);
  });
});

describe('a charset given by the transport', () => {
  // 全市共有养老床位 in Big5 has no meta declaration; the HTTP header says big5.
  const big5 = new Uint8Array(Buffer.from('a5fea5aba640a6b3be69a6d1a7c9a6ec', 'hex'));

  it('is used when the page declares none', () => {
    expect(decodeWithReport(big5, 'big5').decoded).toEqual({ text: '全市共有養老床位', encoding: 'big5' });
  });

  it('does not override valid UTF-8', () => {
    expect(decodeWithReport(new TextEncoder().encode('全市共有养老床位'), 'gbk').decoded.encoding).toBe('utf-8');
  });
});
