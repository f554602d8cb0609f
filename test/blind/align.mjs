// Lines a page's text, as found again, up with a blind set's annotations by offset, for restoring
// a text folder that a machine lost (docs/blind-sets.md). A page found again is the same page only
// when one shift of the offsets puts every annotated span on a number: prints the shifts that do,
// and the spans beside their annotated values for the best one.
//   node test/blind/align.mjs test/blind/zh/test zh-test-002.txt /work/blind/zh/test/zh-test-002.txt
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [setDir, file, textPath] = process.argv.slice(2);
if (!setDir || !file || !textPath) {
  console.error('usage: node test/blind/align.mjs SET_DIR FILE TEXT_PATH');
  process.exit(2);
}
const set = JSON.parse(readFileSync(path.join(setDir, 'blind.json'), 'utf8'));
const doc = set.documents.find((d) => d.file === file);
if (!doc) {
  console.error(`${file} is not in ${setDir}/blind.json`);
  process.exit(2);
}
const text = readFileSync(textPath, 'utf8');
const NUMERIC = /[0-9０-９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟兩萬億半]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|quarter|third|dozen|double|twice|triple|once|single|zero|none|first|second)\w*/i;
const claims = doc.claims;
const lastEnd = Math.max(0, ...claims.map((c) => c.context[1]));
const results = [];
for (let shift = -400; shift <= 400; shift++) {
  let ok = 0;
  for (const c of claims) {
    const [a, b] = [c.span[0] + shift, c.span[1] + shift];
    if (a >= 0 && b <= text.length && NUMERIC.test(text.slice(a, b))) ok++;
  }
  results.push({ shift, ok });
}
results.sort((x, y) => y.ok - x.ok || Math.abs(x.shift) - Math.abs(y.shift));
const best = results[0];
const full = results.filter((r) => r.ok === claims.length).map((r) => r.shift);
console.log(`${file}: ${claims.length} claims; text ${text.length} chars, annotated up to ${lastEnd}`);
console.log(`shifts putting every span on a number: ${full.length ? full.join(', ') : 'none'}; best ${best.shift} (${best.ok}/${claims.length})`);
for (const c of claims) {
  const [a, b] = [c.span[0] + best.shift, c.span[1] + best.shift];
  const span = text.slice(a, b);
  console.log(`${NUMERIC.test(span) ? '  ' : '!!'} ${JSON.stringify(span).padEnd(28)} ${c.value} ${c.unit ?? ''}`);
}
