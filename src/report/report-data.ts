// The data the report's page script reads from its JSON blocks: what the browser needs to draw
// each article and its claims, nothing more (a claim's text and sentence are slices of the
// article text there, so they are left out to keep the file small).
import type { Article, Claim } from '../core/schema.js';

export type ReportClaim = Pick<Claim, 'id' | 'start' | 'end' | 'value' | 'kind' | 'unit' | 'unitText' | 'approx' | 'range' | 'per' | 'change' | 'list' | 'subject' | 'time' | 'ruleId'>;

export interface ReportArticle {
  id: string;
  title: string;
  source: string;
  url: string | null;
  publishedAt: string | null;
  lang: Article['lang'];
  text: string;
  claims: ReportClaim[];
}

/** The page's first data block; the articles follow in blocks of their own. */
export interface ReportMeta {
  kinds: string[];
  total: number;
}

export function toReportClaim(claim: Claim): ReportClaim {
  const { id, start, end, value, kind, unit, unitText, approx, range, per, change, list, subject, time, ruleId } = claim;
  return { id, start, end, value, kind, unit, unitText, approx, range, per, change, list, subject, time, ruleId };
}
