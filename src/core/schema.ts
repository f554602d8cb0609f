// The single contract of numclaims: every record the writer accepts passes one of these
// schemas, and the TypeScript types used across the code are inferred from them.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.2.0';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const offset = z.number().int().nonnegative();

export const DiagnosticSchema = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  ruleId: z.string().min(1),
  reason: z.string().min(1),
  start: offset.optional(),
  end: offset.optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const LanguageSchema = z.enum(['zh', 'en', 'mixed', 'und']);
export type Language = z.infer<typeof LanguageSchema>;

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().regex(/^[0-9a-f]{16}$/),
    source: z.string().min(1),
    url: z.string().nullable(),
    title: z.string(),
    publishedAt: z.string().nullable().describe('ISO 8601 date or date-time; +08:00 for Chinese sources when the page gives no zone'),
    publisher: z.string().nullable(),
    authors: z.array(z.string().min(1)),
    editor: z.string().nullable(),
    lang: LanguageSchema,
    format: z.enum(['html', 'text']),
    encoding: z.string().nullable(),
    text: z.string().min(1),
    diagnostics: z.array(DiagnosticSchema),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;

export const ClaimKindSchema = z.enum(['money', 'percent', 'permille', 'count', 'measure', 'number']);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const ApproxSchema = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx']);
export type Approx = z.infer<typeof ApproxSchema>;

export const TimeSourceSchema = z
  .enum(['sentence', 'paragraph', 'heading', 'title'])
  .describe('where the governing time expression was found: the claim\'s sentence, an earlier sentence of its paragraph, the section heading above it, or the article title');
export type TimeSource = z.infer<typeof TimeSourceSchema>;

export const TimeSchema = z
  .object({
    text: z.string().min(1),
    start: isoDate,
    end: isoDate,
    textStart: offset.nullable().describe('offset of the time expression in article.text, null when implied (e.g. the article date)'),
    textEnd: offset.nullable(),
    source: TimeSourceSchema,
  })
  .strict();
export type ClaimTime = z.infer<typeof TimeSchema>;

export const PlaceSchema = z
  .object({
    name: z.string().min(1).describe('the jurisdiction the claim is about, e.g. 合肥市'),
    via: z
      .enum(['sentence', 'scope-word', 'title', 'publisher'])
      .describe('how it was found: named in the claim\'s clause, a scope word (全市, 全省) resolved by the title or publisher, the article title, or the publisher'),
  })
  .strict();
export type ClaimPlace = z.infer<typeof PlaceSchema>;

export const ChangeSchema = z
  .object({
    role: z.enum(['rate', 'from', 'to', 'delta']),
    direction: z.enum(['up', 'down', 'flat', 'unknown']),
    from: z.string().nullable().describe('id of the claim holding the earlier value'),
    to: z.string().nullable().describe('id of the claim holding the later value'),
    basis: z.string().nullable().describe('what the change is measured against, e.g. 同比, 比上年'),
  })
  .strict();
export type Change = z.infer<typeof ChangeSchema>;

export const ClaimSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1),
    docId: z.string().regex(/^[0-9a-f]{16}$/),
    lang: z.enum(['zh', 'en']),
    text: z.string().min(1),
    start: offset,
    end: offset,
    value: z.number().finite(),
    kind: ClaimKindSchema,
    unit: z.string().min(1).nullable(),
    unitText: z.string().min(1).nullable(),
    approx: ApproxSchema,
    range: z.object({ min: z.number().finite(), max: z.number().finite() }).strict().nullable(),
    per: z
      .object({ value: z.number().finite().positive(), unit: z.string().min(1), text: z.string().min(1) })
      .strict()
      .nullable(),
    change: ChangeSchema.nullable(),
    list: z
      .object({ group: z.string().min(1), index: z.number().int().nonnegative(), size: z.number().int().min(2) })
      .strict()
      .nullable(),
    subject: z.string().min(1).nullable(),
    time: TimeSchema.nullable(),
    place: PlaceSchema.nullable().describe('where the claim is about, null when unknown (Chinese claims only)'),
    sentence: z.string().min(1),
    sentenceStart: offset,
    ruleId: z.string().min(1),
  })
  .strict()
  .refine((claim) => claim.end > claim.start && claim.end - claim.start === claim.text.length, {
    message: 'end - start must equal the length of text',
  });
export type Claim = z.infer<typeof ClaimSchema>;

export const ErrorRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.string().min(1),
    stage: z.string().min(1),
    message: z.string().min(1),
    docId: z.string().nullable(),
  })
  .strict();
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

export const ManifestSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.object({ name: z.literal('numclaims'), version: z.string() }).strict(),
    completed: z.boolean(),
    options: z.record(z.string(), z.unknown()),
    counts: z
      .object({
        inputs: z.number().int().nonnegative().describe('every input found: articles + failed + skipped'),
        articles: z.number().int().nonnegative(),
        failed: z.number().int().nonnegative().default(0).describe('inputs that became error records and no article'),
        skipped: z.number().int().nonnegative().default(0).describe('files in input folders left unread (no page or container)'),
        claims: z.number().int().nonnegative(),
        errors: z.number().int().nonnegative().describe('error records; one input may give several'),
      })
      .strict(),
    skipped: z
      .object({
        files: z.number().int().nonnegative(),
        byExtension: z.record(z.string(), z.number().int().positive()),
        examples: z.array(z.string()).max(10),
      })
      .strict()
      .optional()
      .describe('files found in input directories that are neither pages nor containers, and so were not read'),
    threads: z
      .array(
        z
          .object({
            threadId: z.number().int().nonnegative(),
            inputs: z.number().int().positive(),
            firstInputMs: z.number().int().optional().describe('when the thread began its first input, in ms since the run started'),
            dictionaryMs: z
              .object({ started: z.number().int(), loaded: z.number().int().nullable() })
              .strict()
              .optional()
              .describe(
                'when the thread started loading the Chinese segmenter dictionary and when it was loaded, in ms since the run started (negative: before it); started before firstInputMs when the first inputs looked Chinese, so the load overlapped the start-up; absent when it never loaded it',
              ),
          })
          .strict(),
      )
      .optional()
      .describe('the threads that ran the core for this process (0 is the main thread, others are pool workers) and how many inputs each ran'),
    timingsMs: z.record(z.string(), z.number().nonnegative()).describe('wall time spent in each stage, summed over articles'),
    startedAt: z.string(),
    finishedAt: z.string(),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** Schemas published as JSON Schema files, by file name. */
export const publishedSchemas = {
  article: ArticleSchema,
  claim: ClaimSchema,
  error: ErrorRecordSchema,
  manifest: ManifestSchema,
} as const;

export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(publishedSchemas)) {
    out[name] = z.toJSONSchema(schema, { unrepresentable: 'any' });
  }
  return out;
}
