// Across articles (issue 16): the place of a claim, republished copies grouped by MinHash, the
// same quantity linked by its key (corroborated, or flagged with both sources), and the
// `numclaims check` edge on a dataset folder, grouped by article or not, with a bad line in it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckSchema, extractFromText, groupCopies, linkQuantities, quantityEntries, resolvePlace, signature, subjectKey, type Claim, type Extraction } from '../src/index.js';
import { writeChecks } from '../src/check/write-checks.js';

describe('the place a claim is about', () => {
  it.each([
    ['a scope word and the city in the title', '全市共有养老床位', '以民为天 合肥市民政为人民群众打造有温度体验', '中国企业报看安徽', '合肥市', 'scope-word'],
    ['a city named in the clause', '截至目前，合肥市已有示范企业', '民政工作综述', null, '合肥市', 'sentence'],
    ['a city in a 其中 breakdown', '全省新增绿色工厂14家，其中昆明市', '云南省工业和信息化厅通报', null, '昆明市', 'sentence'],
    ['全省 resolved by the publisher', '全省共有持证社工', '社会工作发展情况', '安徽省民政厅', '安徽省', 'scope-word'],
    ["全省 in a city's article: the city's province", '全省共有持证社工', '合肥市社会工作发展情况', null, '安徽省', 'scope-word'],
    ['全省 with only an unknown city', '全省共有持证社工', '云湾市社会工作发展情况', null, null, null],
    ['no scope word: the title', '共建成社区服务站', '云湾市民政事业发展综述', '柏溪市日报', '云湾市', 'title'],
    ['no scope word and no place in the title: the publisher', '共建成社区服务站', '民政事业发展综述', '云湾市民政局', '云湾市', 'publisher'],
    ['a title with 1-5月全市 names no place: the publisher', '全市规模以上工业增加值', '1-5月全市经济运行总体平稳', '江岚市统计局', '江岚市', 'scope-word'],
    ['the name nearest the figure', '高于台中市的十九．八萬元、台南市', '高雄家庭年均所得', null, '台南市', 'sentence'],
    ['全国 is the country, not the publisher', '全国城镇新增就业', '合肥市就业工作综述', null, '全国', 'scope-word'],
    ['在全省率先 compares and does not scope', '在全省率先建成示范站', '合肥市民政工作综述', null, '合肥市', 'title'],
    ['城市 is not a place', '建成城市社区养老服务站', '养老服务综述', null, null, null],
  ])('%s', (_name, lead, title, publisher, name, via) => {
    expect(resolvePlace(lead, { title, publisher })).toEqual(name === null ? null : { name, via });
  });

  it('is on every Chinese claim extraction makes, null when unknown', () => {
    const { claims } = extractFromText('全市共有养老床位63198张，其中昆明市3家。', { title: '合肥市养老服务发展情况' });
    expect(claims.map((claim) => claim.place)).toEqual([
      { name: '合肥市', via: 'scope-word' },
      { name: '昆明市', via: 'sentence' },
    ]);
    expect(extractFromText('共有养老床位63198张。', { title: '养老服务发展情况' }).claims[0]!.place).toBeNull();
  });
});

describe('subject keys', () => {
  it.each([
    ['全市共有公办幼儿园', '公办幼儿园'],
    ['全市公辦幼兒園', '公办幼儿园'],
    ['“十三五”期间累计新增就业', '十三五期间新增就业'],
  ])('%s → %s', (subject, key) => {
    expect(subjectKey(subject)).toBe(key);
  });
});

const body = (figure: string) =>
  `2023年，全市共有公办幼儿园${figure}所，在园幼儿15.62万人，学前教育毛入园率93.6%。全市将继续扩大普惠性学前教育资源供给，新建改扩建一批幼儿园，持续提升保教质量，推动学前教育普及普惠安全优质发展。`;

interface Source {
  text: string;
  title: string;
  publishedAt: string;
  url: string;
}

const sources: Source[] = [
  { text: body('583'), title: '云湾市学前教育发展情况', publishedAt: '2023-05-01', url: 'https://jyj.yunwan.example/1' },
  // The same release carried by a news site a day later, with its own heading line.
  { text: `转载：云湾市学前教育发展情况\n${body('583')}`, title: '云湾市学前教育发展情况', publishedAt: '2023-05-02', url: 'https://news.example/a' },
  { text: '云湾市教育局召开年度工作会议。会议通报，2023年，全市共有公办幼儿园583所，全年投入教育经费136.8亿元。', title: '云湾市教育局召开年度工作会议', publishedAt: '2023-06-01', url: 'https://jyj.yunwan.example/2' },
  { text: '云湾市人大常委会视察学前教育工作。据介绍，2023年，全市共有公办幼儿园590所，比规划多出7所。', title: '云湾市人大常委会视察学前教育工作', publishedAt: '2023-07-01', url: 'https://rd.yunwan.example/3' },
  { text: '柏溪市学前教育稳步发展。2023年，全市共有公办幼儿园400所。', title: '柏溪市学前教育稳步发展', publishedAt: '2023-05-01', url: 'https://jyj.baixi.example/4' },
];

const extractions: Extraction[] = sources.map((source) => extractFromText(source.text, { title: source.title, publishedAt: source.publishedAt, url: source.url }));

describe('republished copies', () => {
  const heads = groupCopies(extractions.map(({ article }) => ({ id: article.id, publishedAt: article.publishedAt, signature: signature(article.text) })));

  it('groups a copy with the earliest one, and nothing else with them', () => {
    const [first, copy, ...others] = extractions.map(({ article }) => article.id);
    expect(heads.get(copy!)).toBe(first);
    expect(heads.get(first!)).toBe(first);
    for (const other of others) expect(heads.get(other)).toBe(other);
  });
});

describe('the same quantity across articles', () => {
  const heads = groupCopies(extractions.map(({ article }) => ({ id: article.id, publishedAt: article.publishedAt, signature: signature(article.text) })));
  const entries = extractions.flatMap(({ article, claims }) => quantityEntries(claims, { id: article.id, publishedAt: article.publishedAt, url: article.url }));
  const links = linkQuantities(entries, heads);
  const link = links.find((check) => check.key?.includes('公办幼儿园'))!;

  it('links the claims of one place, period and subject, one per group of copies', () => {
    expect(link.key).toBe('云湾市|公办幼儿园|所|||2023-01-01/2023-12-31');
    expect(link.docIds).toEqual([extractions[0]!.article.id, extractions[2]!.article.id, extractions[3]!.article.id]);
    expect(link.places!.map((place) => place.place)).toEqual(['云湾市', '云湾市', '云湾市']);
  });

  it('flags 590 against 583 with both sources', () => {
    expect(link.verdict).toBe('inconsistent');
    expect([link.stated, link.expected]).toEqual([583, 590]);
    expect(link.note).toContain('https://jyj.yunwan.example/1');
    expect(link.note).toContain('https://rd.yunwan.example/3');
    expect(link.note).toContain('1 republished copy not counted');
  });

  it('counts the same figure from an independent source as corroboration, and a copy as nothing', () => {
    const agreeing = linkQuantities(entries.filter((entry) => entry.docId !== extractions[3]!.article.id), heads).find((check) => check.key === link.key)!;
    expect(agreeing.verdict).toBe('consistent');
    expect(agreeing.claimIds).toHaveLength(2);
    const onlyCopies = linkQuantities(entries.filter((entry) => [extractions[0]!.article.id, extractions[1]!.article.id].includes(entry.docId)), heads);
    expect(onlyCopies.filter((check) => check.key === link.key)).toEqual([]);
  });
});

describe('numclaims check on a dataset folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'numclaims-checks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seed = extractFromText(readFileSync(new URL('../corpus/hefei-minzheng-2020-12-28.txt', import.meta.url), 'utf8'), { source: 'corpus/hefei-minzheng-2020-12-28.txt' });
  const all = [seed, ...extractions];
  const lines = (records: unknown[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';

  async function run(claims: Claim[], extra = ''): Promise<{ checks: ReturnType<typeof CheckSchema.parse>[]; problems: number }> {
    writeFileSync(path.join(dir, 'articles.jsonl'), lines(all.map(({ article }) => article)));
    writeFileSync(path.join(dir, 'claims.jsonl'), lines(claims) + extra);
    const result = await writeChecks(dir);
    const checks = readFileSync(path.join(dir, 'checks.jsonl'), 'utf8').trim().split('\n').map((line) => CheckSchema.parse(JSON.parse(line)));
    return { checks, problems: result.problems.length };
  }

  it('writes valid check records and the schema: the seed flagged, the kindergartens flagged across articles', async () => {
    const { checks, problems } = await run(all.flatMap(({ claims }) => claims));
    expect(problems).toBe(0);
    expect(existsSync(path.join(dir, 'schema', 'check.json'))).toBe(true);
    const flagged = checks.filter((check) => check.verdict === 'inconsistent').map((check) => `${check.kind} ${check.stated}`);
    expect(flagged).toEqual(['rate 29.8', 'same-quantity 583']);
  });

  it('gives the same checks when the claims of an article are not together, and reports a bad line', async () => {
    const grouped = readFileSync(path.join(dir, 'checks.jsonl'), 'utf8');
    const claims = all.flatMap(({ claims }) => claims);
    const interleaved = claims.filter((_, i) => i % 2 === 0).concat(claims.filter((_, i) => i % 2 === 1));
    const { problems } = await run(interleaved, '{"not": "a claim"}\n');
    expect(problems).toBe(1);
    const sortLines = (text: string) => text.trim().split('\n').sort();
    expect(sortLines(readFileSync(path.join(dir, 'checks.jsonl'), 'utf8'))).toEqual(sortLines(grouped));
  });
});
