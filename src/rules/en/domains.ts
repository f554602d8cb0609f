// A page's address as the English rules read it: its host, and the country its top-level domain
// names (the dollar of a `.ca` page, the fiscal year of a `.co.uk` one, the tonnes of a `.pk` one).

/** Top-level domains of two letters that sites use for their sound, not their country. */
const GENERIC_COUNTRY_DOMAINS = new Set(['us', 'io', 'co', 'tv', 'me', 'ai', 'fm', 'ly', 'cc', 'ws', 'gg', 'to', 'am', 'is', 'it', 'la']);

/** The host of a page's URL in lower case, or '' when there is none. */
export function urlHost(url: string | null): string {
  return url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '' : '';
}

/** The two-letter top-level domain of a page's URL when it names a country (`uk` for `.co.uk`), else null. */
export function countryDomain(url: string | null): string | null {
  const code = /\.([a-z]{2})$/.exec(urlHost(url))?.[1];
  return code && !GENERIC_COUNTRY_DOMAINS.has(code) ? code : null;
}
