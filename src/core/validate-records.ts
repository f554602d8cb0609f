// validate: the finished DocumentState → records that passed their zod schema. Claims get
// their stable ids here (docId:start-end) and change links are turned from draft indexes into
// ids. A record that fails becomes an error record naming the reason; nothing is dropped silently.
import type { DocumentState } from './document.js';
import { ArticleSchema, ClaimSchema, SCHEMA_VERSION, type Article, type Claim } from './schema.js';

export interface ErrorDraft {
  source: string;
  stage: string;
  message: string;
  docId: string | null;
}

export interface ValidatedDocument {
  article: Article | null;
  claims: Claim[];
  errors: ErrorDraft[];
}

function issuesText(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`).join('; ');
}

export function validateRecords(state: DocumentState): ValidatedDocument {
  const errors: ErrorDraft[] = [];
  const source = state.input.source;
  if (!state.article) return { article: null, claims: [], errors: [{ source, stage: 'validate', message: 'no article was produced', docId: null }] };
  const articleCandidate = { ...state.article, diagnostics: state.diagnostics };
  const articleResult = ArticleSchema.safeParse(articleCandidate);
  if (!articleResult.success) {
    return { article: null, claims: [], errors: [{ source, stage: 'validate', message: `article failed its schema: ${issuesText(articleResult.error)}`, docId: state.article.id }] };
  }
  const article = articleResult.data;
  const ordered = state.claims.map((draft, index) => ({ draft, index })).sort((a, b) => a.draft.start - b.draft.start || a.draft.end - b.draft.end);
  const idOf = (index: number) => {
    const draft = state.claims[index]!;
    return `${article.id}:${draft.start}-${draft.end}`;
  };
  const claims: Claim[] = [];
  for (const { draft, index } of ordered) {
    const text = article.text.slice(draft.start, draft.end);
    const candidate = {
      schemaVersion: SCHEMA_VERSION,
      id: idOf(index),
      docId: article.id,
      lang: draft.lang,
      text,
      start: draft.start,
      end: draft.end,
      value: draft.value,
      kind: draft.kind,
      unit: draft.unit,
      unitText: draft.unitText,
      approx: draft.approx,
      range: draft.range,
      per: draft.per,
      change: draft.change
        ? {
            role: draft.change.role,
            direction: draft.change.direction,
            basis: draft.change.basis,
            from: draft.change.from === null ? null : idOf(draft.change.from),
            to: draft.change.to === null ? null : idOf(draft.change.to),
          }
        : null,
      list: draft.list,
      subject: draft.subject,
      time: draft.time,
      place: draft.place ?? null,
      sentence: article.text.slice(draft.sentence.start, draft.sentence.end),
      sentenceStart: draft.sentence.start,
      ruleId: draft.ruleId,
    };
    const result = ClaimSchema.safeParse(candidate);
    if (result.success) claims.push(result.data);
    else errors.push({ source, stage: 'validate', message: `claim "${text}" at ${draft.start}-${draft.end} failed its schema: ${issuesText(result.error)}`, docId: article.id });
  }
  return { article, claims, errors };
}
