// The outlet that published a page and where that came from: the `来源：` line by the heading
// first (the outlet the article names; a government page's 发布机构/发文机关 when no 来源 is
// given), then the account or source element by the heading (a self-media account card, a
// portal's source span, WeChat's account anywhere on the page), a `本文来源：` line after the
// body or a sign-off that names its outlet (`（来源：示例晚报 记者 张三）`), then what the head declares (source meta tags, the account a platform's JSON-LD names as
// author, the JSON-LD publisher, og:site_name, a government CMS's SiteName when it names a site,
// an outlet named in the author meta tag),
// then the site name a <title> carries after the headline (`…_光明网`, `…_网易财经`), then the
// footer (`版权所有：…`, `主办单位：…`, `… 版权所有`, `Copyright © 2016 …`, `Copyright 2010 Example
// News.`). Pure functions over strings.
import { comparable, OUTLET_NAME, PORTAL_CHANNEL, SECTION_NAME } from './page-head.js';

export interface PublisherEvidence {
  byline: string | null;
  /** The account card or source element between the heading and the body. */
  account?: string | null;
  /** Where the account was read: `source element` unless said (`script:nickname`). */
  accountSource?: string;
  /** A labelled `本文来源：` line below the body. */
  afterBody?: string | null;
  /** The outlet a sign-off closing the text names: `（来源：示例晚报 记者 张三）`. */
  signOff?: string | null;
  meta: string | null;
  /** The publisher's name in the article's JSON-LD. */
  jsonLd?: string | null;
  /** An outlet or account named as the JSON-LD author: on a platform page, the account rather than the platform. */
  jsonLdAccount?: string | null;
  siteName: string | null;
  /** `<meta name="SiteName">` of government CMSs: sometimes the site (`示例市人民政府门户网站`), sometimes a section (`信息公开专栏`). */
  siteMeta?: string | null;
  /** An outlet's name in the author meta tag (`示例通讯社`), where no person is named. */
  authorOutlet?: string | null;
  docTitle: string;
  /** The article heading, so that the headline part of <title> is never taken for the site. */
  title: string;
  footer: string[];
}

export interface PublisherFinding {
  name: string | null;
  /** `byline`, `source element`, `a line after the body`, `sign-off`, `meta`, `json-ld`, `og:site_name`, `meta:SiteName`, `meta:author`, `title-suffix`, `footer`. */
  source: string | null;
}

/** An English site name as a <title> carries it last: `Example News`, `TechCrunch`, `The Example Post`. */
const ENGLISH_SITE = /^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|and|on|the)){0,4}$/u;
/** One-word sections an English <title> may end with instead of the site. */
const ENGLISH_SECTION = /^(?:news|home|politics|business|technology|tech|sports?|world|opinion|health|science|entertainment|video|videos|blogs?|local|nation|us|u\.s\.|money|travel|lifestyle|style|culture|education|photos?|article)$/iu;

function siteFromTitle(docTitle: string, title: string): string | null {
  const parts = docTitle.split(/\s*(?:_+|\||｜|--+|\s[-–—]\s|[«»]|-(?=[^-]*$))\s*/u).map((s) => s.trim());
  const segments = parts.filter(Boolean);
  // `-示例历史网`: a template that leaves the headline out of <title> (a script writes it in
  // later) still names the site after the separator.
  const headlineLeftOut = parts.length >= 2 && parts[0] === '';
  if (segments.length < 2 && !headlineLeftOut) return null;
  const headline = comparable(title);
  const last = segments[segments.length - 1]!;
  for (const segment of (headlineLeftOut ? segments : segments.slice(1)).reverse()) {
    const key = comparable(segment);
    if (!key || headline.includes(key) || SECTION_NAME.test(segment) || segment.length > 20) continue;
    // `示例社 EXN`: an outlet followed by its Latin acronym.
    if (OUTLET_NAME.test(segment.replace(/\s+[A-Z]{2,6}$/u, '')) || (segment === last && PORTAL_CHANNEL.test(segment))) return segment;
    if (segment === last && !/[\u4e00-\u9fff]/u.test(title + segment) && ENGLISH_SITE.test(segment) && !ENGLISH_SECTION.test(segment)) return segment;
  }
  return null;
}

const FOOTER_NAME = /(?:版权所有|主办单位|主办|网站主办|承办单位)\s*[:：]?\s*(?:©\s*)?(?:\d{4}\s*)?([\u4e00-\u9fffA-Za-z（）()·]{2,30}?)(?=\s|$|[，,。|丨;；]|版权|主办|承办|地址|电话|网站|备案|ICP|京ICP|Copyright)/iu;

/** `示例市人民政府 版权所有`, `Copyright © 2016 示例市政府门户网站`: the name before the notice or after the year. */
const FOOTER_NAME_BEFORE = /([\u4e00-\u9fff（）()·]{2,30}?)\s*版权所有/u;
const FOOTER_COPYRIGHT = /(?:copyright|©)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\u4e00-\u9fff（）()·]{2,30})/iu;
/** `Copyright 2010 Example News. All rights reserved.`: the holder an English footer names after the year. */
const FOOTER_COPYRIGHT_ENGLISH = /(?:[Cc]opyright|COPYRIGHT|©)\s*(?:©\s*)?(?:\(c\)\s*)?\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,4})/u;

function siteFromFooter(lines: string[], english: boolean): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = lines[i]!.match(FOOTER_NAME);
    if (m && m[1] && !/^(?:本站|本网|网站)$/u.test(m[1])) return m[1];
  }
  for (const pattern of [FOOTER_NAME_BEFORE, FOOTER_COPYRIGHT]) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = lines[i]!.match(pattern);
      if (m && m[1] && OUTLET_NAME.test(m[1]) && !/^(?:本站|本网|网站)$/u.test(m[1])) return m[1];
    }
  }
  // A Chinese page's English copyright line names the company behind the portal, not the outlet.
  for (let i = lines.length - 1; english && i >= 0; i--) {
    const m = lines[i]!.match(FOOTER_COPYRIGHT_ENGLISH);
    if (m && m[1] && !/^(?:All|Some)\b/u.test(m[1])) return m[1].replace(/\s+(?:All|Inc|LLC|Ltd)\b.*$/u, '').trim() || null;
  }
  return null;
}

export function findPublisher(evidence: PublisherEvidence): PublisherFinding {
  if (evidence.byline) return { name: evidence.byline, source: 'byline' };
  if (evidence.account) return { name: evidence.account, source: evidence.accountSource ?? 'source element' };
  if (evidence.afterBody) return { name: evidence.afterBody, source: 'a line after the body' };
  if (evidence.signOff) return { name: evidence.signOff, source: 'sign-off' };
  if (evidence.meta) return { name: evidence.meta, source: 'meta' };
  if (evidence.jsonLdAccount) return { name: evidence.jsonLdAccount, source: 'json-ld author' };
  if (evidence.jsonLd) return { name: evidence.jsonLd, source: 'json-ld' };
  if (evidence.siteName) return { name: evidence.siteName, source: 'og:site_name' };
  if (evidence.siteMeta && OUTLET_NAME.test(evidence.siteMeta)) return { name: evidence.siteMeta, source: 'meta:SiteName' };
  if (evidence.authorOutlet) return { name: evidence.authorOutlet, source: 'meta:author' };
  const fromTitle = siteFromTitle(evidence.docTitle, evidence.title);
  if (fromTitle) return { name: fromTitle, source: 'title-suffix' };
  const fromFooter = siteFromFooter(evidence.footer, !/[\u4e00-\u9fff]/u.test(evidence.title));
  if (fromFooter) return { name: fromFooter, source: 'footer' };
  return { name: null, source: null };
}
