// `numclaims serve` as a crawler meets it: the compiled CLI started on a free loopback port,
// every route and every error status, concurrent answers equal to the library's, and SIGTERM
// letting a request in flight finish. Loops are bounded in count and time.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryBuilds } from '../src/core/adapters/jieba.js';
import { createExtractor, extractFromHtml, extractFromText } from '../src/index.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const READY_WITHIN_MS = 90_000;

interface Server {
  process: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startServer(args: string[]): Promise<Server> {
  const child = spawn(process.execPath, [CLI, 'serve', '--host', '127.0.0.1', '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line within ${READY_WITHIN_MS} ms: ${stderr}`)), READY_WITHIN_MS);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
  });
  return { process: child, url, stderr: () => stderr, exited };
}

/** Polls /healthz until 200; every answer before it must say "loading". */
async function waitUntilReady(server: Server): Promise<string[]> {
  const seen: string[] = [];
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    const response = await fetch(`${server.url}/healthz`);
    const body = (await response.json()) as { status: string };
    seen.push(`${response.status} ${body.status}`);
    if (response.status === 200) return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready within ${READY_WITHIN_MS} ms: ${seen.slice(-3).join(', ')}`);
}

/**
 * A client like fetch or Python's requests: it sends the whole body before it reads the answer,
 * and fails when the connection is reset while it writes. It pauses after each part, so a server
 * that answers and closes before the body is in (as soon as it sees the size) has done so before
 * the next part goes; fetch hit that reset in a race, about one large request in five.
 */
async function sendWholeBodyThenRead(url: string, parts: Buffer[], chunked: boolean): Promise<string> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const received: Buffer[] = [];
  let failure: Error | undefined;
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', (error) => (failure ??= error));
  const closed = new Promise((resolve) => socket.once('close', resolve));
  const write = (data: Buffer | string) => new Promise<void>((resolve) => socket.write(data, (error) => resolve(void (failure ??= error ?? undefined))));
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  await write(`POST /v1/extract HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: text/plain\r\n${chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`}\r\n\r\n`);
  for (const part of parts) {
    if (failure) break;
    await write(chunked ? Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')]) : part);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  if (chunked && !failure) await write('0\r\n\r\n');
  const timer = setTimeout(() => socket.destroy(new Error('no answer within 30 s')), 30_000);
  await closed;
  clearTimeout(timer);
  if (failure) throw failure;
  return Buffer.concat(received).toString('utf8');
}

const post = (url: string, contentType: string, body: string | Uint8Array) => fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

const texts = [
  '2023年全市新建学校12所，比上年增长20%。',
  '全年共完成固定资产投资1.5万亿元，同比增长8.3%。',
  '截至6月底，全省城镇登记失业率为3.2%，新增就业岗位45万个。',
  'The county spent $4.5 million on 120 new homes in 2023, up 15% from a year earlier.',
  'Unemployment fell to 3.9 percent in May, and 2,400 jobs were added.',
  '今年1至5月，全市接待游客3200万人次，实现旅游收入260亿元。',
];

let server: Server;

beforeAll(async () => {
  server = await startServer(['--workers', '2', '--body-limit', '1']);
});

afterAll(() => {
  if (server.process.exitCode === null) server.process.kill('SIGKILL');
});

describe('numclaims serve', () => {
  it('says loading until every worker has loaded the dictionary, then ready', async () => {
    const seen = await waitUntilReady(server);
    expect(seen.at(-1)).toBe('200 ready');
    expect(seen.slice(0, -1).every((answer) => answer === '503 loading')).toBe(true);
  });

  it('answers concurrent JSON requests exactly as extractFromText does', async () => {
    const answers = await Promise.all(texts.map((text) => post(`${server.url}/v1/extract`, 'application/json', JSON.stringify({ text }))));
    for (const [i, response] of answers.entries()) {
      expect(response.status).toBe(200);
      const body = (await response.json()) as { article: unknown; claims: unknown[]; diagnostics: unknown[]; errors: unknown[] };
      const expected = extractFromText(texts[i]!);
      expect(body.article).toEqual(expected.article);
      expect(body.claims).toEqual(expected.claims);
      expect(body.claims.length).toBeGreaterThan(0);
      expect(body.diagnostics).toEqual(expected.article.diagnostics);
      expect(body.errors).toEqual([]);
    }
  });

  it('reads a raw text/plain body in the charset its Content-Type names, with metadata from the query', async () => {
    const text = '全市共有人口100万人，比上年增长2%。';
    const gbk = Buffer.from('c8abcad0b9b2d3d0c8cbbfda313030cdf2c8cba3acb1c8c9cfc4ead4f6b3a43225a1a3', 'hex');
    const response = await post(`${server.url}/v1/extract?url=${encodeURIComponent('https://example.org/a')}&title=${encodeURIComponent('人口')}`, 'text/plain; charset=GBK', gbk);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { article: { text: string; url: string; title: string; encoding: string }; claims: { text: string }[] };
    expect(body.article.text).toBe(text);
    expect(body.article.url).toBe('https://example.org/a');
    expect(body.article.title).toBe('人口');
    expect(body.claims.map((claim) => claim.text)).toEqual(extractFromText(text).claims.map((claim) => claim.text));
  });

  it('reads a raw text/html body as extractFromHtml does', async () => {
    const html = '<html><head><title>Budget</title></head><body><article><h1>Budget</h1><p>The city will spend $12 million on 30 new buses next year, officials said on Monday after a long debate.</p></article></body></html>';
    const response = await post(`${server.url}/v1/extract`, 'text/html; charset=utf-8', html);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { article: unknown; claims: unknown[] };
    const expected = extractFromHtml(html);
    expect(body.article).toEqual(expected.article);
    expect(body.claims).toEqual(expected.claims);
  });

  it('warns in diagnostics when the text is not in the language the request names', async () => {
    const response = await post(`${server.url}/v1/extract`, 'application/json', JSON.stringify({ text: texts[0], lang: 'en' }));
    const body = (await response.json()) as { diagnostics: { ruleId: string }[] };
    expect(body.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('server/lang-mismatch');
  });

  it.each([
    ['malformed JSON', 'application/json', '{"text": "2023年', 400],
    ['an empty JSON body', 'application/json', '', 400],
    ['a JSON body with neither text nor html', 'application/json', '{"title":"x"}', 400],
    ['a JSON body with both text and html', 'application/json', '{"text":"a","html":"<p>a</p>"}', 400],
    ['a JSON body with an unknown field', 'application/json', '{"txt":"全市共有人口100万人。"}', 400],
    ['a JSON body whose text is not a string', 'application/json', '{"text":12}', 400],
    ['a query field that does not exist', 'text/plain', '全市共有人口100万人。', 400, '?colour=red'],
    ['a body over the size limit', 'text/plain', '字'.repeat(400_000), 413],
    ['XML', 'application/xml', '<a>1</a>', 415],
    ['a form', 'application/x-www-form-urlencoded', 'text=1', 415],
    ['an empty text', 'application/json', '{"text":""}', 422],
    ['a page with no running text', 'text/html', '<html><body><nav>Home</nav></body></html>', 422],
    ['binary bytes', 'text/plain', '\u0000\u0001\u0002\u0003'.repeat(100), 422],
  ])('answers %s with %i', async (_name, contentType, body, status, query = '') => {
    const response = await post(`${server.url}/v1/extract${query}`, contentType, body);
    expect(response.status).toBe(status);
    const answer = (await response.json()) as { message?: string; errors?: { stage: string; message: string }[] };
    if (status === 422) {
      expect(answer.errors!.length).toBeGreaterThan(0);
      expect(answer.errors![0]!.message.length).toBeGreaterThan(0);
    } else expect(answer.message!.length).toBeGreaterThan(0);
  });

  it.each([
    ['with a Content-Length', false],
    ['in chunks, with no Content-Length', true],
  ])('answers a body three times over the size limit sent %s with 413 to a client that reads only after sending it all', async (_name, chunked) => {
    const part = Buffer.from('字'.repeat(370_000));
    const answer = await sendWholeBodyThenRead(server.url, [part, part, part], chunked);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/too large/i);
  });

  it('answers an unknown route with 404', async () => {
    expect((await fetch(`${server.url}/v2/nothing`)).status).toBe(404);
  });

  it('answers a JSON Lines batch with one line per input, in order, bad lines as error records', async () => {
    const input = [JSON.stringify({ text: texts[0] }), '', 'not json', JSON.stringify({ text: texts[3] }), JSON.stringify({ texts: 'x' }), JSON.stringify({ text: '' }), JSON.stringify({ text: texts[1] })].join('\n') + '\n';
    const response = await post(`${server.url}/v1/extract/batch`, 'application/x-ndjson', input);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const answers = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { line: number; claims?: unknown[]; errors: { stage: string }[] });
    expect(answers.map((answer) => answer.line)).toEqual([1, 3, 4, 5, 6, 7]);
    expect(answers[0]!.claims).toEqual(extractFromText(texts[0]!).claims);
    expect(answers[2]!.claims).toEqual(extractFromText(texts[3]!).claims);
    expect(answers[5]!.claims).toEqual(extractFromText(texts[1]!).claims);
    expect(answers[1]!.errors[0]!.stage).toBe('request');
    expect(answers[3]!.errors[0]!.stage).toBe('request');
    expect(answers[4]!.errors[0]!.stage).toBe('decode');
  });

  it('answers a batch line over the limit with an error line and goes on', async () => {
    const input = `${JSON.stringify({ text: '字'.repeat(400_000) })}\n${JSON.stringify({ text: texts[2] })}\n`;
    const response = await post(`${server.url}/v1/extract/batch`, 'application/jsonl', input);
    const answers = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { line: number; claims?: unknown[]; errors: { message: string }[] });
    expect(answers.map((answer) => answer.line)).toEqual([1, 2]);
    expect(answers[0]!.errors[0]!.message).toMatch(/longer than the limit/);
    expect(answers[1]!.claims).toEqual(extractFromText(texts[2]!).claims);
  });

  it('refuses a batch that is not JSON Lines with 415', async () => {
    expect((await post(`${server.url}/v1/extract/batch`, 'application/json', '{"text":"a"}')).status).toBe(415);
  });

  it('counts requests, claims and errors in /metrics', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = await response.text();
    const value = (pattern: RegExp) => Number(pattern.exec(metrics)?.[1] ?? NaN);
    expect(value(/^numclaims_http_requests_total\{route="\/v1\/extract",method="POST",status="200"\} (\d+)$/m)).toBeGreaterThanOrEqual(texts.length);
    expect(value(/^numclaims_http_requests_total\{route="\/v1\/extract",method="POST",status="415"\} (\d+)$/m)).toBe(2);
    expect(value(/^numclaims_claims_total (\d+)$/m)).toBeGreaterThan(texts.length);
    expect(value(/^numclaims_extraction_errors_total\{stage="decode"\} (\d+)$/m)).toBeGreaterThanOrEqual(2);
    expect(value(/^numclaims_http_request_duration_seconds_count\{route="\/v1\/extract"\} (\d+)$/m)).toBeGreaterThan(texts.length);
    expect(value(/^numclaims_ready (\d)$/m)).toBe(1);
  });

  it('describes every route in /openapi.json, with the dataset schemas', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(['/', '/healthz', '/metrics', '/openapi.json', '/v1/extract', '/v1/extract/batch']);
    const ok = document.paths['/v1/extract']!.post!.responses['200']!.content['application/json']!.schema;
    expect(Object.keys(ok.properties!)).toEqual(['article', 'claims', 'diagnostics', 'errors']);
    expect(Object.keys(document.paths['/v1/extract']!.post!.responses).sort()).toEqual(['200', '400', '413', '415', '422', '504']);
  });

  it('serves the page with a policy that allows only its own script, style and requests', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; connect-src 'self'/);
    const page = await response.text();
    expect(page).toContain('/v1/extract');
    expect(page).not.toMatch(/innerHTML/);
  });

  it('on SIGTERM finishes the batch in flight, refuses new connections, and exits 0', async () => {
    const { hostname, port } = new URL(server.url);
    const output: string[] = [];
    let firstLine: () => void;
    const gotFirstLine = new Promise<void>((resolve) => (firstLine = resolve));
    const request = httpRequest({ host: hostname, port, method: 'POST', path: '/v1/extract/batch', headers: { 'content-type': 'application/x-ndjson' } });
    const finished = new Promise<number>((resolve, reject) => {
      request.on('response', (response) => {
        let buffered = '';
        response.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          if (buffered.includes('\n')) firstLine();
        });
        response.on('end', () => {
          output.push(...buffered.trim().split('\n'));
          resolve(response.statusCode!);
        });
      });
      request.on('error', reject);
    });
    request.write(JSON.stringify({ text: texts[0] }) + '\n');
    await gotFirstLine;
    server.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    request.end(JSON.stringify({ text: texts[4] }) + '\n');
    expect(await finished).toBe(200);
    const answers = output.map((line) => JSON.parse(line) as { line: number; claims: unknown[] });
    expect(answers.map((answer) => answer.line)).toEqual([1, 2]);
    expect(answers[1]!.claims).toEqual(extractFromText(texts[4]!).claims);
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toMatch(/SIGTERM: finishing the requests in flight/);
  });
});

describe('numclaims serve with a time limit shorter than any extraction', () => {
  it('answers 504 and counts the time-out', async () => {
    const limited = await startServer(['--workers', '1', '--time-limit', '0.001']);
    try {
      await waitUntilReady(limited);
      const long = texts.join('').repeat(200);
      const response = await post(`${limited.url}/v1/extract`, 'application/json', JSON.stringify({ text: long }));
      expect(response.status).toBe(504);
      expect(((await response.json()) as { message: string }).message).toMatch(/did not finish within 1 ms/);
      expect(await (await fetch(`${limited.url}/metrics`)).text()).toMatch(/^numclaims_extraction_timeouts_total 1$/m);
    } finally {
      limited.process.kill('SIGTERM');
      expect(await limited.exited).toBe(0);
    }
  });
});

describe('createExtractor', () => {
  it('loads the dictionary once, building it once, and extracts as extractFromText does', () => {
    const extractor = createExtractor();
    expect(dictionaryBuilds()).toBe(process.platform === 'win32' ? 2 : 1);
    for (const text of texts) expect(extractor.extractFromText(text)).toEqual(extractFromText(text));
  });
});
