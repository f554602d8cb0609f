// The HTTP contract of `numclaims serve`: requests and answers are built from the dataset's own
// zod schemas (Article, Claim, Diagnostic, ErrorRecord), so a client reads the same records as
// a dataset folder holds. The OpenAPI document (openapi.ts) is generated from these.
import { z } from 'zod';
import { ArticleSchema, ClaimSchema, DiagnosticSchema, ErrorRecordSchema } from '../core/schema.js';

const metadata = {
  url: z.string().nullable().optional().describe('the page address; shown on the article and wins over what the page says'),
  publishedAt: z.string().nullable().optional().describe('ISO 8601 date or date-time; wins over what the page says'),
  title: z.string().nullable().optional().describe('wins over the heading the page shows'),
};

export const ExtractRequestSchema = z
  .object({
    text: z.string().optional().describe('a plain-text article'),
    html: z.string().optional().describe('an HTML page'),
    ...metadata,
    lang: z.enum(['zh', 'en']).optional().describe('the language the caller expects; a different detected language adds a warning to diagnostics'),
    source: z.string().min(1).optional().describe('shown as `source` on the article and errors (default: "text" or "html")'),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.html === undefined), { message: 'give exactly one of text and html' });
export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;

/** For a raw text/html or text/plain body, the metadata comes in the query string. */
export const RawBodyQuerySchema = z
  .object({
    ...metadata,
    lang: z.enum(['zh', 'en']).optional(),
    source: z.string().min(1).optional(),
  })
  .strict();

export const ExtractResponseSchema = z.object({
  article: ArticleSchema,
  claims: z.array(ClaimSchema),
  diagnostics: z.array(DiagnosticSchema).describe("the article's diagnostics, then the server's own about the request"),
  errors: z.array(ErrorRecordSchema).describe('records that failed their schema (the article and the other claims stand)'),
});

export const UnusableInputSchema = z.object({ errors: z.array(ErrorRecordSchema).min(1) }).describe('no article could be made of the input');

export const BatchLineSchema = z
  .union([ExtractResponseSchema.extend({ line: z.number().int().positive() }), UnusableInputSchema.extend({ line: z.number().int().positive() })])
  .describe('one answer line per input line, in input order; `line` is the input line number (blank lines are skipped)');

export const HttpErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.string().optional(),
  error: z.string(),
  message: z.string(),
});

export const HealthSchema = z.object({
  status: z.enum(['loading', 'ready', 'draining']),
  workers: z.number().int().positive(),
});
