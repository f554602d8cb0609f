// GET /: one self-contained page where a person pastes text or HTML, sends it to
// POST /v1/extract and sees the article text with its claims highlighted, and a table of them.
// Everything from the answer is put on the page as text nodes (never as markup), and the
// Content-Security-Policy allows only this page's own script and style and requests to itself.
import { createHash } from 'node:crypto';

const STYLE = `
body { font: 15px/1.6 system-ui, sans-serif; margin: 1.5em auto; max-width: 60em; padding: 0 1em; color: #222; }
textarea { width: 100%; height: 12em; font: 13px monospace; box-sizing: border-box; }
#text { white-space: pre-wrap; border: 1px solid #ccc; padding: 0.8em; background: #fafafa; }
mark { background: #ffe27a; border-radius: 2px; }
table { border-collapse: collapse; margin-top: 1em; width: 100%; }
td, th { border-bottom: 1px solid #ddd; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
#status { color: #a40; }
`;

const SCRIPT = `
const form = document.getElementById('form');
const status = document.getElementById('status');
const textBox = document.getElementById('text');
const rows = document.getElementById('rows');
function cell(row, value) {
  const td = document.createElement('td');
  td.textContent = value === null || value === undefined ? '' : String(value);
  row.appendChild(td);
}
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const format = form.elements.format.value;
  status.textContent = 'extracting…';
  textBox.replaceChildren();
  rows.replaceChildren();
  let answer;
  try {
    const response = await fetch('/v1/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ [format]: form.elements.input.value }) });
    answer = await response.json();
    if (!response.ok) {
      status.textContent = response.status + ': ' + (answer.errors ? answer.errors.map((error) => error.message).join('; ') : answer.message);
      return;
    }
  } catch (error) {
    status.textContent = String(error);
    return;
  }
  const text = answer.article.text;
  let at = 0;
  for (const claim of answer.claims) {
    if (claim.start < at) continue;
    textBox.appendChild(document.createTextNode(text.slice(at, claim.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(claim.start, claim.end);
    mark.title = claim.kind + ' ' + claim.value + (claim.unit ? ' ' + claim.unit : '') + (claim.subject ? ' · ' + claim.subject : '');
    textBox.appendChild(mark);
    at = claim.end;
  }
  textBox.appendChild(document.createTextNode(text.slice(at)));
  for (const claim of answer.claims) {
    const row = document.createElement('tr');
    for (const value of [claim.text, claim.value, claim.unit, claim.kind, claim.subject, claim.time && claim.time.text]) cell(row, value);
    rows.appendChild(row);
  }
  status.textContent = answer.claims.length + ' claims · ' + answer.article.lang + (answer.article.title ? ' · ' + answer.article.title : '');
});
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export const PAGE_SECURITY_POLICY = `default-src 'none'; script-src ${hash(SCRIPT)}; style-src ${hash(STYLE)}; connect-src 'self'; form-action 'none'; base-uri 'none'`;

export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>numclaims</title>
<style>${STYLE}</style>
</head>
<body>
<h1>numclaims</h1>
<p>Paste a press release or news page and see its numeric claims. The same answer comes from <code>POST /v1/extract</code>; see <a href="/openapi.json">/openapi.json</a>.</p>
<form id="form">
<textarea name="input" aria-label="text or HTML" placeholder="2023年全市共建成保障性住房1.2万套，同比增长15%。"></textarea>
<p>
<label><input type="radio" name="format" value="text" checked> text</label>
<label><input type="radio" name="format" value="html"> HTML</label>
<button type="submit">Extract</button>
<span id="status" role="status"></span>
</p>
</form>
<div id="text"></div>
<table>
<thead><tr><th>claim</th><th>value</th><th>unit</th><th>kind</th><th>subject</th><th>time</th></tr></thead>
<tbody id="rows"></tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
