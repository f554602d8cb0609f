// The seed press release end to end: the claims the foundation issue names, the numbers that
// must not become claims, offsets, schemas, and the lead paragraph printed once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ClaimSchema, extractFromText } from '../src/index.js';

const raw = readFileSync(new URL('../corpus/hefei-minzheng-2020-12-28.txt', import.meta.url), 'utf8');
const { article, claims } = extractFromText(raw, { source: 'corpus/hefei-minzheng-2020-12-28.txt' });

describe('seed article', () => {
  it('reads the metadata line and the title', () => {
    expect(article.title).toBe('以民为天 合肥市民政为人民群众打造有温度体验');
    expect(article.publishedAt).toBe('2020-12-28T16:01:00+08:00');
    expect(article.publisher).toBe('中国企业报看安徽');
    expect(article.authors).toEqual(['张骅', '吴明', '张晓梅']);
    expect(article.lang).toBe('zh');
  });

  it('holds the twice-printed lead paragraph once, and no breadcrumb or byline', () => {
    expect(article.text.split('12月28日,合肥市民政局党组成员').length - 1).toBe(1);
    expect(article.text).not.toContain('当前位置');
    expect(article.text).not.toContain('来源:');
  });

  it.each([
    ['13830.6万元', 138306000, 'money', 'CNY'],
    ['5.27万人次', 52700, 'count', '人次'],
    ['63198张', 63198, 'count', '张'],
    ['46.63张', 46.63, 'count', '张'],
    ['1.46‰', 1.46, 'permille', '‰'],
    ['130万', 1300000, 'number', null],
    ['16%', 16, 'percent', '%'],
    ['23657.11万元', 236571100, 'money', 'CNY'],
    ['2.3亿元', 230000000, 'money', 'CNY'],
    ['1852.2446万元', 18522446, 'money', 'CNY'],
    ['三个', 3, 'count', '个'],
    ['一部', 1, 'count', '部'],
  ] as const)('%s = %s %s %s', (text, value, kind, unit) => {
    const claim = claims.find((c) => c.text === text);
    expect(claim, text).toBeDefined();
    expect(claim!.value).toBe(value);
    expect(claim!.kind).toBe(kind);
    expect(claim!.unit).toBe(unit);
  });

  it('marks 超过130万 as more than', () => {
    expect(claims.find((c) => c.text === '130万')!.approx).toBe('gt');
  });

  // Each phrase is in the seed's text (16:01, the release time, is in its metadata only, so it is tested in extract-zh).
  it.each(['2016年', '12月28日', '2020年11月', '十三五', '1+3+X', '11143', '第二批'])('makes no claim of %s', (text) => {
    const at: number[] = [];
    for (let i = article.text.indexOf(text); i >= 0; i = article.text.indexOf(text, i + 1)) at.push(i);
    expect(at.length, `${text} is not in the seed's text`).toBeGreaterThan(0);
    for (const start of at) {
      const overlapping = claims.filter((c) => c.start < start + text.length && c.end > start);
      expect(overlapping.map((c) => c.text)).toEqual([]);
    }
  });

  it('gives every claim exact offsets, its sentence and a valid record', () => {
    expect(claims.length).toBeGreaterThan(80);
    for (const claim of claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(article.text.slice(claim.sentenceStart, claim.sentenceStart + claim.sentence.length)).toBe(claim.sentence);
      expect(ClaimSchema.safeParse(claim).success).toBe(true);
    }
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });

  it('names the subject and the period of the headline figures', () => {
    const relief = claims.find((c) => c.text === '13830.6万元')!;
    expect(relief.subject).toBe('临时救助金');
    expect(relief.time).toMatchObject({ text: '五年来', start: '2016-01-01', end: '2020-12-31' });
    expect(claims.find((c) => c.text === '1573人')!.time).toMatchObject({ start: '2020-12-01', end: '2020-12-31' });
  });
});
