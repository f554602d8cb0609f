// The segmenter on a thread of its own (src/core/adapters/jieba-thread.ts), as a cold CLI run
// uses it: the built code in dist/, since the thread runs the compiled script. The in-process
// executor (and the CLI, for a single page) starts it only for an input that looks Chinese,
// and tagging through it gives the same words, tags and records as the segmenter loaded in
// this thread. A cold CLI run's manifest says, worker by worker, whether the dictionary load
// started before the worker began its first input: it does when the first inputs look Chinese.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { dictionaryBuilds, tagTexts } from '../src/core/adapters/jieba.js';
import type { RawInput } from '../src/core/document.js';
import { inProcessExecutor as inProcessExecutorHere } from '../src/io/batch/executors.js';

type Executors = typeof import('../src/io/batch/executors.js');
type Adapter = typeof import('../src/core/adapters/jieba.js');
const built = async <T>(file: string) => (await import(new URL(`../dist/${file}`, import.meta.url).href)) as T;

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/parse/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const ENGLISH = readFileSync(new URL('../corpus/en-housing-2024-06-03.html', import.meta.url));
const CHINESE = '2023年全市新建学校12所，比上年增长20%。截至6月底，全省城镇登记失业率为3.2%，新增就业岗位45万个。';

const input = (source: string, bytes: Uint8Array, formatHint: 'html' | 'text'): RawInput => ({ source, bytes, formatHint, url: null, publishedAt: null, title: null });

describe('mayHoldChinese', () => {
  it.each([
    ['Chinese in UTF-8', true, utf8(CHINESE)],
    ['undeclared GBK', true, fixture('gbk-undeclared.html')],
    ['undeclared Big5', true, fixture('big5-undeclared.html')],
    ['an English page', false, new Uint8Array(ENGLISH)],
    ['English with accented names in UTF-8', false, utf8('Café owner Zoë Müller and André Gómez paid €4.5 million; '.repeat(40))],
    ['English with accented names in Windows-1252', false, latin1('Café owner Zoë Müller and André Gómez paid 4.5 million; '.repeat(40))],
    ['a few Chinese characters in an English text', false, utf8('The Jiangsu (江苏) plan and the Hefei (合肥) report: 4.5 million homes. '.repeat(2))],
  ])('%s → %s', async (_label, expected, bytes) => {
    const { mayHoldChinese } = await built<Adapter>('core/adapters/jieba.js');
    expect(mayHoldChinese(bytes)).toBe(expected);
  });
});

// One module state for the rows below, in order: the English input comes first, before anything has started the thread.
describe('the in-process executor of a cold run', () => {
  it('does not load the segmenter for an English input', async () => {
    const { inProcessExecutor } = await built<Executors>('io/batch/executors.js');
    const jieba = await built<Adapter>('core/adapters/jieba.js');
    const executor = await inProcessExecutor();
    const { records } = await executor.run(input('english.html', new Uint8Array(ENGLISH), 'html'));
    expect(records.claims.length).toBeGreaterThan(0);
    expect(jieba.tagsOnSegmenterThread()).toBe(false);
    expect(jieba.dictionaryBuilds()).toBeNull();
  });

  it('tags a Chinese input on the segmenter thread, with the records of a segmenter in this thread', async () => {
    const { inProcessExecutor } = await built<Executors>('io/batch/executors.js');
    const jieba = await built<Adapter>('core/adapters/jieba.js');
    const chinese = input('chinese.txt', utf8(CHINESE.repeat(3)), 'text');
    const onThread = await (await inProcessExecutor()).run(chinese);
    expect(jieba.tagsOnSegmenterThread()).toBe(true);
    // The TypeScript sources have no compiled thread script, so these load the segmenter here.
    const here = await (await inProcessExecutorHere()).run(chinese);
    expect(jieba.dictionaryBuilds()).toBe(dictionaryBuilds());
    expect(onThread.records.claims.length).toBeGreaterThan(0);
    expect(onThread.records).toEqual(here.records);
  });

  it.each([
    ['全年共完成固定资产投资1.5万亿元，同比增长8.3%。'],
    ['今年1至5月，全市接待游客3200万人次，实现旅游收入260亿元。'],
    ['中华人民共和国国家统计局发布的数据显示，粮食总产量为6.9亿吨。'],
    ['全縣新建學校12所，比上年增長20%。'],
  ])('words and tags of %s are the same on the thread', async (sentence) => {
    const jieba = await built<Adapter>('core/adapters/jieba.js');
    expect(jieba.tagsOnSegmenterThread()).toBe(true);
    const pieces = [{ text: sentence, base: 0 }, { text: sentence.slice(4), base: 4 }];
    const onThread = jieba.tagTexts(pieces);
    expect(onThread[0]!.length).toBeGreaterThan(3);
    expect(onThread).toEqual(tagTexts(pieces));
  });
});

interface ThreadEntry {
  threadId: number;
  inputs: number;
  firstInputMs?: number;
  dictionaryMs?: { started: number; loaded: number | null };
}

describe('a cold CLI run, worker by worker (manifest threads)', () => {
  const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const work = mkdtempSync(path.join(tmpdir(), 'numclaims-cold-threads-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const at = path.join(work, name);
    writeFileSync(at, content);
    return at;
  };
  const chinese = (n: number) => file(`chinese-${n}.txt`, `${CHINESE}\n第${n}季度全市新增就业${n}万人。\n`);
  const english = () => file('english.html', ENGLISH);

  /** The manifest's thread entries of `numclaims extract INPUTS --workers N`. */
  async function threadsOf(inputs: string[], workers: number): Promise<ThreadEntry[]> {
    const out = mkdtempSync(path.join(work, 'out-'));
    await promisify(execFile)(process.execPath, [CLI, 'extract', ...inputs, '--out', out, '--workers', String(workers)]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { threads: ThreadEntry[]; counts: { articles: number } };
    expect(manifest.counts.articles).toBe(inputs.length);
    return manifest.threads;
  }

  it('one Chinese page: the load starts before the worker begins it (the CLI starts it on reading the file), and ends', async () => {
    const [thread, ...others] = await threadsOf([chinese(1)], 1);
    expect(others).toEqual([]);
    expect(thread!.dictionaryMs!.started).toBeLessThan(thread!.firstInputMs!);
    expect(thread!.dictionaryMs!.loaded).toBeGreaterThan(thread!.dictionaryMs!.started);
  });

  it('five Chinese pages on two workers: every worker that ran one started its load before its first input', async () => {
    const threads = await threadsOf([1, 2, 3, 4, 5].map(chinese), 2);
    expect(threads.length).toBeGreaterThan(0);
    for (const thread of threads) expect(thread.dictionaryMs!.started).toBeLessThan(thread.firstInputMs!);
  });

  it('an English page alone: the dictionary never loads', async () => {
    const threads = await threadsOf([english()], 1);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.firstInputMs).toBeGreaterThanOrEqual(0);
    expect(threads[0]!.dictionaryMs).toBeUndefined();
  });

  it('an English page, then a Chinese one: the load starts only when the Chinese page needs it', async () => {
    const [thread] = await threadsOf([english(), chinese(6)], 1);
    expect(thread!.inputs).toBe(2);
    expect(thread!.dictionaryMs!.started).toBeGreaterThan(thread!.firstInputMs!);
  });
});
