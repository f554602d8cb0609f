// Raises the floors of test/eval-baseline.json to today's figures (never lowers one): each gated
// set with its texts on this machine is scored with the built pipeline (dist/), and each floor
// below its figure, rounded down to three places, goes up to it. Sets without their texts, or with
// pages missing, keep their floors. A developer's tool, run after a change that improved figures.
//   node test/blind/raise-floors.mjs [--dry-run]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { evaluateGold } = await import(path.join(root, 'dist/eval/evaluate.js'));
const { floorAgreements } = await import(path.join(root, 'dist/eval/score.js'));
const file = path.join(root, 'test/eval-baseline.json');
const baseline = JSON.parse(readFileSync(file, 'utf8'));
const dry = process.argv.includes('--dry-run');

// An agreement floor keeps one claim of slack, so that a claim newly found with a field still
// wrong does not block a gain in recall; precision and recall floors are the figures.
const slack = (a) => (a.total ? Math.max(0, a.agree - 1) / a.total : a.rate);
const figures = (s) => ({
  precision: s.precision,
  recall: s.recall,
  ...Object.fromEntries(Object.entries(floorAgreements(s)).map(([name, a]) => [name, slack(a)])),
});

for (const [name, floors] of Object.entries(baseline.sets)) {
  // The blind sets only: the floors of test/gold are its figures rounded down by hand.
  if (!floors.blind) continue;
  const report = evaluateGold(path.join(root, floors.dir));
  if (!report.documents.length || report.missing.length) continue;
  const raised = [];
  for (const [key, figure] of Object.entries(figures(report.summary))) {
    const down = Math.floor(figure * 1000 + 1e-9) / 1000;
    if (typeof floors[key] === 'number' && down > floors[key]) {
      raised.push(`${key} ${floors[key]} → ${down}`);
      floors[key] = down;
    }
  }
  if (raised.length) console.log(`${name}: ${raised.join(', ')}`);
}
// Written as the file is kept: a whole floor as `1.0`.
if (!dry) writeFileSync(file, JSON.stringify(baseline, null, 2).replace(/^(\s+"(?!min|max)[A-Za-z]+": )([01])(,?)$/gm, '$1$2.0$3') + '\n');
