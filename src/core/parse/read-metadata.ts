// Metadata shared by the HTML and text parsers: the `时间/来源/作者` line that Chinese
// press releases print under the title, bylines and editor lines, breadcrumbs, boilerplate
// lines (copyright, share bars, QR-code prompts), photo captions, and date strings in their
// many shapes. Pure functions over strings; they add nothing to the article themselves. Lines
// in traditional script are read through their simplified form (labels and role words match)
// and their values given back as the page writes them.
import { toSimplified } from '../zh/simplify-chinese.js';

export interface MetaLineFields {
  publishedAt: string | null;
  /** A government document's 成文日期 (the day it was signed): the date only when nothing says when it was published. */
  writtenAt?: string | null;
  publisher: string | null;
  authors: string[];
  editor: string | null;
  /** Every person an editor's label on the line names (`编辑：甲 责任编辑：乙`), not only the one kept as the editor. */
  editors?: string[];
}

const LABELS = [
  '发布时间', '发布日期', '发表时间', '发稿时间', '更新时间', '成文日期', '时间', '日期',
  '稿件来源', '信息来源', '文章来源', '本文来源', '新闻来源', '内容来源', '来源', '稿源', '出处', '发布机构', '发文机关', '发布单位', '供稿单位',
  '本文作者', '作者', '记者', '通讯员', '撰稿人', '撰稿', '撰文', '执笔人', '执笔', '编译', '译者', '文',
  '责任编辑', '责编', '编辑', '选稿', '审稿', '校对', '审核', '审校', '初审', '复审', '终审', '监制', '统筹', '策划', '美编', '排版',
  '微信编辑', '新媒体编辑', '网络编辑', '值班编辑', '本期编辑', '图片编辑', '视频编辑', '实习编辑', '见习编辑', '特约编辑',
  '主编', '编审', '编发', '出品人', '出品', '制作', '设计', '摄影', '摄像', '海报', '标签', '关键词', '关键字',
  '浏览次数', '点击数', '阅读量', '阅读数', '浏览量', '点击量', '访问量', '阅读', '字号', '字体', '分享到',
];
const LABEL = `(?:${LABELS.join('|')})`;
// A short label counts where no Han character runs into it (`16:01来源:` yes, `信息来源` is its own
// label); labels of three or more characters are distinctive enough to count anywhere, which
// matters because inline spans on separate source lines run together (`李华浏览次数：3086`).
const LONG_LABEL = `(?:${LABELS.filter((l) => l.length >= 3).join('|')})`;
const SHORT_LABEL = `(?:${LABELS.filter((l) => l.length < 3).join('|')})`;
const FIELD_RE = new RegExp(`(${LONG_LABEL}|(?<![\\u4e00-\\u9fff])${SHORT_LABEL})\\s*[:：]\\s*`, 'gu');
// `编辑|禤志杰`: a bar after a label counts only at the start of a line, where it is no table cell.
const BAR_LABEL_RE = new RegExp(`^(\\s*[(（【\\[]?\\s*${LABEL})\\s*[|丨｜︱]\\s*`, 'u');

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ENGLISH_DATE_RE = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\b`, 'i');
const ISO_RE = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?/;
/** 2020年12月28日 or 2020-12-28 (one kind of separator throughout: 2024年1-6月 is a span of months, no date). */
const CJK_DATE_RE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*日?|([-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * ISO 8601 from the date shapes Chinese and English pages print, found anywhere in `raw`;
 * +08:00 when `chinese` and the source gives no zone. Null when there is no date.
 */
export function parseDateTime(raw: string, chinese: boolean): string | null {
  // `2019-09-1814:30`: a date span and a time span printed with nothing between them.
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/(\d{4}([-/.])\d{1,2}\2\d{2})(?=\d{1,2}:\d{2})/u, '$1 ')
    // `2019 09/18 14:30:00`: the year in a span of its own before month/day.
    .replace(/(?<!\d)(\d{4})\s+(\d{1,2})\s*\/\s*(\d{1,2})(?!\d)/u, '$1/$2/$3');
  const iso = s.match(ISO_RE);
  if (iso && validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) {
    const zone = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : chinese ? '+08:00' : '';
    return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
  }
  const m = s.match(CJK_DATE_RE);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6])];
    if (validDate(year, month, day)) {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      if (m[7] === undefined) return date;
      const [hour, minute, second] = [Number(m[7]), Number(m[8]), Number(m[9] ?? 0)];
      if (hour > 23 || minute > 59 || second > 59) return date;
      return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${chinese ? '+08:00' : ''}`;
    }
  }
  // `8/13/2010`, `08/13/10 10:45 AM` on an English page: month first, unless the first number
  // cannot be a month (`13/08/2010`).
  const numeric = chinese ? null : s.match(/(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/u);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const year = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    const [month, day] = a > 12 ? [b, a] : [a, b];
    if (validDate(year, month, day) && year <= 2099) return `${year}-${pad(month)}-${pad(day)}`;
  }
  const e = s.match(ENGLISH_DATE_RE);
  if (e) {
    const month = MONTHS[(e[1] ?? e[5])!.toLowerCase().slice(0, 4).replace(/t$/, '')] ?? MONTHS[(e[1] ?? e[5])!.toLowerCase().slice(0, 3)];
    const day = Number(e[2] ?? e[4]);
    const year = Number(e[3] ?? e[6]);
    if (month && validDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

const CLOSING: Record<string, string> = { ')': '(', '）': '（', ']': '[', '】': '【', '>': '<', '》': '《' };

/** Trims brackets and bars around a field value; a closing bracket stays when its pair is inside. */
function cleanValue(value: string): string {
  // A bracket opened at the end is the next widget's (`新华社【字体`), never part of the value.
  let out = value.replace(/^[\s[【（(<|丨]+/u, '').replace(/[\s|丨【\[［]+$/u, '');
  for (;;) {
    const last = out.at(-1) ?? '';
    const open = CLOSING[last];
    if (!open || out.includes(open)) break;
    out = out.slice(0, -1).trimEnd();
  }
  return out.trim();
}

/** Share-bar words that run into a source name: `来源: 新华社举报`. */
const TRAILING_WIDGET = /(?:举报|分享到?|打印|收藏|评论|字号|纠错|关注|订阅|参与互动|参与讨论|我要评论|A\+|A-)+$/u;
/**
 * The bureau a portal prints after a source (`21世纪经济报道(广州)`, `华夏时报(北京)`): a place, not
 * part of the outlet's name. A bracket that names an outlet (`(中证网)`) or a person stays.
 */
const BUREAU_SUFFIX = /\s*[（(]([\u4e00-\u9fff]{2,3})[）)]$/u;
const OUTLET_WORD = /网|报|社|台|刊|站|记者|作者|编辑/u;

/** `综合示例晚报、示例日报`, `整理自…`, `编译自…`: a source value listing what a post was compiled from. */
const COMPILED_FROM = /^(?:综合|整理自|编译自|综编自)/u;

/**
 * `示例新闻客户端 示例青年网`: the site's own link printed after the source outlet, a space between
 * (the byline's empty author span); the first outlet is the source.
 */
function dropSiteAfterSource(publisher: string): string {
  const m = publisher.match(/^(\S{2,20}?)\s(\S{2,20})$/u);
  return m && /[\u4e00-\u9fff][网报社台]$/u.test(m[2]!) && /[\u4e00-\u9fff]/u.test(m[1]!) ? m[1]! : publisher;
}

/**
 * `示例日报 李华`: the byline's author span printed after the 来源 outlet with no label of its own.
 * The name is no part of the outlet's; whether it is the writer's the line does not say.
 */
function dropNameAfterSource(publisher: string): string {
  const m = publisher.match(/^(\S{2,20}?)\s+([\u4e00-\u9fff]{2,3})$/u);
  return m && /[\u4e00-\u9fff](?:[网报社台刊站]|客户端|新闻|频道)$/u.test(m[1]!) && looksLikeChineseName(m[2]!) && isPersonName(m[2]!) ? m[1]! : publisher;
}

function dropBureau(publisher: string): string {
  const m = publisher.match(BUREAU_SUFFIX);
  return m && !OUTLET_WORD.test(m[1]!) && publisher.length - m[0].length >= 2 ? publisher.slice(0, -m[0].length) : publisher;
}

/**
 * Where an affiliation may begin right after a name with no space (`方敏北京大学经济学院教授`):
 * places and national bodies that open institution names, and academic titles.
 */
const AFFILIATION_START = new RegExp(
  '^(?:' +
    [
      '中国', '中央', '国家', '国务院', '全国', '清华', '复旦', '南开', '同济', '中山', '人民', '香港', '澳门', '台湾',
      '北京', '上海', '天津', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
      '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏', '新疆',
      '武汉', '南京', '厦门', '西安', '深圳', '广州', '杭州', '成都',
      '教授', '副教授', '研究员', '副研究员', '博士', '院士', '主任', '所长', '院长', '经济学家', '分析师',
    ].join('|') +
    ')',
  'u',
);

/** `方敏北京大学经济学院教授` → `方敏`: a 2–4 character name before an affiliation written into it. */
function dropAffiliation(name: string): string {
  if (name.length <= 4 || !/^[\u4e00-\u9fff]+$/u.test(name)) return name;
  // `示例市人民政府` is an office, not `示例市` of 人民…: a part before that names a place is no person.
  for (let length = 2; length <= 4; length++) {
    const head = name.slice(0, length);
    if (AFFILIATION_START.test(name.slice(length)) && (looksLikeChineseName(head) || !/[市省县区州旗镇乡村]$/u.test(head))) return head;
  }
  return name;
}

/**
 * `方  敏`, `刘　洋`: a newspaper pads a two-character name to the width of three with spaces. A
 * lone surname and a lone character after it, set off from every other character, are one name.
 */
function closeSpacedNames(value: string): string {
  return value.replace(/(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \t\u00a0\u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff])/gu, (whole, surname: string, given: string) =>
    SURNAMES.has(surname) ? surname + given : whole,
  );
}

/** Splits `张骅 吴明 张晓梅` or `萧潇、张妍` into names, dropping role words. */
export function splitNames(value: string): string[] {
  const withoutRoles = value
    // `张三 摄影｜李四`: the photographer's credit after the writer's names no writer.
    .replace(/\s*(?:图|摄影|图片)\s*[/／|丨︱｜].*$/u, '')
    // `张三（示例大学教授）`: an affiliation in brackets after a name.
    .replace(/[（(][^（）()]*[）)]/gu, ' ')
    .replace(/(?:本报|本刊|特约|实习|见习|首席)?(?:记者|评论员)|实习生|通讯员|整理|报道|摄影?|编译|综合|整合/gu, ' ');
  return closeSpacedNames(withoutRoles)
    .split(/[\s,，、　;；/]+/u)
    .map((name) => dropAffiliation(name.trim()))
    .filter((name) => name.length >= 2 && name.length <= 12 && !/\d/.test(name));
}

/** `readMetaLine` on a line in simplified script. */
function readMetaLineSimplified(rawLine: string): MetaLineFields | null {
  const line = rawLine.replace(BAR_LABEL_RE, '$1：');
  const marks = [...line.matchAll(FIELD_RE)];
  if (marks.length === 0) return null;
  const fields: MetaLineFields = { publishedAt: null, publisher: null, authors: [], editor: null };
  let recognised = 0;
  marks.forEach((mark, i) => {
    const valueStart = mark.index! + mark[0].length;
    const valueEnd = i + 1 < marks.length ? marks[i + 1]!.index! : line.length;
    let value = cleanValue(line.slice(valueStart, valueEnd));
    const label = mark[1]!;
    if (!value) return;
    if (label === '成文日期') {
      const date = parseDateTime(value, true);
      if (date) {
        fields.writtenAt = date;
        recognised++;
      }
    } else if (/时间|日期/.test(label)) {
      const date = parseDateTime(value, true);
      if (date) {
        fields.publishedAt = date;
        recognised++;
      }
    } else if (/来源|稿源|出处|机构|机关|单位/.test(label)) {
      // The 来源 outlet is the publisher; an issuing office or supplying unit only when no 来源 says one.
      if (fields.publisher && !/来源|稿源|出处/.test(label)) return;
      // `来源：示例日报 记者 张甲`: the outlet, then its reporters with no label of their own.
      const reporters = value.match(/^(\S{2,20})\s+(?:特约|实习|见习|首席)?记者\s*([\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*)$/u);
      if (reporters && reporters[2]!.split(/[\s、，,]+/u).every(looksLikeChineseName)) {
        fields.authors.push(...splitNames(reporters[2]!));
        value = reporters[1]!;
      }
      // `来源：示例市发展改革委 【字体：大 中 小】`: a widget in brackets after a space is no part of the name.
      const publisher = dropNameAfterSource(dropSiteAfterSource(dropBureau(cleanValue(cleanValue(value.split(/\s{2,}|\s+(?=\d)|\s+(?=[【\[])|[|丨]/u)[0]!).replace(TRAILING_WIDGET, '')))));
      // `来源 | 综合示例晚报、示例日报`: the sources a post was compiled from; the line is metadata, the outlet is the account's.
      if (COMPILED_FROM.test(publisher)) recognised++;
      else if (publisher && publisher.length <= 40 && !NO_OUTLET.test(publisher)) {
        fields.publisher = publisher;
        recognised++;
      }
    } else if (/^(?:本文作者|作者|记者|通讯员|撰稿人?|撰文|执笔人?|编译|译者|文)$/.test(label)) {
      const names = splitNames(value);
      if (names.length > 0 && (label !== '文' || names.length <= 3)) {
        // `作者：新京报`, `作者：市统计局`: the slot is filled, by an outlet or a department.
        fields.authors.push(...names.filter(isPersonName));
        recognised++;
      }
    } else if (/编辑|责编|选稿/.test(label)) {
      // `选稿：` names who picked the story for a portal's page: its editor, never its writer.
      // `（编辑：小何）返回示例网，查看更多`: the bracket closes the value, whatever link follows it.
      // `编辑：何  甲`: a name padded with spaces is closed up before spaces part the value.
      fields.editor = cleanValue(closeSpacedNames(value).split(/\s{2,}|[）)】\]](?=.)/u)[0]!);
      fields.editors = [...(fields.editors ?? []), ...splitNames(fields.editor)];
      recognised++;
    } else {
      recognised++;
    }
  });
  if (recognised > 0 && !fields.publishedAt && !fields.writtenAt) {
    // `2022年02月13日07:48 | 来源：新华日报`: the date before the first label has no label of its own.
    const date = parseDateTime(line.slice(0, marks[0]!.index!), true) ?? parseDateTime(line, true);
    if (date) fields.publishedAt = date;
  }
  return recognised > 0 ? fields : null;
}

const SENTENCE_END = /[。！？!?]/u;

// China's English sites set the full-width colon of their Chinese templates (`Source：…`).
const ENGLISH_FIELD = /^(?:(published|posted|date|updated|released|issued|source|authors?|written by|contact|media contact|(?:web |chief |managing )?editors?)\s*[:：]|(posted by|written by|by)\s)\s*(\S.*)$/iu;
/** `(Example Daily Online) 11:35, November 23, 2022`: the origin line of China's English portals, the outlet in brackets before the time. */
const BRACKETED_ORIGIN = /^\(([A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,4})\)\s*(\S.*)$/u;
const PERSON = /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$/u;
/** What a byline adds after the names: the writer's role or desk (`Staff Writer`, `Associated Press Writers`, `Special to the Post`). */
const BYLINE_ROLE = /^(?:[\w.&'’-]+\s+){0,4}(?:writer|reporter|correspondent|editor|columnist|contributor|producer|analyst)s?$|^special to\s/iu;

/** An outlet after the names of a byline: `CNN`, `The Example Post`, `Example News`, `example.com`. */
const ENGLISH_OUTLET = /^(?:[A-Z]{2,6}|The\s.+|.*\b(?:News|Times|Post|Press|Journal|Daily|Herald|Tribune|Reuters|Agency|Magazine|Network|Media|Online|Wire|Gazette|Chronicle)\b.*|[\w-]+\.(?:com|org|net|co\.uk))$/u;

/**
 * The names of a `By …` value: `Jane Roe and John Doe`, `Jane Roe, Staff Writer`, `Jane Roe on
 * Aug 13, 2010`, `Jane Roe, Aug 13, 2010`. Null when a part is neither a name, a role nor a date.
 */
function bylineNames(value: string): string[] | null {
  const names: string[] = [];
  const withoutDate = value.replace(/\s+(?:on|at)\s+.*$/iu, (tail) => (parseDateTime(tail, false) ? '' : tail));
  // The date's own comma (`Aug 13, 2010`) must not split it into parts.
  const parts = withoutDate.replace(ENGLISH_DATE_RE, (date) => date.replace(/,/g, ' ')).split(/\s*,\s*|\s+and\s+|\s*&\s*/u);
  for (const part of parts) {
    const text = part.trim();
    if (!text || BYLINE_ROLE.test(text) || parseDateTime(text, false) || ENGLISH_OUTLET.test(text)) continue;
    if (!PERSON.test(text) || /\d/u.test(text)) return null;
    names.push(text);
  }
  return names.length > 0 ? names : null;
}

/**
 * `Published: June 18, 2024 | Source: Office of the Mayor | By Jane Doe`: every part a labelled
 * field (labels take a colon, except `By` before names). A sentence such as `By May, the county…`
 * or `From 2020 to 2024 …` is not a byline.
 */
export function readEnglishMetaLine(rawLine: string): MetaLineFields | null {
  // `(Web editor: Jane Roe, John Doe)`: a field line set in brackets as a whole.
  const line = rawLine.trim().replace(/^\(([^()]+)\)$/u, '$1');
  if (/[.!?]$/u.test(line) && !/\b(?:a\.m|p\.m|Jr|Sr|Inc)\.$/u.test(line)) return null;
  const origin = line.match(BRACKETED_ORIGIN);
  if (origin) {
    // Only the time may follow the outlet: `(Reuters) - The city said…` opens a story.
    const rest = readEnglishMetaLine(origin[2]!);
    return rest?.publishedAt && !rest.publisher && rest.authors.length === 0 ? { ...rest, publisher: origin[1]! } : null;
  }
  const fields: MetaLineFields = { publishedAt: null, publisher: null, authors: [], editor: null };
  for (const segment of line.split(/\s+[|·•]\s+/u)) {
    const m = segment.trim().match(ENGLISH_FIELD);
    if (!m) {
      // `By Jane Roe | Example News`: the outlet the byline names.
      if (fields.authors.length > 0 && ENGLISH_OUTLET.test(segment.trim())) {
        fields.publisher ??= segment.trim();
        continue;
      }
      // An unlabelled segment counts when it is a date and nothing else (`By Jane Roe | Aug 13, 2010`).
      const rest = segment.replace(ENGLISH_DATE_RE, '').replace(ISO_RE, '').replace(/\d{1,2}\/\d{1,2}\/\d{2,4}/u, '').replace(/\b(?:\d{1,2}:\d{2}|am|pm|a\.m\.|p\.m\.|[ecmp][sd]t|et|gmt|utc)\b|[\s,.:]/giu, '');
      const date = rest.length === 0 ? parseDateTime(segment, false) : null;
      if (!date) return null;
      fields.publishedAt ??= date;
      continue;
    }
    const label = (m[1] ?? m[2]!).toLowerCase();
    const value = m[3]!.trim();
    if (/^(?:published|posted|date|updated|released|issued)$/u.test(label)) {
      const date = parseDateTime(value, false);
      if (!date) return null;
      fields.publishedAt ??= date;
    } else if (label === 'source') fields.publisher = value;
    else if (/editor/u.test(label)) fields.editor = value;
    else if (/^(?:by|posted by|authors?|written by)$/u.test(label)) {
      const names = bylineNames(value);
      if (!names) return null;
      fields.authors.push(...names);
      if (/\d/u.test(value)) fields.publishedAt ??= parseDateTime(value, false);
    }
  }
  return fields;
}

/** `readMetadataOnlyLine` on a line in simplified script. */
function readMetadataOnlyLineSimplified(line: string, chinese: boolean): MetaLineFields | null {
  const trimmed = line.trim();
  if (trimmed.length > 160) return null;
  if (!/[\u4e00-\u9fff]/u.test(trimmed)) {
    const english = readEnglishMetaLine(trimmed);
    if (english) return english;
  }
  if (trimmed.length > 120) return null;
  const fields = readMetaLineSimplified(trimmed);
  if (fields) {
    if (SENTENCE_END.test(trimmed.replace(/[（(][^）)]*[）)]/gu, ''))) return null;
    return fields;
  }
  const byline = readBylineLineSimplified(trimmed);
  if (byline) return { publishedAt: null, publisher: null, authors: byline, editor: null };
  // `2018-02-28 14:31示例社 示例县28日电`: a byline box that carries a wire's dateline names the
  // wire as the story's source.
  const wire = trimmed.replace(/^[\d\s:：\-/.年月日]+/u, '').match(WIRE_DATELINE);
  if (wire) return { publishedAt: parseDateTime(trimmed, chinese), publisher: wire[1]!, authors: [], editor: null };
  // A bare date line (`2019-09-23 07:48`, `January 17, 2017 at 6:08 PM ET by Kori Schulman`).
  if (trimmed.length <= 60 && !SENTENCE_END.test(trimmed)) {
    const date = parseDateTime(trimmed, chinese);
    if (date) {
      const rest = trimmed
        .replace(ISO_RE, '')
        .replace(CJK_DATE_RE, '')
        .replace(ENGLISH_DATE_RE, '')
        .replace(/(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|int)\b[\w./-]*/giu, '')
        .replace(/\b(?:at|on|by|updated|published|posted)\b|[\d:：|丨·/\-—\s,.()（）年月日时分秒apmAPMET]+/giu, '');
      const englishBy = trimmed.match(/\bby\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$/);
      if (rest.length <= 12 || englishBy) {
        return { publishedAt: date, publisher: null, authors: englishBy ? [englishBy[1]!] : [], editor: null };
      }
    }
  }
  return null;
}

/**
 * An outlet, a space and its dateline, nothing else: `示例社 示例县28日电`. A dateline opening the
 * text (`新华社北京3月5日电`) sets no space after the outlet and is no byline box.
 */
const WIRE_DATELINE = /^([\u4e00-\u9fff]{1,8}[社网报台])\s+[\u4e00-\u9fff]{2,8}?\d{1,2}日(?:专)?电$/u;

/** `readBylineLine` on a line in simplified script. */
function readBylineLineSimplified(line: string): string[] | null {
  const trimmed = closeSpacedNames(
    line
      .trim()
      .replace(/^[□■●◆◇▲△○◎★☆▶►*]+\s*/u, '')
      .replace(/^[（(【\[]\s*(.*?)\s*[）)】\]]$/u, '$1'),
  );
  if (trimmed.length > 60 || SENTENCE_END.test(trimmed)) return null;
  // `示例网示例频道 记者 张三`: the outlet and channel may stand before the role, set off by a space.
  const zh = trimmed.match(/^(?:[\u4e00-\u9fff·]{0,12}?\s?)(?:特约|实习|见习|首席)?(记者|评论员)\s*([\u4e00-\u9fff·]{2,5}(?:[\s、，,]+[\u4e00-\u9fff·]{2,5})*)(?:\s*(?:报道|摄影?|整理|综合)|\s*[/／]\s*[\u4e00-\u9fff]{1,8}报[导道])?$/u);
  // A commentator's credit (`特约评论员 张三`) takes only a name a surname opens: `本报评论员文章` credits no one.
  if (zh && zh[1] === '评论员') return zh[2]!.split(/[\s、，,]+/u).every(looksLikeChineseName) ? splitNames(zh[2]!) : null;
  if (zh) return splitNames(zh[2]!);
  const author = trimmed.match(/^(?:《[^》]{1,12}》)?\s*作者\s+([\u4e00-\u9fff·]{2,5}(?:[\s、，,]+[\u4e00-\u9fff·]{2,5})*)$/u);
  if (author) return splitNames(author[1]!);
  // `文/李华 图/王明`: the writer's credit, then the photographer's, which names no writer.
  const withPhoto = trimmed.match(/^(文\s*[/／|丨︱｜]\s*[\u4e00-\u9fff·、，,\s]{2,30}?)\s+(?:图|摄影|图片)\s*[/／|丨︱｜]\s*[\u4e00-\u9fff·、，,\s]{2,30}$/u);
  if (withPhoto) return readBylineLineSimplified(withPhoto[1]!);
  // `文/李华`, `文/图 李华 王明`, `撰文︱李华`: the writer (and photographer) credited by a slash or bar.
  // `文/示例日报记者 李华`: the outlet and role word before the name, which splitNames drops.
  const slashed = trimmed.match(/^(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文|撰文|作者|记者)\s*(?:[/／|丨︱｜]\s*|\s+)((?:[\u4e00-\u9fff]{0,8}?(?:记者|评论员)\s*)?[\u4e00-\u9fff·]{2,5}(?:[\s、，,]+[\u4e00-\u9fff·]{2,5})*)$/u);
  if (slashed) {
    const names = splitNames(slashed[1]!).filter(isPersonName);
    if (names.length > 0) return names;
  }
  const en = trimmed.match(/^(?:written\s+)?by:?\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$/i);
  if (en && !ENGLISH_OUTLET.test(en[1]!)) return [en[1]!];
  return null;
}

/** `readClosingByline` on a paragraph in simplified script. */
function readClosingBylineSimplified(paragraph: string): string[] {
  // `…（张楠）（完）`: the end mark after a sign-off closes the article, not the credit.
  const m = paragraph.replace(END_MARK, '').match(/[（(]\s*([^（）()]{2,30})\s*[）)]\s*$/u);
  if (!m) return [];
  // `（来源：示例晚报 记者 张三）`: the outlet the sign-off names first is no writer. With a label
  // after it (`（来源：示例晚报 作者：张三）`) the line is a metadata line, not a sign-off.
  const inside = m[1]!.replace(CLOSING_SOURCE, '');
  if (inside !== m[1] && inside.search(FIELD_RE) >= 0) return [];
  const credited = inside.match(/^(?:编译|翻译|文|撰文|作者|执笔)\s*[/／:：|丨︱]\s*(.+)$/u);
  if (credited) return splitNames(credited[1]!).filter(isPersonName);
  // `（张楠）`: a bare name closing the article, told from `（完）`, `（待续）` or `（上）` by its surname;
  // `（刘甲摄）` credits a photographer.
  if (/^[\u4e00-\u9fff]{2,3}$/u.test(inside) && !/摄$/u.test(inside) && SURNAMES.has(inside[0]!) && !NOT_NAMES.has(inside)) return [inside];
  if (/记者|通讯员/.test(inside)) return splitNames(inside.replace(/^[\u4e00-\u9fff]{0,6}?(?=(?:特约|实习)?记者)/u, ''));
  const reported = inside.match(/^([\u4e00-\u9fff·]{2,4})\s+[\u4e00-\u9fff]{2,4}报道$/u);
  return reported ? [reported[1]!] : [];
}

/** The marks that end an article's text after its last sentence or sign-off: `（完）`, `（全文完）`, `(END)`. */
const END_MARK = /\s*[（(]\s*(?:完|全文完|结束|end)\s*[）)]\s*$/iu;
/** A source label and its outlet opening a sign-off: `来源：示例晚报 ` of `（来源：示例晚报 记者 张三）`. */
const CLOSING_SOURCE = /^(?:来源|稿源|稿件来源|本文来源|文章来源)\s*[:：]\s*[^\s，,；;]{2,20}(?:[\s，,；;]+|$)/u;

/**
 * The outlet a sign-off closing the article names with its writers: `（来源：示例晚报 记者 张三）`.
 * Null when it names no writer (`…的数据（来源：示例统计局）` cites a source, it does not sign) or
 * names only `网络`.
 */
export function readClosingSource(paragraph: string): string | null {
  const view = simplifiedView(paragraph);
  if (readClosingBylineSimplified(view.text).length === 0) return null;
  const m = view.text.replace(END_MARK, '').match(/[（(]\s*(?:来源|稿源|稿件来源|本文来源|文章来源)\s*[:：]\s*([^\s，,；;（）()]{2,20})[^（）()]{0,30}[）)]\s*$/u);
  if (!m || NO_OUTLET.test(m[1]!)) return null;
  return view.back(m[1]!);
}

/** Common single-character surnames: what a bare `（张楠）` at an article's end must start with. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
    .split(''),
);
/** Two-character surnames, for names of three and four characters (`欧阳觅剑`). */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '端木', '独孤', '南宫', '西门', '轩辕', '澹台']);

/** `张楠`, `欧阳觅剑`: a name a common surname opens, two to four characters. */
export function looksLikeChineseName(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/u.test(text) || NOT_NAMES.has(text)) return false;
  if (COMPOUND_SURNAMES.has(text.slice(0, 2))) return text.length >= 3;
  return SURNAMES.has(text[0]!) && text.length <= 3;
}

/**
 * `欧阳觅剑:收费公路亏损扩大警示相对过剩`: a columnist named before the headline. A speaker quoted
 * in a headline (`李强：…`) is named again in the text; a writer is not, so only a name the body
 * never mentions counts.
 */
export function readTitleByline(title: string, body: string): string[] {
  const m = title.match(/^([\u4e00-\u9fff]{2,4})\s*[:：]/u);
  if (!m || !looksLikeChineseName(m[1]!) || body.includes(m[1]!)) return [];
  return [m[1]!];
}

/** Two- and three-character closings that start like a name but are not one. */
const NOT_NAMES = new Set(['全文完', '完结', '待续', '未完待续', '文完', '王牌', '高清', '周报', '李白', '方案', '成文', '文章', '文字']);

/** Words that make a credited value an outlet, a desk or a department rather than a person. */
const NOT_A_NAME = new RegExp(
  [
    // Outlets and desks: 示例日报, 示例网, 编辑部, 本报评论员.
    '网|报|社|台|刊|站|中心|编辑部|评论员|本刊|本报|综合|整理',
    // Schools and institutes: 示例大学, 示例研究院.
    '大学|学院|研究院|研究所',
    // Offices and bodies by their last word: 示例市统计局, 办公室, 示例市人民政府, 示例公司, 示例市图书馆.
    '(?:局|厅|委|办|部|处|署|院|所|会|馆|办公室|政府|公司|集团|银行|街道|社区|融媒|妇联|侨联|文联|残联|工商联)$',
    // A section, team or unit, four characters or more (政务公开科, 信息股, 示例课题组, 消防支队); `李科` is a name.
    '^[\\u4e00-\\u9fff]{3,}[科股室组队]$',
    // Five Han characters or more with no `·`: longer than any Chinese name (示例市政务服务管理).
    '^[\\u4e00-\\u9fff]{5,}$',
    // Titles after a name: 教授, 研究员, 分析师.
    '(?:教授|研究员|主任|院长|所长|博士|专家|学者|分析师|经济学家)$',
    // A site or an acronym in the author slot: CSDN.NET, CSDN, IT之家's 'IT'.
    '\\.[a-zA-Z]{2,}$|^[A-Z]{2,8}$',
    // A dateline where a CMS expects the writer: 示例县28日电, 示例縣28日電.
    '\\d{1,2}日(?:专|專)?[电電讯訊]$',
  ].join('|'),
  'u',
);

/** What a CMS writes in the author slot when it names no one (`佚名`, `小编`, `admin`). */
const PLACEHOLDER_NAME = /^(?:佚名|匿名|无名|小编|本站|本网|网友|编者|管理员|未知|不详|admin|administrator|anonymous|unknown|null)$/iu;

export function isPersonName(name: string): boolean {
  return !NOT_A_NAME.test(name) && !PLACEHOLDER_NAME.test(name);
}

/** `来源：网络`, `来源：本站`: a source line that names no outlet. */
const NO_OUTLET = /^(?:网络|互联网|网友|网上|本站|本网|综合|未知|转载|原创|自媒体|整理)$/u;

/** Role words before a reporter's name, with the outlet or desk that may stand before them (`新华社记者`, `总台央视记者`). */
const REPORTER_ROLE = '(?:[\\u4e00-\\u9fff]{0,6}?(?:特约|实习|见习|首席)?记者)';
/** Drops the outlet before the role word (`新华社记者张三` → `记者张三`), which names no one. */
const outletBeforeRole = (credit: string) => credit.replace(/^[\u4e00-\u9fff]{0,6}?(?=(?:特约|实习|见习|首席)?记者)/u, '');

/**
 * The shapes of a dateline that names its reporters, opening the first paragraph, one row per
 * shape with an example and the names read from it. The pattern's first group is the credit;
 * `strict` rows, whose credit has no bracket to end it, take only what reads as a Chinese name (a
 * surname first), so that `记者近日从示例市获悉` credits no one; `placeGlued` rows cut the dateline's
 * place off the last name.
 */
export const DATELINE_BYLINES: { example: string; names: string[]; pattern: RegExp; strict?: boolean; placeGlued?: boolean }[] = [
  // Taiwan's byline, bracketed or not.
  { example: '〔记者张三／台北报导〕', names: ['张三'], pattern: /^[〔\[【（(]?\s*((?:[\u4e00-\u9fff]{0,6}?)记者[\u4e00-\u9fff·、，,\s]{2,30}?)\s*[/／]\s*[\u4e00-\u9fff]{1,8}报[导道]\s*[〕\]】）)]?/u },
  // The outlet's report mark with its reporters.
  { example: '【示例网报道 记者 张三】', names: ['张三'], pattern: /^【[^【】]{2,30}?((?:特约|实习|见习|首席)?记者[^【】]{2,20})】/u },
  // The reporters in brackets, with no dateline before them.
  { example: '（记者 张三 通讯员 李四）示例市…', names: ['张三', '李四'], pattern: /^[（(]\s*((?:本报|本刊)?(?:特约|实习|见习|首席)?记者[^（）()]{2,30})[）)]/u },
  // An agency's or paper's dateline, the reporters in brackets after it.
  { example: '新华社北京3月5日电（记者张三、李四）', names: ['张三', '李四'], pattern: /^[^（(。！？]{2,30}?(?:电|讯)\s*[（(]([^（）()]{0,12}?(?:记者|通讯员)[^（）()]{2,30})[）)]/u },
  // The same without brackets: the reporters run up to a space (Xinhua sets a full-width one).
  {
    example: '新华社北京3月5日电　记者张三　示例市…',
    names: ['张三'],
    pattern: new RegExp(
      `^[^（(。！？，,]{2,30}?(?:电|讯)[\\s:：]*(${REPORTER_ROLE}\\s*[\\u4e00-\\u9fff·]{2,4}(?:[、\\s]+(?:(?:通讯员|实习生)\\s*)?[\\u4e00-\\u9fff·]{2,4})*)(?:\\s+|$)`,
      'u',
    ),
    strict: true,
  },
  // A Taiwanese agency's bracketed dateline: the place runs into the last name, no space between.
  { example: '（示例社记者王小明桃园19日电）', names: ['王小明'], pattern: /^[（(]\s*[\u4e00-\u9fff]{0,6}?记者([\u4e00-\u9fff、]{4,24}?)\s*\d{1,2}日(?:专)?电\s*[）)]/u, strict: true, placeGlued: true },
];

/**
 * Places a dateline prints right after a reporter's name (`王小明桃园19日电`), in simplified
 * script: Taiwan's cities and counties and the datelines most often filed from abroad.
 */
const DATELINE_PLACE = /(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|苗栗|彰化|南投|云林|嘉义|屏东|宜兰|花莲|台东|澎湖|金门|马祖|连江|北京|上海|香港|澳门|华盛顿|纽约|洛杉矶|旧金山|东京|首尔|伦敦|巴黎|柏林|布鲁塞尔|莫斯科|新加坡|曼谷|雅加达|马尼拉|河内|悉尼|多伦多|温哥华|日内瓦|维也纳)(?:市|县)?$/u;

/**
 * `王小明桃园` → `王小明`: the last credit of a dateline with its place glued on. A known place is
 * cut off exactly; otherwise the place is taken to be two characters after a two-character name
 * and the rest after a three-character one, the common lengths of both.
 */
function cutGluedPlace(credit: string): string {
  const known = credit.match(DATELINE_PLACE);
  if (known && credit.length - known[0].length >= 2) return credit.slice(0, -known[0].length);
  return credit.slice(0, credit.length <= 4 ? 2 : 3);
}

/** `readDatelineByline` on a paragraph in simplified script. */
function readDatelineBylineSimplified(paragraph: string): string[] {
  for (const { pattern, strict, placeGlued } of DATELINE_BYLINES) {
    const m = paragraph.match(pattern);
    if (!m) continue;
    const credits = placeGlued ? m[1]!.split('、').map((credit, i, all) => (i === all.length - 1 ? cutGluedPlace(credit) : credit)).join('、') : m[1]!;
    const names = splitNames(outletBeforeRole(credits)).filter((name) => !NOT_A_NAME.test(name) && isPersonName(name));
    if (strict && !names.every(looksLikeChineseName)) return [];
    return names;
  }
  return [];
}

/** Breadcrumb lines: `当前位置:主页 > 热点新闻 >`, `现在的位置:首页 / 要闻`, `网易首页 > 财经频道 > 正文`, `人民网>>文化`. */
export function isBreadcrumb(line: string): boolean {
  const t = line.trim();
  if (/^(?:当前位置|您现在的位置|你现在的位置|现在的位置|您当前的位置|当前的位置|您的位置|所在位置|位置|当前栏目)\s*[:：]/.test(t)) return true;
  if (/^(?:首页|主页|网站首页)\s*(?:[>＞»›]|&gt;)/.test(t)) return true;
  if (t.length <= 80 && !SENTENCE_END.test(t)) {
    const separators = t.match(/\s*(?:>>|>|＞|»|›|→)\s*/gu)?.length ?? 0;
    const segments = t.split(/\s*(?:>>|>|＞|»|›|→)\s*/u).filter(Boolean);
    if (separators >= 2 && segments.every((s) => s.length <= 16)) return true;
    if (separators >= 1 && segments.length >= 2 && /首页|主页|home/i.test(segments[0]!) && segments.every((s) => s.length <= 16)) return true;
  }
  return false;
}

/** Words that mark page furniture wherever they sit: no article sentence uses them. */
const BOILERPLATE_RE = new RegExp(
  [
    '版权声明', '免责声明', '©', 'all rights reserved', 'icp备', 'icp证', '公网安备', '网安备',
    '违法和不良信息', '网站地图', '广告服务',
    '分享到', '分享至', '打印本页', '打印本稿', '关闭窗口', '【打印】', '【关闭】', '返回顶部',
    '热门推荐', '为你推荐', '猜你喜欢', '热点排行',
    '我来说两句', '发表评论', '网友评论', '评论仅供', '已有\\d+条评论', '写评论', '参与评论',
    '未经授权禁止', '未经许可不得', '未经(?:书面)?(?:授权|许可)[，,]?\\s*(?:不得|禁止|严禁|请勿)', '请勿转载', '不得转载', '严禁转载', '禁止转载', '转载请注明', '转载申请', '授权转载', '原创版权', '(?<!发文)字号：', '字体：', '【字体', '【字号',
    'china academic journal electronic publishing house', '特别声明：以上内容', 'only provides information storage', '提供信息存储空间服务',
  ].join('|'),
  'i',
);
/**
 * Words of page furniture that an article sentence may also use (`凭许可证经营`, `市民可扫码预约。`,
 * `相关新闻发布会`, `copyright law`): a line that reads as a sentence is furniture only when it
 * also prompts the reader to follow, subscribe or download.
 */
const AMBIGUOUS_BOILERPLATE_RE = new RegExp(
  [
    '版权所有', 'copyright', '备案号', '许可证', '举报电话', '举报邮箱', '联系我们', '关于我们',
    '扫一扫', '扫描二维码', '扫码', '二维码', '转发到', '返回首页',
    '上一篇', '下一篇', '相关阅读', '相关新闻', '相关链接', '相关稿件', '延伸阅读', '推荐阅读', '跟帖', '跟贴',
  ].join('|'),
  'i',
);
const FOLLOW_PROMPT_WORD = /关注|公众号|客户端|\bapp\b|微信|微博|下载|订阅|查看更多|阅读原文|菜单|蓝字|上方|下方|左下角|右上角|【/iu;

/** A line that reads as a sentence: a Chinese clause with its full stop, an English sentence of some length. */
export function readsAsSentence(text: string): boolean {
  const end = text.replace(/["”’」』）)]+$/u, '');
  if (/[\u4e00-\u9fff]/u.test(text)) return /[。！？]$/u.test(end) && text.length >= 12;
  return /[.!?]$/u.test(end) && text.split(/\s+/u).length >= 8;
}

/** A line that asks the reader to follow, subscribe, download or read on, or points at the page's buttons (`点击菜单栏【便民服务】`). */
export function promptsReader(text: string): boolean {
  return FOLLOW_PROMPT_WORD.test(text);
}

/** Lines that belong to the page furniture wherever they sit: copyright, licences, share bars. */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (t.length > 200) return false;
  if (BOILERPLATE_RE.test(t)) return true;
  return AMBIGUOUS_BOILERPLATE_RE.test(t) && (!readsAsSentence(t) || promptsReader(t));
}

/** Photo captions and credits: `（刘通摄）`, `新华社记者 谢环驰 摄`, `山东女子学院供图`, `资料图`. */
export function isCaptionText(line: string): boolean {
  const t = line.trim();
  if (t.length > 160) return false;
  return (
    /(?:摄|攝|供图|供圖|截图|截圖|制图|製圖|绘图|繪圖|图片来源[:：][^。]*|圖片來源[:：][^。]*|资料图片?|資料圖片?|视觉中国|图虫创意|\/摄)[\s。.）)]*$/u.test(t) ||
    // A credit in brackets closing the caption: `（圖翻攝自google map）`, `（图／取自网络）`, `（資料照）`.
    /[（(]\s*(?:圖|图|翻攝|翻摄|資料照|资料照|取自)[^（）()]{0,30}[）)]$/u.test(t) ||
    /^(?:图|图片|上图|下图|左图|右图|资料图)[:：为]/u.test(t) ||
    /^▲/.test(t) ||
    // An English caption closed by its agency credit: `Mayor Ann Lee at City Hall. (Getty Images)`.
    /\((?:[\w .'’-]+\/)?(?:Getty Images|AFP|Reuters|EPA|Shutterstock|iStock|Bloomberg)(?:\s+via\s+[\w .'’-]+)?(?:\/[\w .'’-]+)?\)$/u.test(t) ||
    /^[（(]?(?:点击(?:看|查看)?(?:清晰)?大图|图片|资料图)[）)]?$/u.test(t) ||
    /^(?:photo|image|credit)s?\s*[:：]/i.test(t) ||
    (t.length <= 60 && /^(?:photo\s+)?courtesy(?:\s+of)?\s+\S/i.test(t) && !/[.!?]$/u.test(t))
  );
}

/**
 * The photographers a caption credits: `…演讲。 示例社记者 李甲 摄`, `示例社发（刘乙摄）`, `张丙/摄`.
 * On a photo story they are its authors.
 */
export function readPhotoCredit(caption: string): string[] {
  const view = simplifiedView(caption);
  const m = view.text.trim().replace(/[\s。.]+$/u, '').match(/(?:[（(]|记者\s*|^|\s)([\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*?)\s*[/／]?\s*摄影?\s*[）)]?$/u);
  if (!m) return [];
  return splitNames(m[1]!).filter((name) => isPersonName(name) && looksLikeChineseName(name)).map(view.back);
}

/** `Example News`, `The Example Post`, `CNN`: what an English outlet's name looks like. */
export function looksLikeEnglishOutlet(text: string): boolean {
  return ENGLISH_OUTLET.test(text.trim());
}

/** Characters only traditional script writes in the labels and role words read here (來源, 記者, 編輯, 報導). */
const TRADITIONAL_LABEL_HINT = /[來發佈記編輯責報導攝圖電訊網時間據譯審單構關]/u;

/**
 * A traditional-script line seen in simplified characters, so that the labels and role words
 * above match it, with a way back: the conversion keeps every offset, so a value read at
 * [i, j) of the simplified line is [i, j) of the line as the page writes it.
 */
function simplifiedView(line: string): { text: string; back: (value: string) => string } {
  if (!TRADITIONAL_LABEL_HINT.test(line)) return { text: line, back: (value) => value };
  const text = toSimplified(line);
  return {
    text,
    back: (value) => {
      const at = text.indexOf(value);
      if (at >= 0) return line.slice(at, at + value.length);
      // A name closed up from its padding (`方  敏` → `方敏`) is found with the spaces between its characters.
      const spaced = /^[\u4e00-\u9fff]{2,4}$/u.test(value) ? text.match(new RegExp([...value].join('\\s*'), 'u')) : null;
      return spaced ? line.slice(spaced.index!, spaced.index! + spaced[0].length).replace(/\s+/gu, '') : value;
    },
  };
}

function fieldsBack(fields: MetaLineFields | null, back: (value: string) => string): MetaLineFields | null {
  if (!fields) return null;
  return {
    ...fields,
    publisher: fields.publisher === null ? null : back(fields.publisher),
    editor: fields.editor === null ? null : back(fields.editor),
    authors: fields.authors.map(back),
    ...(fields.editors ? { editors: fields.editors.map(back) } : {}),
  };
}

/** Split a line such as `时间:2020-12-28 16:01来源:某报 作者:张三 李四` into its fields. */
export function readMetaLine(line: string): MetaLineFields | null {
  const view = simplifiedView(line);
  return fieldsBack(readMetaLineSimplified(view.text), view.back);
}

/**
 * A line that carries only metadata: a byline, date, source or editor line, with no sentence
 * in it. `2022年02月13日07:48 | 来源：新华日报` and `（责编：萧潇、张妍）` are; a body sentence
 * that happens to contain `时间：` is not.
 */
export function readMetadataOnlyLine(line: string, chinese: boolean): MetaLineFields | null {
  const view = simplifiedView(line);
  return fieldsBack(readMetadataOnlyLineSimplified(view.text, chinese), view.back);
}

/** `□ 本报记者 葛灵丹`, `记者 刘涛`, `新华社记者邹多为、唐诗凝、丁乐`, `記者張三／台北報導`, `Written by: Jane Doe`. */
export function readBylineLine(line: string): string[] | null {
  const view = simplifiedView(line);
  return readBylineLineSimplified(view.text)?.map(view.back) ?? null;
}

/**
 * Authors named in a closing parenthesis: `（记者 胡晓蓉）`, `(信报记者 蔡雪婧)`, `（姚峰 上海报道）`,
 * `（编译/林靖东）`, `（文/李华）`, `(作者：方敏北京大学经济学院教授)`. A sign-off without a person
 * (`（经济日报评论员）`) names none.
 */
export function readClosingByline(paragraph: string): string[] {
  if (!/[\u4e00-\u9fff]/u.test(paragraph)) return readEnglishCredits(paragraph);
  const view = simplifiedView(paragraph);
  return readClosingBylineSimplified(view.text).map(view.back);
}

/**
 * The roles of a wire story's closing credits, one row per role with an example: the reporters
 * and the writer are its authors; who added reporting, edited or compiled it is not.
 */
export const ENGLISH_CREDIT_ROLES: { example: string; role: RegExp; writes: boolean }[] = [
  { example: 'Reporting by Jane Roe in Example City', role: /^reporting$/iu, writes: true },
  { example: 'Writing by John Doe', role: /^writing$/iu, writes: true },
  { example: 'Additional reporting by Ann Lee', role: /^additional reporting$/iu, writes: false },
  { example: 'Editing by Mark Poe', role: /^editing$/iu, writes: false },
  { example: 'Compiled by Ann Lee', role: /^compiled$/iu, writes: false },
];

/**
 * `(Reporting by Jane Roe and John Doe in Example City; Editing by Mark Poe)` closing an English
 * story, in brackets or not: the writers it credits. Every part must be such a credit, so a last
 * sentence that only uses the words names no one.
 */
function readEnglishCredits(paragraph: string): string[] {
  // The credits open the paragraph or follow its last sentence, alone or in brackets.
  const m = paragraph.match(/(?:^\(?|[.!?"”]\s*\(|[.!?"”]\s+)\s*((?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s[^()]{2,200}?)\s*\)?\s*$/iu);
  if (!m) return [];
  const names: string[] = [];
  for (const part of m[1]!.split(/\s*;\s*/u)) {
    const credit = part.match(/^((?:additional\s+)?\w+)\s+by\s+(.+?)\.?$/iu);
    const row = credit && ENGLISH_CREDIT_ROLES.find(({ role }) => role.test(credit[1]!));
    if (!credit || !row) return [];
    const people = credit[2]!.replace(/\s+in\s+[A-Z][\w .'’-]*$/u, '').split(/\s*,\s*|\s+and\s+|\s*&\s*/u);
    if (!people.every((person) => PERSON.test(person) && !/\d/u.test(person))) return [];
    if (row.writes) names.push(...people.filter((person) => !names.includes(person)));
  }
  return names;
}

/**
 * A dateline that names its reporters: `新华社乌鲁木齐5月9日电（记者邹伟）…`, `本报北京讯（记者 张三
 * 通讯员 李四）…`, `〔記者張三／台北報導〕…`. Read from the first paragraph of the body, which keeps
 * the dateline.
 */
export function readDatelineByline(paragraph: string): string[] {
  const view = simplifiedView(paragraph);
  return readDatelineBylineSimplified(view.text).map(view.back);
}
