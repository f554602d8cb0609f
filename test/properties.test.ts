// Property tests (issue 17): for arbitrary strings, arbitrary Chinese and English text with
// numbers, and arbitrary HTML trees, extraction never throws; every claim's offsets point at its
// text; every value, range bound and per value is finite; every record passes its schema; ids
// are unique; the same input gives the same output. PROPERTY_RUNS sets the runs per property
// (10^4 here; `npm run bench:properties` runs 10^5). Inputs are short, so the suite stays fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ClaimSchema, ErrorRecordSchema, SCHEMA_VERSION, runPipeline, type RawInput } from '../src/index.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);

const digits = fc.stringMatching(/^[0-9]{1,30}$/);
const numberText = fc.oneof(
  digits,
  fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('1e400', '9'.repeat(400), '0.'.repeat(60), '1,234,567', '５．２７', '一千二百三十四', '两亿', '万万', '1.1.1.1', '-0', '0x1F', '３０％'),
);
const zhPiece = fc.constantFrom('万元', '亿元', '人次', '%', '个百分点', '公里', '增长', '下降', '同比', '比上年', '约', '超过', '2020年', '去年', '上半年', '，', '。', '、', '共发放临时救助金', '救助', '其中', '每千名老年人', '从', '提高至', '分别为', '\n', '《规划(2019-2021年)》', '一是', '二是');
const enPiece = fc.constantFrom(' million', ' billion', ' percent', '%', ' residents', ' homes', ' dollars', '$', ' up ', ' from ', ' to ', ' in 2023', ' last year', ', ', '. ', ' The county paid ', ' about ', ' more than ', '\n', ' per ', ' each');
const prose = fc.array(fc.oneof(numberText, zhPiece, enPiece, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));
const tagName = fc.constantFrom('div', 'p', 'span', 'table', 'tr', 'td', 'a', 'h1', 'pre', 'script', 'style', 'ul', 'li', 'br', 'article', 'nav');
const html = fc
  .letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, prose, fc.tuple(tagName, fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`), fc.constantFrom('<p', '<!--', '</div>', '&amp;', '&#x1F600;', '<br/>')),
  }))
  .node.map((body) => `<html><head><title>t</title></head><body>${body}</body></html>`);

function extract(content: string, format: 'html' | 'text'): ReturnType<typeof runPipeline> {
  const input: RawInput = { source: 'property', bytes: new TextEncoder().encode(content), formatHint: format, url: null, publishedAt: '2021-01-15' };
  return runPipeline(input);
}

/** Every invariant at once, so each generated input runs through the pipeline only twice. */
function holds(content: string, format: 'html' | 'text'): void {
  const result = extract(content, format);
  const again = extract(content, format);
  expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  for (const error of result.errors) {
    // A stage that threw is caught as an "internal error": extraction itself threw.
    expect(error.message).not.toMatch(/^internal error/);
    expect(ErrorRecordSchema.safeParse({ schemaVersion: SCHEMA_VERSION, ...error }).success).toBe(true);
  }
  if (!result.article) {
    expect(result.claims).toEqual([]);
    return;
  }
  expect(ArticleSchema.safeParse(result.article).success).toBe(true);
  const ids = new Set<string>();
  for (const claim of result.claims) {
    expect(ClaimSchema.safeParse(claim).success).toBe(true);
    expect(result.article.text.slice(claim.start, claim.end)).toBe(claim.text);
    for (const value of [claim.value, claim.range?.min, claim.range?.max, claim.per?.value]) if (value !== undefined && value !== null) expect(Number.isFinite(value)).toBe(true);
    expect(ids.has(claim.id)).toBe(false);
    ids.add(claim.id);
  }
}

describe('inputs that broke an invariant once', () => {
  it.each([
    // A point right before a scale word at the start of the text, where the noun phrase read the token before the first.
    ['. million0.0', 'text'],
    ['<html><head><title>t</title></head><body><div><div><div>.  million0.0</div>0.0!!分别为</div></div></body></html>', 'html'],
  ] as const)('%s', (content, format) => {
    holds(content, format);
  });
});

describe(`properties of extraction (${RUNS} runs each)`, () => {
  it.each([
    ['arbitrary strings as text', fc.string({ maxLength: 40, unit: 'grapheme' }), 'text'],
    ['Chinese and English text with numbers', prose, 'text'],
    ['arbitrary HTML trees', html, 'html'],
  ] as const)('%s: never throw, offsets hold, values finite, records valid, ids unique, deterministic', (_name, arbitrary, format) => {
    fc.assert(fc.property(arbitrary, (content) => {
      holds(content, format);
    }), { numRuns: RUNS });
  }, 600_000);
});
