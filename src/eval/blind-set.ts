// Blind sets: real pages that no rule was written against, annotated by people who saw only the
// annotation guidelines and the text. Their text is third-party and stays out of the
// repository: `blind.json` in the repository holds, per page, its URL and sha256 and the
// annotations by offset into the page's text; the texts live in a folder outside it
// (NUMCLAIMS_BLIND_DIR, else `blind/` beside the repository, else /work/blind). A page whose
// text is absent, or differs from its hash, is reported as missing, never scored. A machine that
// lost the texts finds them again with test/blind/restore.mjs (docs/blind-sets.md).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { GoldClaimFields, type GoldClaim, type GoldFile } from './gold.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** A gold claim with offsets into the page's text in place of its text and context. */
export const BlindClaimSchema = GoldClaimFields.omit({ text: true, context: true, note: true })
  .extend({
    /** [start, end) of the claim and of the context it was annotated with, in the page's text. */
    span,
    context: span,
  })
  .strict();

export const BlindSetSchema = z
  .object({
    /** Where the texts are, relative to the blind folder: `zh/dev`. */
    texts: z.string().min(1),
    note: z.string().optional(),
    documents: z.array(
      z
        .object({
          file: z.string().min(1),
          url: z.string(),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          lang: z.enum(['zh', 'en']),
          publishedAt: isoDate.nullable(),
          genre: z.string().optional(),
          region: z.string().optional(),
          /** How to find the page again in the stored web copy its text was taken from: the query that returns it, and the title line put before its excerpt. */
          found: z.object({ query: z.string().min(1), title: z.string().nullable() }).strict().optional(),
          /**
           * How the text was found again after a machine lost it (test/blind/restore.mjs): the query
           * of the stored web copy that returns the page, the title line put before its excerpt (null
           * when the excerpt opens with it), the form its lines were saved in and the opening lines dropped.
           */
          restored: z
            .object({
              query: z.string().min(1),
              title: z.string().nullable(),
              form: z.enum(['as found', 'lines trimmed', 'bullets dropped', 'prompts dropped']),
              /** How many of the excerpt's opening lines (a menu, a breadcrumb) the page as annotated did not have. */
              openingLinesDropped: z.number().int().positive().optional(),
            })
            .strict()
            .optional(),
          /**
           * Why the page's text cannot be had again (a later machine lost it and the stored web copy
           * now differs from it): the page is reported missing, and a gate whose only missing
           * pages are lost skips the set rather than scoring part of it against whole-set floors.
           */
          lost: z.string().min(1).optional(),
          claims: z.array(BlindClaimSchema),
        })
        .strict(),
    ),
  })
  .strict();
export type BlindSet = z.infer<typeof BlindSetSchema>;

export const BLIND_SET_FILE = 'blind.json';

export function isBlindSet(dir: string): boolean {
  return existsSync(path.join(dir, BLIND_SET_FILE));
}

/** The folder the blind texts are in, or null when this machine has none. */
export function blindTextRoot(repositoryRoot = process.cwd()): string | null {
  const chosen = process.env.NUMCLAIMS_BLIND_DIR;
  if (chosen) return existsSync(chosen) ? chosen : null;
  const candidates = [path.resolve(repositoryRoot, '..', 'blind'), '/work/blind'];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(dir!)) ?? null;
}

export interface BlindDocument {
  goldPath: string;
  gold: GoldFile;
  sourcePath: string;
  bytes: Uint8Array;
  /** Where the page was fetched from: a crawler always has it, and the pipeline reads the country of a bare `$` from it. */
  url: string | null;
  /** The annotated date of publication, given to the pipeline only for a restored text (see `restored`). */
  publishedAt: string | null;
}

export interface LoadedBlindSet {
  documents: BlindDocument[];
  /** Pages whose text is absent or changed, with the reason; `lost` when the set records that it cannot be had again. */
  missing: { file: string; reason: string; lost?: boolean }[];
}

/** Loads a blind set: every page whose text is present and unchanged, its annotations rebuilt from the offsets. */
export function loadBlindSet(dir: string, root = blindTextRoot()): LoadedBlindSet {
  const setPath = path.join(dir, BLIND_SET_FILE);
  const parsed = BlindSetSchema.safeParse(JSON.parse(readFileSync(setPath, 'utf8')));
  if (!parsed.success) throw new Error(`${setPath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const set = parsed.data;
  const documents: BlindDocument[] = [];
  const missing: LoadedBlindSet['missing'] = [];
  for (const doc of set.documents) {
    const sourcePath = root ? path.join(root, set.texts, doc.file) : null;
    if (!sourcePath || !existsSync(sourcePath)) {
      missing.push({ file: doc.file, reason: !root ? 'no blind text folder on this machine (set NUMCLAIMS_BLIND_DIR)' : doc.lost ? `lost: ${doc.lost}` : `${sourcePath} is absent`, ...(root && doc.lost ? { lost: true } : {}) });
      continue;
    }
    const bytes = readFileSync(sourcePath);
    if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) {
      missing.push({ file: doc.file, reason: `${sourcePath} differs from the annotated text (sha256)` });
      continue;
    }
    const text = bytes.toString('utf8');
    const claims: GoldClaim[] = doc.claims.map(({ span: [start, end], context: [from, to], ...fields }) => ({ ...fields, text: text.slice(start, end), context: text.slice(from, to) }));
    documents.push({ goldPath: setPath, gold: { source: doc.file, lang: doc.lang, publishedAt: doc.publishedAt, claims }, sourcePath, bytes, url: doc.url || null, publishedAt: doc.restored ? doc.publishedAt : null });
  }
  return { documents, missing };
}
