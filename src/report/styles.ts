// The report's stylesheet: one inline <style> block, allowed by its hash in the page's CSP.
import { ClaimKindSchema } from '../core/schema.js';
import { KIND_COLOURS } from './kind-colours.js';

const kindRules = ClaimKindSchema.options
  .map(
    (kind) =>
      `mark.k-${kind}{background:${KIND_COLOURS[kind]}}` +
      `#articles[data-kind-filter="${kind}"] mark.claim:not([data-kind="${kind}"]){background:none;outline:none}` +
      `#articles[data-kind-filter="${kind}"] tr[data-kind]:not([data-kind="${kind}"]){display:none}`,
  )
  .join('\n');

export const REPORT_CSS = `
:root{color-scheme:light;--ink:#1d2329;--muted:#5f6b76;--line:#dde3e8;--panel:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--ink);background:#fff}
header.top{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:8px 24px;display:flex;gap:20px;align-items:baseline;flex-wrap:wrap}
header.top h1{font-size:18px;margin:0}
header.top nav a{margin-right:14px;color:#1f5f8b}
main{max-width:1100px;margin:0 auto;padding:8px 24px 80px}
h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.muted{color:var(--muted)}
.counts{display:flex;gap:14px;flex-wrap:wrap;margin:8px 0 4px}
.count{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:8px 16px;min-width:130px}
.count b{display:block;font-size:24px;line-height:1.2}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(470px,1fr));gap:10px 24px}
.panel h3{font-size:14px;margin:14px 0 4px}
.panel h3 .note{font-weight:normal;font-size:12px;color:var(--muted)}
.panel p.note{font-size:12px;color:var(--muted);margin:0}
.chart{max-width:100%;height:auto;display:block}
.chart-label{font-size:12px;fill:#333}
.chart-value{font-size:11px;fill:#555}
.legend span{display:inline-block;padding:0 8px;margin:0 6px 4px 0;border-radius:3px;font-size:13px}
.swatch-within{background:#3d7ea6;color:#fff}.swatch-spanning{background:#a9cce3}
.filters{display:flex;gap:10px;flex-wrap:wrap;align-items:center;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:8px 12px;position:sticky;top:45px;z-index:4}
.filters label{font-size:13px;color:var(--muted)}
.filters select,.filters input{font:inherit;font-size:14px;padding:2px 6px;max-width:320px}
section.article{border-top:1px solid var(--line);padding:10px 0 18px}
.article-title{font-size:16px;margin:6px 0 2px}
.article-meta{font-size:12px;color:var(--muted);margin:0 0 8px;overflow-wrap:anywhere}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere}
mark.claim{color:inherit;border-radius:2px;padding:0 1px;cursor:help}
mark.claim mark.claim{border-bottom:2px solid #0006}
mark.claim:focus{outline:2px solid #1f5f8b}
mark.flash{animation:flash 1.4s ease-out}
@keyframes flash{0%,40%{box-shadow:0 0 0 4px #e63946}100%{box-shadow:0 0 0 0 transparent}}
${kindRules}
details.claims-table{margin-top:10px}
details.claims-table summary{cursor:pointer;color:#1f5f8b;font-size:13px}
table{border-collapse:collapse;font-size:13px;width:100%;margin-top:6px}
th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
th{background:var(--panel)}
tr[data-target]{cursor:pointer}
tr[data-target]:hover,tr[data-target]:focus{background:#eef5fb}
#tip{position:absolute;z-index:10;max-width:420px;background:#1d2329;color:#fff;border-radius:6px;padding:8px 12px;font-size:12px;box-shadow:0 4px 14px #0004;pointer-events:none}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:1px 10px;margin:0}
#tip dt{color:#9fb3c8}#tip dd{margin:0;overflow-wrap:anywhere}
.errors td{overflow-wrap:anywhere}
`;
