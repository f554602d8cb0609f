// The last lines of an article that belong to it although they are no sentences: a government
// document's signature (the issuing office, then the day it was signed, then a release note
// such as `（此件公开发布）`) and a writer's sign-off on a line of its own (`（记者 张三）`,
// `作者︱李四`). Readers take both for the document's end, so the body keeps them; the parser
// would otherwise drop them as short lines or metadata. Also what never belongs to a story at
// its end or inside it: the labelled lines English pages print after it (`Filed under:`,
// `Tagged:`, `Read more:`), promos set inside it (`MORE: …`), and the label over a list of
// related headlines. Pure functions over line texts.

/** The suffix that makes a name an office or a body rather than a person (`…人民政府办公室`, `…委员会`). */
const ISSUER_SUFFIX = /(?:政府|办公室|办公厅|委员会|领导小组|指挥部|党组|党委|市委|县委|区委|省委|中央|人大常委会|政协|局|厅|委|办|部|署|院|处|所|站|中心|公司|集团|银行|协会|学会|联合会|总会|分会)$/u;
const CHINESE_DIGITS: Record<string, number> = { '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, O: 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const NUMERAL = '(?:\\d{1,4}|[〇零○ＯO一二三四五六七八九十]{1,4})';
/** `2023年5月6日`, `二〇二三年五月六日`: the whole line, as documents print the day they were signed. */
const SIGNATURE_DATE = new RegExp(`^(${NUMERAL})\\s*年\\s*(${NUMERAL})\\s*月\\s*(${NUMERAL})\\s*日$`, 'u');
/** `特此通知`, `此复`: the formula that closes a notice or a reply, printed as a line of its own, often without a full stop. */
const CLOSING_FORMULA = /^(?:特此(?:通知|公告|通告|函复|函告|批复|报告|说明|证明|复函|布告|决定|通报)|此复|此布)[。！!]?$/u;
/** `（此件公开发布）`, `（此件主动公开）`, `（本文有删减）`: the note a government document closes with. */
const RELEASE_NOTE = /^[（(]\s*(?:此件|本件|此文|本文|本通知|本意见)[^（）()]{1,12}[）)]$/u;

/** `二〇二三` → 2023, `十二` → 12, `二十六` → 26, `6` → 6. */
function numeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    const t = tens ? CHINESE_DIGITS[tens] : 1;
    const o = ones ? CHINESE_DIGITS[ones] : 0;
    return t === undefined || o === undefined ? null : t * 10 + o;
  }
  let value = 0;
  for (const ch of text) {
    const digit = CHINESE_DIGITS[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** The ISO day of a signature date line, or null when the line is not one. */
export function signatureDate(line: string): string | null {
  const m = line.trim().match(SIGNATURE_DATE);
  if (!m) return null;
  const [year, month, day] = [numeralValue(m[1]!), numeralValue(m[2]!), numeralValue(m[3]!)];
  if (year === null || month === null || day === null || year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `示例市人民政府办公室`, `示例市财政局　示例市税务局`: one or more issuing bodies, nothing else. */
export function isIssuerLine(line: string): boolean {
  const names = line.trim().split(/[\s　]+/u);
  return names.length <= 4 && names.every((name) => /^[\u4e00-\u9fff（）()·]{2,40}$/u.test(name) && ISSUER_SUFFIX.test(name));
}

export function isReleaseNote(line: string): boolean {
  return RELEASE_NOTE.test(line.trim());
}

/**
 * How many of the last lines form a government document's closing: issuer line(s), the signing
 * date (on its own line or after the issuer), then an optional release note; 0 when they do not.
 * A release note or a closing formula (`特此通知`) alone also closes a document. `lines` are the body's lines in order.
 */
export function documentClosingLength(lines: readonly string[]): number {
  let at = lines.length - 1;
  if (at < 0) return 0;
  const note = isReleaseNote(lines[at]!);
  if (note) at--;
  if (at >= 1) {
    const last = lines[at]!.trim();
    if (signatureDate(last)) {
      let issuers = 0;
      while (issuers < 3 && at - issuers - 1 >= 1 && isIssuerLine(lines[at - issuers - 1]!)) issuers++;
      if (issuers > 0) return lines.length - (at - issuers);
    }
    // `示例市人民政府　2023年5月6日` on one line.
    const joined = last.match(new RegExp(`^(.+?)[\\s　]+(${NUMERAL}\\s*年\\s*${NUMERAL}\\s*月\\s*${NUMERAL}\\s*日)$`, 'u'));
    if (joined && isIssuerLine(joined[1]!) && signatureDate(joined[2]!)) return lines.length - at;
  }
  if (note) return 1;
  return CLOSING_FORMULA.test(lines[lines.length - 1]!.trim()) ? 1 : 0;
}

/** The signing date within a closing found by documentClosingLength, as an ISO day. */
export function closingDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const day = signatureDate(line) ?? signatureDate(line.trim().split(/[\s　]+/u).at(-1) ?? '');
    if (day) return day;
  }
  return null;
}

/** Labels of the lists and tags English pages print after a story. */
const ENGLISH_TRAILER = /^(?:filed under|tagged(?: with)?|tags|topics|categories|posted in|related(?: stories| articles| coverage| links| content)?|read more|see also|also read|more from [^:]{1,40}|recommended(?: reading)?|more on this story)\s*:/iu;

/** Calls to action a template prints after a story (`Sign up for our newsletter…`, `Follow us on Twitter`). */
const ENGLISH_CALL_TO_ACTION = /^(?:sign up|subscribe (?:to|now|today)|follow (?:us|[\w.'’-]+(?: [\w.'’-]+)?) on|email this|click here|share this|like us on|download (?:our|the) app|get the latest)\b/iu;

export function isEnglishTrailer(line: string): boolean {
  const text = line.trim();
  return text.length <= 200 && (ENGLISH_TRAILER.test(text) || ENGLISH_CALL_TO_ACTION.test(text));
}

/**
 * A promo set inside an English story (`MORE: …`, `Read more: …`, `Story continues below
 * advertisement`) or a player's and reading-time label above it (`Listen to this article`,
 * `3 min read`): never the story's text.
 */
const ENGLISH_INLINE_PROMO = /^(?:(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?|continue reading(?: the main story| below)?|advertisement|listen to (?:this|the) (?:article|story)(?: \d+ min(?:utes?)?)?|\d+\s*min(?:ute)?s? read|(?:read more|more|related|see also|also read|also see|watch|listen)\s*:.*)$/iu;

export function isEnglishInlinePromo(line: string): boolean {
  const text = line.trim();
  return text.length <= 200 && ENGLISH_INLINE_PROMO.test(text);
}

/** The label over a list of other articles: `相关文章`, `【延伸阅读】`, `Related Stories`, `More from Example News`. */
const RELATED_LABEL =
  /^(?:[【\[]?\s*(?:相关(?:新闻|阅读|文章|报道|推荐|链接|稿件|专题)|延伸阅读|推荐阅读|往期(?:推荐|回顾|精选)|精彩推荐|热门(?:文章|推荐|新闻)|猜你喜欢|更多(?:阅读|新闻|精彩))\s*[】\]]?|related(?: stories| articles| coverage| links| content| news| reading)?|more (?:stories|news|coverage|from [\w .'’&-]{1,40})|recommended(?: for you| reading| stories)?|you (?:may|might) also like|read next|most (?:read|popular)|popular stories|further reading|trending(?: now)?)\s*[:：]?$/iu;

export function isRelatedLabel(line: string): boolean {
  return RELATED_LABEL.test(line.trim());
}
