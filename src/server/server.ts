// `numclaims serve`: the library over HTTP, for crawlers in any language. Fastify with zod as
// the type provider; the CPU work (decode, parse, extract, validate, serialise) runs on the
// worker pool, each worker loading the dictionary once at start, so the event loop only moves
// bytes. Answers are the dataset's own records; bad input is a 4xx answer with a reason, never
// a 500. A request waits for the workers while they load; /healthz says when they have.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RawInput } from '../core/document.js';
import { SCHEMA_VERSION, type Article, type Diagnostic } from '../core/schema.js';
import { WorkerPool } from '../io/batch/worker-pool.js';
import type { WorkerReply } from '../io/batch/worker.js';
import { readLines, type InputLine } from './lines.js';
import { ServerMetrics } from './metrics.js';
import { openApiDocument, type RouteDocument } from './openapi.js';
import { PAGE, PAGE_SECURITY_POLICY } from './page.js';
import {
  BatchLineSchema,
  ExtractRequestSchema,
  ExtractResponseSchema,
  HealthSchema,
  HttpErrorSchema,
  RawBodyQuerySchema,
  UnusableInputSchema,
  type ExtractRequest,
} from './schemas.js';

export interface ServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  workers: number;
  /** The largest request body, and the largest line of a batch body. */
  bodyLimitBytes: number;
  /** How long one document may take before its answer is 504. */
  timeLimitMs: number;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = { host: '127.0.0.1', port: 8080, workers: 2, bodyLimitBytes: 10 * 1024 * 1024, timeLimitMs: 30_000 };

export interface RunningServer {
  url: string;
  /** Resolves when every worker has loaded the dictionary; rejects when the workers cannot start. */
  ready: Promise<void>;
  /** Stops taking requests, lets those in flight finish, then stops the workers. */
  close(): Promise<void>;
}

const RAW_TYPES = ['text/html', 'text/plain'];
const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines'];
// A sentence with a claim: it runs every stage, the segmenter included, once on each worker.
const WARM_UP_TEXT = '2023年全市新建学校12所，同比增长20%。';

class WorkersUnavailableError extends Error {
  readonly statusCode = 503;
}

interface Answer {
  status: 200 | 422 | 504;
  /** The JSON text of the answer, built from record lines the worker already validated and serialised. */
  body: string;
}

const jsonError = (status: number, message: string) => JSON.stringify({ statusCode: status, error: STATUS_CODES[status], message });

function errorRecordLine(source: string, stage: string, message: string): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, source, stage, message, docId: null });
}

function charsetOf(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match ? match[1]! : null;
}

function inputOf(request: Omit<ExtractRequest, 'text' | 'html'>, bytes: Uint8Array, format: 'html' | 'text', charset: string | null): RawInput {
  return {
    source: request.source ?? format,
    bytes,
    formatHint: format,
    url: request.url ?? null,
    publishedAt: request.publishedAt ?? null,
    title: request.title ?? null,
    charset,
  };
}

function jsonInput(request: ExtractRequest): RawInput {
  const format = request.html !== undefined ? 'html' : 'text';
  return inputOf(request, Buffer.from(request.html ?? request.text ?? '', 'utf8'), format, null);
}

const lines = (text: string) => (text ? text.slice(0, -1).split('\n') : []);

// How much of a refused body the server reads, as multiples of the body limit, and for how long.
const DISCARD_LIMIT_FACTOR = 4;
const DISCARD_TIME_LIMIT_MS = 10_000;

/**
 * Reads and drops the rest of a body that is over the limit, up to a bound in bytes and time, and
 * resolves when it is gone. Fastify answers 413 with `Connection: close`; closing a socket with
 * the body still arriving resets the connection, and a client that reads its answer only once it
 * has sent the whole body (fetch, Python requests) then sees EPIPE or ECONNRESET instead of the
 * 413. A body beyond the bound is not read: the answer goes at once and the reset is the sender's.
 */
function discardBody(request: IncomingMessage, limitBytes: number): Promise<void> {
  const declared = Number(request.headers['content-length']);
  if (request.complete || request.destroyed || declared > limitBytes) return Promise.resolve();
  return new Promise((resolve) => {
    let read = 0;
    const finish = () => {
      clearTimeout(timer);
      request.off('data', onData).off('end', finish).off('error', finish).off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > limitBytes) finish();
    };
    const timer = setTimeout(finish, DISCARD_TIME_LIMIT_MS);
    request.on('data', onData).on('end', finish).on('error', finish).on('close', finish);
    request.resume();
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const metrics = new ServerMetrics();
  const pool = new WorkerPool(options.workers, new URL('./extract-worker.js', import.meta.url));
  let state: 'loading' | 'ready' | 'draining' = 'loading';

  async function extract(input: RawInput, lang: 'zh' | 'en' | undefined): Promise<Answer> {
    metrics.inFlight++;
    let timer: NodeJS.Timeout | undefined;
    let reply: WorkerReply | 'timed-out';
    try {
      const timeLimit = new Promise<'timed-out'>((resolve) => (timer = setTimeout(resolve, options.timeLimitMs, 'timed-out')));
      reply = await Promise.race([pool.run(input), timeLimit]);
    } catch (error) {
      throw new WorkersUnavailableError((error as Error).message);
    } finally {
      clearTimeout(timer);
      metrics.inFlight--;
    }
    if (reply === 'timed-out') {
      metrics.timeouts.add();
      return { status: 504, body: jsonError(504, `extraction did not finish within ${options.timeLimitMs} ms`) };
    }
    if ('failure' in reply) {
      metrics.documents.add({ outcome: 'error' });
      metrics.errors.add({ stage: reply.stage });
      return { status: 422, body: `{"errors":[${errorRecordLine(input.source, reply.stage, reply.failure)}]}` };
    }
    const { records } = reply;
    const errorLines = lines(records.errors);
    for (const line of errorLines) metrics.errors.add({ stage: (JSON.parse(line) as { stage: string }).stage });
    if (!records.articles) {
      metrics.documents.add({ outcome: 'error' });
      return { status: 422, body: `{"errors":[${errorLines.join(',')}]}` };
    }
    metrics.documents.add({ outcome: 'article' });
    metrics.claims.add({}, records.counts.claims);
    const articleLine = records.articles.slice(0, -1);
    const article = JSON.parse(articleLine) as Article;
    const diagnostics: Diagnostic[] = [...article.diagnostics];
    if (lang && article.lang !== lang && article.lang !== 'mixed') {
      diagnostics.push({ severity: 'warning', ruleId: 'server/lang-mismatch', reason: `the request says ${lang}, the text reads as ${article.lang}` });
    }
    return { status: 200, body: `{"article":${articleLine},"claims":[${lines(records.claims).join(',')}],"diagnostics":${JSON.stringify(diagnostics)},"errors":[${errorLines.join(',')}]}` };
  }

  async function answerLine(line: InputLine): Promise<string> {
    const numbered = (body: string) => `{"line":${line.number},${body.slice(1)}\n`;
    const refuse = (message: string) => numbered(`{"errors":[${errorRecordLine(`line ${line.number}`, 'request', message)}]}`);
    if ('tooLong' in line) return refuse(`the line is longer than the limit of ${options.bodyLimitBytes} bytes`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(line.text);
    } catch (error) {
      return refuse(`malformed JSON: ${(error as Error).message}`);
    }
    const request = ExtractRequestSchema.safeParse(parsed);
    if (!request.success) return refuse(`not an extract request: ${z.prettifyError(request.error).replace(/\n/g, ' ')}`);
    const answer = await extract(jsonInput(request.data), request.data.lang);
    if (answer.status === 504) return refuse(`extraction did not finish within ${options.timeLimitMs} ms`);
    return numbered(answer.body);
  }

  /** Answers in input order, each written as soon as it and those before it are done; at most `window` documents in flight. */
  function answerStream(body: Readable): Readable {
    const out = new PassThrough();
    const window = Math.max(4, options.workers * 4);
    void (async () => {
      const written: Promise<void>[] = [];
      let previous = Promise.resolve();
      for await (const line of readLines(body, options.bodyLimitBytes)) {
        if (out.destroyed) break;
        const answer = answerLine(line);
        previous = previous.then(async () => {
          const text = await answer;
          if (!out.destroyed && !out.write(text)) await new Promise((resolve) => (out.once('drain', resolve), out.once('close', resolve)));
        });
        written.push(previous);
        if (written.length >= window) await written.shift();
      }
      await previous;
      out.end();
    })().catch((error: Error) => out.destroy(error));
    return out;
  }

  const routes: RouteDocument[] = [
    {
      method: 'post',
      url: '/v1/extract',
      summary: 'Claims of one document: a JSON body, or the page itself as text/html or text/plain (charset from Content-Type, then the page; metadata in the query string).',
      query: RawBodyQuerySchema,
      body: [
        { contentType: 'application/json', schema: ExtractRequestSchema, description: 'the document and its metadata' },
        { contentType: 'text/html', description: 'an HTML page' },
        { contentType: 'text/plain', description: 'a plain-text article' },
      ],
      answers: {
        200: { description: 'the article, its claims and diagnostics', contentType: 'application/json', schema: ExtractResponseSchema },
        400: { description: 'malformed JSON, or a body or query that does not match the schema', contentType: 'application/json', schema: HttpErrorSchema },
        413: { description: 'the body is larger than the limit', contentType: 'application/json', schema: HttpErrorSchema },
        415: { description: 'a content type other than JSON, text/html or text/plain', contentType: 'application/json', schema: HttpErrorSchema },
        422: { description: 'no article could be made of the input: the error records say why', contentType: 'application/json', schema: UnusableInputSchema },
        504: { description: 'extraction took longer than the time limit', contentType: 'application/json', schema: HttpErrorSchema },
      },
    },
    {
      method: 'post',
      url: '/v1/extract/batch',
      summary: 'Claims of many documents: JSON Lines in (one extract request a line), JSON Lines out, streamed, one answer a line in input order.',
      body: [{ contentType: 'application/x-ndjson', schema: ExtractRequestSchema, description: 'one extract request a line (also application/jsonl)' }],
      answers: {
        200: { description: 'one line per input line; a bad line answers with its error record', contentType: 'application/x-ndjson', schema: BatchLineSchema },
        415: { description: 'a content type other than JSON Lines', contentType: 'application/json', schema: HttpErrorSchema },
      },
    },
    {
      method: 'get',
      url: '/healthz',
      summary: 'Ready (200) once every worker has loaded the dictionary; 503 while loading or draining.',
      answers: {
        200: { description: 'ready', contentType: 'application/json', schema: HealthSchema },
        503: { description: 'loading or draining', contentType: 'application/json', schema: HealthSchema },
      },
    },
    { method: 'get', url: '/metrics', summary: 'Prometheus metrics: requests, latency histogram, documents, claims, errors.', answers: { 200: { description: 'Prometheus text format 0.0.4', contentType: 'text/plain' } } },
    { method: 'get', url: '/openapi.json', summary: 'This document.', answers: { 200: { description: 'OpenAPI 3.1', contentType: 'application/json' } } },
    { method: 'get', url: '/', summary: 'A page to paste text or HTML and see its claims highlighted.', answers: { 200: { description: 'HTML', contentType: 'text/html' } } },
  ];
  const openApi = JSON.stringify(openApiDocument(routes));

  const app = Fastify({ bodyLimit: options.bodyLimitBytes, return503OnClosing: true, forceCloseConnections: 'idle' }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.add({ route, method: request.method, status: String(reply.statusCode) });
    metrics.latency.observe({ route }, reply.elapsedTime / 1000);
    done();
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') await discardBody(request.raw, options.bodyLimitBytes * DISCARD_LIMIT_FACTOR);
    const client = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500;
    const status = client ? error.statusCode! : error instanceof WorkersUnavailableError ? 503 : 500;
    if (status >= 500) request.log.error(error);
    return reply
      .status(status)
      .type('application/json')
      .send(JSON.stringify({ statusCode: status, code: error.code, error: STATUS_CODES[status], message: status === 500 ? 'internal server error' : error.message }));
  });

  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post('/v1/extract', { schema: { querystring: RawBodyQuerySchema } }, async (request, reply) => {
    let input: RawInput;
    let lang: 'zh' | 'en' | undefined;
    if (Buffer.isBuffer(request.body)) {
      const format = request.headers['content-type']?.toLowerCase().startsWith('text/html') ? 'html' : 'text';
      input = inputOf(request.query, request.body, format, charsetOf(request.headers['content-type']));
      lang = request.query.lang;
    } else {
      const parsed = ExtractRequestSchema.safeParse(request.body);
      if (!parsed.success) return reply.status(400).type('application/json').send(jsonError(400, `not an extract request: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`));
      input = jsonInput({ ...request.query, ...parsed.data });
      lang = parsed.data.lang ?? request.query.lang;
    }
    const answer = await extract(input, lang);
    return reply.status(answer.status).type('application/json').send(answer.body);
  });

  await app.register(async (scope: FastifyInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(JSONL_TYPES, (_request, payload, done) => done(null, payload));
    scope.post('/v1/extract/batch', async (request, reply) => reply.type('application/x-ndjson').send(answerStream(request.body as Readable)));
  });

  app.get('/healthz', { schema: { response: { 200: HealthSchema, 503: HealthSchema } } }, async (_request, reply) =>
    reply.status(state === 'ready' ? 200 : 503).send({ status: state, workers: options.workers }),
  );
  app.get('/metrics', async (_request, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render()));
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json').send(openApi));
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_SECURITY_POLICY).send(PAGE));

  const address = await app.listen({ host: options.host, port: options.port });
  const warmUp: RawInput = { source: 'warm-up', bytes: Buffer.from(WARM_UP_TEXT), formatHint: 'text' };
  const ready = Promise.all(Array.from({ length: options.workers }, () => pool.run(warmUp))).then(() => {
    if (state === 'loading') state = 'ready';
    metrics.ready = state === 'ready';
  });
  ready.catch(() => undefined);
  return {
    url: address,
    ready,
    async close() {
      state = 'draining';
      metrics.ready = false;
      await app.close();
      await pool.close();
    },
  };
}
