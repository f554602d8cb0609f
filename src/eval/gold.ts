// Gold annotations: one JSON file per article (docs/annotation-guidelines.md §4). Loading a
// gold file parses its article with the pipeline's own parser and anchors every gold claim
// to offsets in that article's text, so gold and predictions share one coordinate system.
import { z } from 'zod';
import { ApproxSchema, ClaimKindSchema } from '../core/schema.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The fields of a gold claim, before the checks of the file format (also read by blind sets by offset). */
export const GoldClaimFields = z.object({
  text: z.string().min(1),
  context: z.string().min(1),
  value: z.number().finite(),
  kind: ClaimKindSchema,
  unit: z.string().min(1).nullable(),
  approx: ApproxSchema.default('eq'),
  subject: z.string().min(1).nullable().optional(),
  time: z.object({ start: isoDate, end: isoDate }).nullable().optional(),
  range: z.object({ min: z.number(), max: z.number() }).nullable().optional(),
  per: z.object({ value: z.number().positive(), unit: z.string().min(1) }).nullable().optional(),
  change: z.object({ role: z.enum(['rate', 'from', 'to', 'delta']), direction: z.enum(['up', 'down', 'flat', 'unknown']) }).nullable().optional(),
  /** Position in an enumeration of numbers (551元、300元; 241 primary, 58 secondary…). */
  list: z.object({ index: z.number().int().nonnegative(), size: z.number().int().min(2) }).nullable().optional(),
  note: z.string().optional(),
});

export const GoldClaimSchema = GoldClaimFields.strict().refine((claim) => claim.context.includes(claim.text), { message: 'context must contain text' });
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

export const GoldFileSchema = z
  .object({
    source: z.string().min(1),
    lang: z.enum(['zh', 'en']),
    publishedAt: isoDate.nullable().optional(),
    claims: z.array(GoldClaimSchema),
  })
  .strict();
export type GoldFile = z.infer<typeof GoldFileSchema>;

export interface AnchoredGoldClaim extends GoldClaim {
  start: number;
  end: number;
}

export interface AnchorResult {
  anchored: AnchoredGoldClaim[];
  /** Gold claims whose context was not found in the parsed article text. */
  unanchored: GoldClaim[];
}

/** Finds each claim's context in document order, starting at the previous context's start. */
export function anchorGold(text: string, claims: GoldClaim[]): AnchorResult {
  const anchored: AnchoredGoldClaim[] = [];
  const unanchored: GoldClaim[] = [];
  let cursor = 0;
  for (const claim of claims) {
    const at = text.indexOf(claim.context, cursor);
    if (at < 0) {
      unanchored.push(claim);
      continue;
    }
    const start = at + claim.context.indexOf(claim.text);
    anchored.push({ ...claim, start, end: start + claim.text.length });
    cursor = at;
  }
  return { anchored, unanchored };
}
