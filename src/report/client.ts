/// <reference lib="dom" />
// The report's page script. These functions run in the browser: render-report.ts puts their
// source text into the page (so each must use nothing but its own body, the functions listed
// in CLIENT_FUNCTIONS and the DOM). Input text reaches the page only through textContent and
// attribute setters, never as markup.
import type { ReportArticle, ReportClaim, ReportMeta } from './report-data.js';

export interface HighlightPiece {
  start: number;
  end: number;
  /** index of the claim in the list given */
  claim: number;
  /** the one piece per claim that carries its id; the others continue it past an overlap */
  primary: boolean;
}

/**
 * Cuts claim spans into pieces that nest like elements must: sorted by start (longer first),
 * each piece either inside the open one or after it. A claim that crosses the end of an open
 * piece is split there: its first piece is primary, the rest continue it.
 */
export function nestHighlights(spans: Array<{ start: number; end: number }>): HighlightPiece[] {
  const order = (a: { start: number; end: number; claim: number }, b: { start: number; end: number; claim: number }) => a.start - b.start || b.end - a.end || a.claim - b.claim;
  const queue = spans.map((span, claim) => ({ start: span.start, end: span.end, claim, primary: true })).sort(order);
  const pieces: HighlightPiece[] = [];
  const open: HighlightPiece[] = [];
  for (let index = 0; index < queue.length; index++) {
    const piece = queue[index]!;
    while (open.length > 0 && open[open.length - 1]!.end <= piece.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && piece.end > parent.end) {
      const rest = { start: parent.end, end: piece.end, claim: piece.claim, primary: false };
      piece.end = parent.end;
      let at = index + 1;
      while (at < queue.length && order(queue[at]!, rest) < 0) at++;
      queue.splice(at, 0, rest);
    }
    pieces.push(piece);
    open.push(piece);
  }
  return pieces;
}

export function runReport(): void {
  const BATCH = 8;
  performance.mark('numclaims-script-start');
  const claimsById = new Map<string, ReportClaim>();
  const searchText = new Map<ReportArticle, string>();
  const metaBlock = document.getElementById('numclaims-meta');
  const meta = JSON.parse(metaBlock ? metaBlock.textContent || '{}' : '{}') as ReportMeta;
  const total = meta.total || 0;
  // Articles come in JSON blocks of a hundred after this script: the first block (one batch) is
  // here already, the others arrive as the parser reaches them and are parsed only when needed,
  // so the first articles show before a large page has finished loading.
  const articles: ReportArticle[] = [];
  const blocks = document.getElementsByClassName('numclaims-articles');
  let parsedBlocks = 0;
  const loadArticles = (wanted: number) => {
    while (articles.length < wanted && parsedBlocks < blocks.length) {
      const block = blocks[parsedBlocks]!;
      // A block the parser is still filling has nothing after it yet.
      if (!block.nextSibling && document.readyState === 'loading') return;
      const list = JSON.parse(block.textContent || '[]') as ReportArticle[];
      parsedBlocks += 1;
      for (const article of list) {
        articles.push(article);
        for (const claim of article.claims) claimsById.set(claim.id, claim);
      }
    }
  };
  performance.mark('numclaims-data-parsed');
  const container = document.getElementById('articles') as HTMLElement;
  const sentinel = document.getElementById('articles-more') as HTMLElement;
  const status = document.getElementById('filter-status') as HTMLElement;
  const kindFilter = document.getElementById('filter-kind') as HTMLSelectElement;
  const textFilter = document.getElementById('filter-text') as HTMLInputElement;
  const articleFilter = document.getElementById('filter-article') as HTMLSelectElement;
  const tip = document.getElementById('tip') as HTMLElement;

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const formatNumber = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const describe = (claim: ReportClaim): Array<[string, string]> => [
    ['value', formatNumber(claim.value) + (claim.unit ? ' ' + claim.unit : '')],
    ['unit', claim.unit === null ? '—' : claim.unit + (claim.unitText && claim.unitText !== claim.unit ? ' (' + claim.unitText + ')' : '')],
    ['kind', claim.kind],
    ['approx', claim.approx],
    ['range', claim.range ? formatNumber(claim.range.min) + ' – ' + formatNumber(claim.range.max) : '—'],
    ['per', claim.per ? formatNumber(claim.per.value) + ' ' + claim.per.unit + ' (' + claim.per.text + ')' : '—'],
    ['change', claim.change ? [claim.change.role, claim.change.direction, claim.change.basis, claim.change.from ? 'from ' + claim.change.from : '', claim.change.to ? 'to ' + claim.change.to : ''].filter(Boolean).join(', ') : '—'],
    ['list', claim.list ? 'item ' + (claim.list.index + 1) + ' of ' + claim.list.size + ' (' + claim.list.group + ')' : '—'],
    ['subject', claim.subject === null ? '—' : claim.subject],
    ['time', claim.time ? claim.time.text + ': ' + claim.time.start + ' – ' + claim.time.end + ' (from the ' + claim.time.source + ')' : '—'],
    ['ruleId', claim.ruleId],
    ['id', claim.id],
  ];

  const highlightedText = (article: ReportArticle): HTMLElement => {
    const box = element('div', 'article-text');
    const text = article.text;
    const pieces = nestHighlights(article.claims);
    const stack: Array<{ node: HTMLElement; end: number }> = [{ node: box, end: text.length }];
    let cursor = 0;
    const closeTo = (position: number) => {
      while (stack.length > 1 && stack[stack.length - 1]!.end <= position) {
        const top = stack.pop()!;
        if (cursor < top.end) top.node.append(text.slice(cursor, top.end));
        cursor = Math.max(cursor, top.end);
      }
    };
    for (const piece of pieces) {
      closeTo(piece.start);
      const parent = stack[stack.length - 1]!.node;
      if (cursor < piece.start) parent.append(text.slice(cursor, piece.start));
      cursor = piece.start;
      const claim = article.claims[piece.claim]!;
      const mark = element('mark', 'claim k-' + claim.kind);
      mark.dataset.kind = claim.kind;
      if (piece.primary) {
        mark.dataset.claimId = claim.id;
        mark.tabIndex = 0;
      } else {
        mark.dataset.claimPart = claim.id;
        mark.classList.add('claim-part');
      }
      parent.append(mark);
      stack.push({ node: mark, end: piece.end });
    }
    closeTo(text.length);
    if (cursor < text.length) box.append(text.slice(cursor));
    return box;
  };

  const claimsTable = (article: ReportArticle): HTMLElement => {
    const details = element('details', 'claims-table');
    details.append(element('summary', undefined, 'Claims table (' + article.claims.length + ')'));
    const table = element('table');
    const head = element('tr');
    for (const name of ['text', 'value', 'unit', 'kind', 'approx', 'subject', 'time', 'ruleId']) head.append(element('th', undefined, name));
    table.append(element('thead'));
    table.tHead!.append(head);
    const body = element('tbody');
    for (const claim of article.claims) {
      const row = element('tr');
      row.dataset.target = claim.id;
      row.dataset.kind = claim.kind;
      row.tabIndex = 0;
      const cells = [article.text.slice(claim.start, claim.end), formatNumber(claim.value), claim.unit || '', claim.kind, claim.approx, claim.subject || '', claim.time ? claim.time.start + ' – ' + claim.time.end : '', claim.ruleId];
      for (const cell of cells) row.append(element('td', undefined, cell));
      body.append(row);
    }
    table.append(body);
    details.append(table);
    return details;
  };

  const renderArticle = (article: ReportArticle): HTMLElement => {
    const section = element('section', 'article');
    section.dataset.articleId = article.id;
    if (article.lang === 'zh' || article.lang === 'en') section.lang = article.lang;
    section.append(element('h3', 'article-title', article.title || '(untitled)'));
    const meta = element('p', 'article-meta');
    const facts = [article.source, article.publishedAt || 'no date', article.lang, article.claims.length + ' claims'];
    meta.append(facts.join(' · '));
    if (article.url) {
      meta.append(' · ');
      // Only web addresses become links; anything else (javascript:, data:) stays text.
      if (/^https?:\/\//i.test(article.url)) {
        const link = element('a', undefined, article.url);
        link.href = article.url;
        link.rel = 'noopener noreferrer nofollow';
        link.target = '_blank';
        meta.append(link);
      } else meta.append(element('span', 'url-text', article.url));
    }
    section.append(meta, highlightedText(article));
    if (article.claims.length > 0) section.append(claimsTable(article));
    return section;
  };

  // Lazy rendering: articles are drawn a batch at a time as the end of the list nears the
  // viewport, so a dataset of thousands opens as fast as one of ten.
  let filtered = false;
  let shown: ReportArticle[] = articles;
  let rendered = 0;
  const renderMore = () => {
    if (!filtered) loadArticles(rendered + BATCH);
    const end = Math.min(shown.length, rendered + BATCH);
    const batch = document.createDocumentFragment();
    for (let index = rendered; index < end; index++) batch.append(renderArticle(shown[index]!));
    container.append(batch);
    rendered = end;
    const available = filtered ? shown.length : total;
    container.dataset.rendered = String(rendered);
    container.dataset.shown = String(available);
    status.textContent = filtered ? shown.length + ' of ' + total + ' articles match' : total + ' articles';
    if (rendered < available) {
      if (end === rendered && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderMore, { once: true });
      observer.unobserve(sentinel);
      observer.observe(sentinel);
    }
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting) && rendered < (filtered ? shown.length : total)) renderMore();
  }, { rootMargin: '0px 0px 1500px 0px' });

  const haystack = (article: ReportArticle): string => {
    let text = searchText.get(article);
    if (text === undefined) {
      text = [article.title, article.source, article.url || '', article.text, ...article.claims.map((claim) => (claim.subject || '') + ' ' + claim.ruleId + ' ' + (claim.unit || ''))].join('\n').toLowerCase();
      searchText.set(article, text);
    }
    return text;
  };
  const applyFilters = () => {
    const kind = kindFilter.value;
    const query = textFilter.value.trim().toLowerCase();
    const only = articleFilter.value;
    container.dataset.kindFilter = kind;
    loadArticles(Infinity);
    filtered = Boolean(kind || query || only);
    shown = articles.filter((article) => (!only || article.id === only) && (!kind || article.claims.some((claim) => claim.kind === kind)) && (!query || haystack(article).includes(query)));
    container.replaceChildren();
    rendered = 0;
    renderMore();
  };

  for (const kind of meta.kinds || []) kindFilter.append(new Option(kind, kind));
  // The article list needs every title: made when the reader first reaches for it.
  const fillArticleFilter = () => {
    if (articleFilter.options.length > 1) return;
    loadArticles(Infinity);
    for (const article of articles) articleFilter.append(new Option((article.title || article.source).slice(0, 80), article.id));
  };
  articleFilter.addEventListener('focus', fillArticleFilter);
  articleFilter.addEventListener('pointerdown', fillArticleFilter);
  let pending = 0;
  kindFilter.addEventListener('change', applyFilters);
  articleFilter.addEventListener('change', applyFilters);
  textFilter.addEventListener('input', () => {
    clearTimeout(pending);
    pending = window.setTimeout(applyFilters, 200);
  });

  const showTip = (mark: HTMLElement) => {
    const claim = claimsById.get(mark.dataset.claimId || mark.dataset.claimPart || '');
    if (!claim) return;
    const list = element('dl');
    for (const [name, value] of describe(claim)) list.append(element('dt', undefined, name), element('dd', undefined, value));
    tip.replaceChildren(list);
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(window.innerWidth - tip.offsetWidth - 4, box.left + window.scrollX)) + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest('mark.claim') as HTMLElement | null) : null);
  container.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) showTip(mark);
  });
  container.addEventListener('mouseout', (event) => {
    if (markOf(event.target) && !markOf(event.relatedTarget)) tip.hidden = true;
  });
  container.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) showTip(mark);
  });
  container.addEventListener('focusout', () => {
    tip.hidden = true;
  });

  const goToClaim = (row: HTMLElement) => {
    const section = row.closest('section.article');
    const id = row.dataset.target || '';
    const mark = section ? (section.querySelector('[data-claim-id="' + CSS.escape(id) + '"]') as HTMLElement | null) : null;
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.classList.remove('flash');
    void mark.offsetWidth;
    mark.classList.add('flash');
    mark.focus({ preventScroll: true });
  };
  container.addEventListener('click', (event) => {
    const row = event.target instanceof Element ? (event.target.closest('tr[data-target]') as HTMLElement | null) : null;
    if (row) goToClaim(row);
  });
  container.addEventListener('keydown', (event) => {
    const row = event.target instanceof Element ? (event.target.closest('tr[data-target]') as HTMLElement | null) : null;
    if (row && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      goToClaim(row);
    }
  });

  renderMore();
  performance.mark('numclaims-first-articles');
}

/** The functions the page script is made of, in order; the last is called. */
export const CLIENT_FUNCTIONS = [nestHighlights, runReport];
