// `numclaims eval --pages DIR [--split dev|test|all] [--manifest FILE] [--json]`: parses the
// annotated pages stored under DIR and prints, per field, how many pages the parser gets right,
// then each page's misses with what it found and where the metadata came from.
import { parseArgs } from 'node:util';
import { loadPageManifest, PAGE_FIELDS, scorePageSet, type PageSetReport } from './page-fields.js';

const pct = (x: number) => (x * 100).toFixed(1) + '%';

export function formatPagesReport(report: PageSetReport, details = true): string {
  const lines = [`${report.pages.length} pages scored${report.missing.length ? `, ${report.missing.length} absent from the folder` : ''}`];
  for (const field of PAGE_FIELDS) {
    const { correct, total, rate } = report.rates[field];
    lines.push(`  ${field.padEnd(10)} ${rate.toFixed(2)}  (${correct}/${total}, ${pct(rate)})`);
  }
  if (report.changed.length) lines.push(`stored bytes differ from the manifest's sha256: ${report.changed.join(', ')}`);
  if (details) {
    for (const page of report.pages) {
      const wrong = PAGE_FIELDS.filter((field) => field !== 'allSix' && !page.scores[field]);
      if (wrong.length === 0) continue;
      lines.push(`\n${page.file}: wrong ${wrong.join(', ')}`);
      if (page.error) {
        lines.push(`  not parsed: ${page.error}`);
        continue;
      }
      const a = page.article!;
      lines.push(`  title ${JSON.stringify(a.title)}  date ${a.publishedAt ?? 'null'}  publisher ${a.publisher ?? 'null'}  authors ${JSON.stringify(a.authors)}`);
      lines.push(`  body starts ${JSON.stringify(a.text.slice(0, 40))}  ends ${JSON.stringify(a.text.slice(-40))}`);
      if (page.chrome.length) lines.push(`  chrome in body: ${page.chrome.join(' | ')}`);
      if (page.lost.length) lines.push(`  missing from body: ${page.lost.join(' | ')}`);
      for (const d of a.diagnostics.filter((d) => d.ruleId.startsWith('metadata-'))) lines.push(`  ${d.severity} ${d.ruleId}: ${d.reason}`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function runPagesCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      pages: { type: 'string' },
      manifest: { type: 'string', default: 'test/blind-pages.json' },
      split: { type: 'string', default: 'dev' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const split = values.split;
  if (!values.pages || (split !== 'dev' && split !== 'test' && split !== 'all')) {
    const error = new Error('eval --pages needs a folder and --split dev, test or all');
    (error as NodeJS.ErrnoException).code = 'ERR_PARSE_ARGS_USAGE';
    throw error;
  }
  const report = scorePageSet(loadPageManifest(values.manifest!), values.pages, split);
  if (values.json) {
    const pages = report.pages.map(({ article, ...rest }) => ({ ...rest, found: article && { title: article.title, publishedAt: article.publishedAt, publisher: article.publisher, authors: article.authors } }));
    process.stdout.write(JSON.stringify({ ...report, pages }, null, 2) + '\n');
  } else process.stdout.write(formatPagesReport(report, !values.quiet));
  return report.pages.length === 0 ? 1 : 0;
}
