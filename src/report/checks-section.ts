// The report's checks section: the inconsistent checks (inside an article and across articles)
// and the corroborated quantities, each with the claims it compares, the arithmetic and the
// allowance for rounding, as escaped markup. The full list is in checks.jsonl.
import type { CheckRecord } from '../core/checks/check-schema.js';
import type { Claim } from '../core/schema.js';
import { escapeHtml } from './escape.js';
import type { ReportDataset } from './read-dataset.js';

/** Checks listed in each table; the rest are counted. */
export const LISTED_CHECKS = 1000;

const number = (value: number | null) => (value === null ? '' : String(Number(value.toFixed(4))));

function claimCell(claim: Claim | undefined, id: string): string {
  if (!claim) return `<li>${escapeHtml(id)}</li>`;
  const at = claim.start - claim.sentenceStart;
  const before = claim.sentence.slice(Math.max(0, at - 30), at);
  const after = claim.sentence.slice(at + claim.text.length, at + claim.text.length + 12);
  return `<li>…${escapeHtml(before)}<mark>${escapeHtml(claim.text)}</mark>${escapeHtml(after)}… <span class="muted">${escapeHtml(claim.id)}</span></li>`;
}

function rows(checks: CheckRecord[], claims: Map<string, Claim>): string {
  return checks
    .slice(0, LISTED_CHECKS)
    .map(
      (check) =>
        `<tr><td>${escapeHtml(check.kind)}</td><td><ul class="check-claims">${check.claimIds.map((id) => claimCell(claims.get(id), id)).join('')}</ul></td><td>${escapeHtml(number(check.stated))}</td><td>${escapeHtml(check.formula)}</td><td>${escapeHtml(number(check.tolerance))}</td><td>${escapeHtml(check.note)}${check.key ? `<br><span class="muted">key ${escapeHtml(check.key)}</span>` : ''}</td></tr>`,
    )
    .join('\n');
}

function table(title: string, id: string, checks: CheckRecord[], claims: Map<string, Claim>, empty: string): string {
  if (checks.length === 0) return `<h3 id="${id}">${escapeHtml(title)} (0)</h3><p class="muted">${escapeHtml(empty)}</p>`;
  const more = checks.length > LISTED_CHECKS ? `<p class="note">and ${checks.length - LISTED_CHECKS} more in checks.jsonl</p>` : '';
  return `<h3 id="${id}">${escapeHtml(title)} (${checks.length})</h3><table class="errors"><thead><tr><th>check</th><th>claims</th><th>stated</th><th>arithmetic</th><th>allowance</th><th>note</th></tr></thead><tbody>\n${rows(checks, claims)}\n</tbody></table>${more}`;
}

export function checksHtml(dataset: ReportDataset): string {
  const claims = new Map<string, Claim>();
  for (const list of dataset.claimsByArticle.values()) for (const claim of list) claims.set(claim.id, claim);
  const counts = { consistent: 0, inconsistent: 0, unverifiable: 0 };
  for (const check of dataset.checks) counts[check.verdict] += 1;
  const inconsistent = dataset.checks.filter((check) => check.verdict === 'inconsistent');
  const corroborated = dataset.checks.filter((check) => check.kind === 'same-quantity' && check.verdict === 'consistent');
  const summary =
    dataset.checks.length === 0
      ? '<p class="muted">No checks: run numclaims check on this folder to find them.</p>'
      : `<p>${dataset.checks.length} checks: ${counts.inconsistent} inconsistent, ${counts.consistent} consistent, ${counts.unverifiable} unverifiable.</p>`;
  return `<section id="checks" aria-labelledby="checks-title"><h2 id="checks-title">Checks</h2>${summary}${table('Inconsistent', 'checks-inconsistent', inconsistent, claims, 'No figure contradicts another.')}${table('Corroborated across articles', 'checks-corroborated', corroborated, claims, 'No quantity is stated by two independent sources.')}</section>`;
}
