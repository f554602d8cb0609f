// The check record: one arithmetic relation between claims (inside an article) or one
// quantity stated by several articles, with the figures compared, the formula, the tolerance
// that follows from the rounding of the printed figures, and the verdict. checks.jsonl holds
// one record per line; like the other records it carries the schema version.
import { z } from 'zod';
import { PlaceSchema, SCHEMA_VERSION } from '../schema.js';

export const CheckKindSchema = z
  .enum(['rate', 'year-on-year', 'percentage-points', 'parts', 'share', 'per-rate', 'same-quantity'])
  .describe(
    'rate: a growth rate against its from → to pair; year-on-year: a rate against a level and its change; percentage-points: a difference of two percentages; parts: parts against their total; share: 占X% against the part and the whole; per-rate: 每千名…N张 against a count (the implied figure); same-quantity: one quantity stated by several articles',
  );
export type CheckKind = z.infer<typeof CheckKindSchema>;

export const VerdictSchema = z.enum(['consistent', 'inconsistent', 'unverifiable']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const SourcePlaceSchema = z
  .object({
    claimId: z.string().min(1),
    docId: z.string().regex(/^[0-9a-f]{16}$/),
    place: z.string().min(1).nullable().describe('the jurisdiction the claim is about, null when unknown'),
    via: PlaceSchema.shape.via.nullable(),
    value: z.number().finite(),
    publishedAt: z.string().nullable(),
    url: z.string().nullable(),
  })
  .strict();
export type SourcePlace = z.infer<typeof SourcePlaceSchema>;

export const CheckSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1),
    kind: CheckKindSchema,
    docIds: z.array(z.string().regex(/^[0-9a-f]{16}$/)).min(1),
    claimIds: z.array(z.string().min(1)).min(1).describe('the claims compared: the stated one first'),
    stated: z.number().finite().nullable().describe('the figure as the article states it (a rate in %, a total, a share in %)'),
    expected: z.number().finite().nullable().describe('the same figure computed from the other claims (the reading closest to the stated one), or the implied figure'),
    formula: z.string().min(1).describe('how expected was computed, with the figures'),
    tolerance: z.number().finite().nonnegative().nullable().describe('|stated − expected| up to this is consistent: half a unit of the last printed digit of the stated figure plus the rounding of the inputs carried through the formula'),
    verdict: VerdictSchema,
    reading: z.string().nullable().describe('for rates: which reading fitted (total, simple yearly, compound yearly, percentage points)'),
    key: z.string().nullable().describe('same-quantity: the normalised subject | unit | per | period | scope that linked the claims'),
    places: z.array(SourcePlaceSchema).nullable().describe('same-quantity: each source\'s claim, value and place'),
    note: z.string().min(1),
  })
  .strict();
export type CheckRecord = z.infer<typeof CheckSchema>;
/** A check before it is stamped with the schema version. */
export type CheckDraft = Omit<CheckRecord, 'schemaVersion'>;

/** The JSON Schema of a check record, published as schema/check.json beside the others. */
export function checkJsonSchema(): unknown {
  return z.toJSONSchema(CheckSchema, { unrepresentable: 'any' });
}
