// Metadata shared by the HTML and text parsers: the `时间/来源/作者` line that Chinese
// press releases print under the title, breadcrumbs, and date strings in their many shapes.
// Pure functions over strings; they add nothing to the article themselves.

export interface MetaLineFields {
  publishedAt: string | null;
  publisher: string | null;
  authors: string[];
  editor: string | null;
}

const LABEL = '(?:发布时间|发布日期|发表时间|时间|日期|来源|信息来源|文章来源|作者|记者|通讯员|责任编辑|编辑|浏览次数|点击数|阅读|字号)';
const FIELD_RE = new RegExp(`(${LABEL})\\s*[:：]\\s*`, 'g');

/** ISO 8601 from the date shapes Chinese and English pages print; +08:00 when `chinese` and no zone. */
export function parseDateTime(raw: string, chinese: boolean): string | null {
  const s = raw.normalize('NFKC').trim();
  const iso = s.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?/);
  if (iso) {
    const zone = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : chinese ? '+08:00' : '';
    return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
  }
  const m = s.match(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return date;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${chinese ? '+08:00' : ''}`;
}

/** Split a line such as `时间:2020-12-28 16:01来源:某报 作者:张三 李四` into its fields. */
export function readMetaLine(line: string): MetaLineFields | null {
  const marks = [...line.matchAll(FIELD_RE)];
  if (marks.length === 0) return null;
  const fields: MetaLineFields = { publishedAt: null, publisher: null, authors: [], editor: null };
  let recognised = 0;
  marks.forEach((mark, i) => {
    const valueStart = mark.index! + mark[0].length;
    const valueEnd = i + 1 < marks.length ? marks[i + 1]!.index! : line.length;
    const value = line.slice(valueStart, valueEnd).replace(/[\s　|丨]+$/u, '').trim();
    const label = mark[1]!;
    if (!value) return;
    if (/时间|日期/.test(label)) {
      const date = parseDateTime(value, true);
      if (date) {
        fields.publishedAt = date;
        recognised++;
      }
    } else if (/来源/.test(label)) {
      fields.publisher = value.split(/\s+/)[0]!;
      recognised++;
    } else if (label === '作者' || label === '记者' || label === '通讯员') {
      fields.authors.push(...value.split(/[\s,，、　]+/u).filter((name) => name && name.length <= 12));
      recognised++;
    } else if (/编辑/.test(label)) {
      fields.editor = value.split(/\s+/)[0]!;
      recognised++;
    }
  });
  return recognised > 0 ? fields : null;
}

/** Breadcrumb lines: `当前位置:主页 > 热点新闻 >`, `您现在的位置：首页 > ...`. */
export function isBreadcrumb(line: string): boolean {
  return /^(?:当前位置|您现在的位置|你现在的位置|您的位置|所在位置|位置)\s*[:：]/.test(line.trim()) || /^(?:首页|主页)\s*[>＞»]/.test(line.trim());
}
