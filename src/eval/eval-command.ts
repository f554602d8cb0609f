// `numclaims eval --gold DIR [--gold DIR…] [--pred DIR] [--json] [--min-precision P] [--min-recall R]`:
// prints precision, recall, F1 and agreement (one line per field), then the misses and false
// positives.
import { parseArgs } from 'node:util';
import { evaluateGold, readPredictions, type EvalReport } from './evaluate.js';
import { AGREEMENT_FIELDS, type Agreement, type EvalSummary } from './score.js';
import { byConstruction } from './constructions.js';

const pct = (x: number) => (x * 100).toFixed(1) + '%';

const fraction = (a: Agreement) => `${pct(a.rate).padStart(6)}  (${a.agree}/${a.total})`;

function summaryLines(label: string, s: EvalSummary): string[] {
  const lines = [
    `${label}: ${s.documents} documents, gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}${s.unanchored ? `, ${s.unanchored} gold claims not found in the parsed text` : ''}`,
    `  precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}`,
    '  agreement on matched claims:',
  ];
  for (const field of AGREEMENT_FIELDS) {
    const beside = field === 'subject' ? `   lenient (containment) ${fraction(s.subjectLenient)}` : '';
    lines.push(`    ${field.padEnd(8)}${fraction(s.agreement[field])}${beside}`);
  }
  return lines;
}

export function formatReport(report: EvalReport, details = true): string {
  const lines = summaryLines('all', report.summary);
  if (Object.keys(report.byLang).length > 1) for (const [lang, s] of Object.entries(report.byLang)) lines.push(...summaryLines(lang, s));
  if (report.missing.length) lines.push(`  ${report.missing.length} documents not scored: ${report.missing[0]!.reason}${report.missing.length > 1 ? ' (and others)' : ''}`);
  const classes = byConstruction(report.documents);
  const listed = (label: string, rows: [string, number][]) => {
    if (rows.length) lines.push(`  ${label}: ${rows.map(([name, n]) => `${name} ${n}`).join('; ')}`);
  };
  listed('misses by construction', classes.misses);
  listed('false positives by rule', classes.falsePositives);
  listed('periods that disagree', classes.periods);
  const { counts, inconsistent } = report.checks;
  lines.push(`  arithmetic checks: ${counts.inconsistent} inconsistent, ${counts.consistent} consistent, ${counts.unverifiable} unverifiable`);
  for (const check of inconsistent) lines.push(`    inconsistent ${check.kind} in ${check.source}: ${check.formula}; ${check.note}  «${check.sentence}»`);
  if (details) {
    for (const doc of report.documents) {
      if (!doc.misses.length && !doc.falsePositives.length && !doc.unanchored) continue;
      lines.push(`\n${doc.source}`);
      for (const miss of doc.misses) lines.push(`  miss  ${miss.start}-${miss.end} ${JSON.stringify(miss.text)} = ${miss.value} ${miss.unit ?? ''}  «${miss.context}»`);
      for (const fp of doc.falsePositives) lines.push(`  false ${fp.start}-${fp.end} ${JSON.stringify(fp.text)} = ${fp.value} ${fp.unit ?? ''} [${fp.ruleId}]  «${fp.sentence.slice(Math.max(0, fp.start - fp.sentenceStart - 12), fp.end - fp.sentenceStart + 8)}»`);
      if (doc.unanchored) lines.push(`  ${doc.unanchored} gold claims whose context is not in the parsed text`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function runEvalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string', multiple: true },
      pred: { type: 'string' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'min-precision': { type: 'string' },
      'min-recall': { type: 'string' },
    },
  });
  if (!values.gold?.length) {
    const error = new Error('eval needs --gold DIR');
    (error as NodeJS.ErrnoException).code = 'ERR_PARSE_ARGS_USAGE';
    throw error;
  }
  const predictions = values.pred ? readPredictions(values.pred) : undefined;
  const minP = values['min-precision'] ? Number(values['min-precision']) : 0;
  const minR = values['min-recall'] ? Number(values['min-recall']) : 0;
  let passed = true;
  // One report per set (a gold folder, or a blind set's blind.json): sets are never pooled.
  const reports = values.gold.map((dir) => ({ dir, report: evaluateGold(dir, predictions) }));
  if (values.json) process.stdout.write(JSON.stringify(reports.length === 1 ? reports[0]!.report : Object.fromEntries(reports.map(({ dir, report }) => [dir, report])), null, 2) + '\n');
  for (const { dir, report } of reports) {
    if (!values.json) process.stdout.write(`${reports.length > 1 ? `== ${dir}\n` : ''}${formatReport(report, !values.quiet)}`);
    passed &&= report.summary.precision >= minP && report.summary.recall >= minR;
  }
  return passed ? 0 : 1;
}
