// Units of English claims, as data: currencies (signs before the number, words after it),
// percent words, counted nouns and physical measures with their canonical unit. Count units
// are the lower-case plural noun (`households`); singular forms map to it (`1 household`).
// A plural noun not listed here still counts (rule count-plural-noun); this catalog gives
// measures their canonical unit and counts their canonical plural.
import type { ClaimKind } from '../../core/schema.js';
import { durations, measures } from './measures.js';

export interface Expectation {
  value: number;
  kind: ClaimKind;
  unit: string | null;
}

export interface CurrencyRule {
  id: string;
  unit: string;
  /** Signs or codes written before the digits: `$`, `US$`, `USD `. Case-sensitive. */
  prefixes: string[];
  /** Words written after the number: `dollars`. Lower case. */
  words: string[];
  /** ISO codes written after the amount (`5 million USD`); case-sensitive. */
  codeWords?: string[];
  /**
   * Letters that are the currency's sign only glued to an amount written with a scale word or a
   * decimal point or thousands grouping (`R1.4 trillion`, `Sh59.3 billion`, `R12,500`): alone they
   * name models, routes and rounds (`R2`, `R101`).
   */
  amountPrefixes?: string[];
  /**
   * Letters that are the currency's sign only on a page of its country (its currencyRegions
   * entry), glued to an amount as amountPrefixes are: Philippine news writes pesos `P14 billion`,
   * `P 5,508,250`, where elsewhere `P14` is a code.
   */
  localAmountPrefixes?: string[];
  /** Multiplier for the word forms: cents are a hundredth of the unit. */
  wordFactor?: number;
  /**
   * The signs and words of this currency that other countries' currencies share (`$`, `dollars`,
   * `Rs`, `Sh`): written bare, they take the currency of the page's country (currencyRegions).
   */
  sharedForms?: string[];
  example: string;
  expect: Expectation;
}

const currency = (code: string, prefixes: string[], words: string[], example: string, value: number, codeWords: string[] = [code]): CurrencyRule => ({
  id: `currency-${code.toLowerCase()}`,
  unit: code,
  prefixes,
  words,
  codeWords,
  example,
  expect: { value, kind: 'money', unit: code },
});

/** A coin of a currency written after the number: `25 cents`, `42p`, `50 sen`. */
const coin = (code: string, name: string, words: string[], example: string, value: number): CurrencyRule => ({
  id: `currency-${code.toLowerCase()}-${name}`,
  unit: code,
  prefixes: [],
  words,
  wordFactor: 0.01,
  example,
  expect: { value, kind: 'money', unit: code },
});

// ISO 4217 codes with the signs and names English news writes them with. Codes are prefixes
// (`USD 5m`, `INR1 trillion`) and, case-sensitive, words after the amount (`5 million USD`).
// A bare `$` is resolved by the page's country (currencyRegions); `¥` alone is the yen.
export const currencies: CurrencyRule[] = [
  { ...currency('USD', ['US$', 'U.S.$', '$US', 'USD', '$'], ['dollars', 'dollar', 'u.s. dollars', 'us dollars', 'u.s. dollar', 'us dollar', 'american dollars'], 'a grant of US$2.5 million', 2.5e6), sharedForms: ['$', 'dollars', 'dollar'] },
  { ...coin('USD', 'cents', ['cents', 'cent', '¢', 'us cents', 'u.s. cents'], 'a fee of 25 cents', 0.25), sharedForms: ['cents', 'cent', '¢'] },
  currency('EUR', ['€', 'EUR'], ['euros', 'euro', '€'], '€40 million in grants', 4e7),
  coin('EUR', 'cents', ['euro cents', 'eurocents'], 'a charge of 30 euro cents', 0.3),
  currency('GBP', ['£', 'GBP', 'GB£'], ['pounds sterling', 'sterling'], '£1.5bn of investment', 1.5e9),
  coin('GBP', 'pence', ['pence', 'p'], 'accounts for 42p in every pound', 0.42),
  currency('CAD', ['C$', 'CA$', 'Can$', 'CAD'], ['canadian dollars', 'canadian dollar'], 'C$300 million for transit', 3e8),
  currency('AUD', ['A$', 'AU$', 'AUD'], ['australian dollars', 'australian dollar'], 'A$12 million for schools', 1.2e7),
  currency('NZD', ['NZ$', 'NZD'], ['new zealand dollars', 'new zealand dollar'], 'NZ$45 million for roads', 4.5e7),
  currency('HKD', ['HK$', 'HKD'], ['hong kong dollars', 'hong kong dollar'], 'HK$3.2 billion in sales', 3.2e9),
  currency('SGD', ['S$', 'SG$', 'SGD'], ['singapore dollars', 'singapore dollar'], 'S$500 million fund', 5e8),
  // The cents of a dollar named by its country (`five Singapore cents`, markets' reports of share prices).
  coin('CAD', 'cents', ['canadian cents'], 'a rise of 12 Canadian cents a litre', 0.12),
  coin('AUD', 'cents', ['australian cents'], 'shares fell 4 Australian cents', 0.04),
  coin('NZD', 'cents', ['new zealand cents', 'nz cents'], 'up 3 New Zealand cents', 0.03),
  coin('HKD', 'cents', ['hong kong cents'], 'closed 20 Hong Kong cents higher', 0.2),
  coin('SGD', 'cents', ['singapore cents'], 'DBS ended five Singapore cents lower', 0.05),
  currency('TWD', ['NT$', 'TWD'], ['new taiwan dollars', 'taiwan dollars'], 'NT$10 billion plant', 1e10),
  currency('JPY', ['¥', 'JP¥', 'JPY'], ['yen'], '¥500 billion in bonds', 5e11),
  currency('CNY', ['CN¥', 'RMB', 'CNY', 'Rmb'], ['yuan', 'renminbi', 'rmb'], 'RMB 3.2 billion in output', 3.2e9),
  { ...currency('INR', ['₹', 'Rs.', 'Rs', 'INR'], ['rupees', 'rupee', 'indian rupees'], 'revenue of Rs 12,273 crore', 1.2273e11), sharedForms: ['Rs.', 'Rs', 'rupees', 'rupee'] },
  currency('PKR', ['PKR', 'Pak Rs'], ['pakistani rupees', 'pakistan rupees'], 'PKR 40 billion in aid', 4e10),
  currency('LKR', ['LKR', 'SLRs'], ['sri lankan rupees', 'sri lanka rupees'], 'LKR 12 billion in exports', 1.2e10),
  currency('NPR', ['NPR', 'NRs'], ['nepalese rupees', 'nepali rupees'], 'NRs 5 billion for roads', 5e9),
  currency('MUR', ['MUR'], ['mauritian rupees'], 'MUR 2 billion in tourism receipts', 2e9),
  currency('BDT', ['BDT', 'Tk', '৳'], ['taka'], 'Tk 6.78 lakh crore budget', 6.78e12),
  currency('MYR', ['RM', 'MYR'], ['ringgit'], 'RM2.5 billion in contracts', 2.5e9),
  coin('MYR', 'sen', ['sen'], 'a rise of 20 sen a litre', 0.2),
  currency('CHF', ['CHF', 'SFr'], ['swiss francs', 'swiss franc'], 'CHF 1.2 billion in profit', 1.2e9),
  // `won` is the currency only after a scale word or before a rate's `per` (see WON_AFTER_NUMBER).
  currency('KRW', ['₩', 'KRW'], ['won'], '₩2 trillion stimulus', 2e12),
  currency('BRL', ['R$', 'BRL'], ['reais'], 'R$15 billion deal', 1.5e10),
  currency('MXN', ['MX$', 'Mex$', 'MXN'], ['mexican pesos'], 'MXN 200 million in fines', 2e8),
  { ...currency('PHP', ['₱', 'PHP'], ['philippine pesos'], '₱3 billion for flood control', 3e9), localAmountPrefixes: ['P', 'Php', 'PhP'] },
  { ...currency('ZAR', ['ZAR'], ['rand'], 'a budget of 12 billion rand', 1.2e10), amountPrefixes: ['R'] },
  currency('RUB', ['₽', 'RUB'], ['rubles', 'roubles', 'ruble', 'rouble'], '300 billion roubles in reserves', 3e11),
  currency('TRY', ['₺'], ['turkish lira', 'lira'], '₺40 billion package', 4e10, []),
  currency('SEK', ['SEK'], ['swedish kronor', 'kronor'], 'SEK 2 billion order', 2e9),
  currency('NOK', ['NOK'], ['norwegian kroner'], 'NOK 5 billion fund', 5e9),
  currency('DKK', ['DKK'], ['danish kroner'], 'DKK 800 million contract', 8e8),
  currency('PLN', ['PLN'], ['zloty', 'zlotys', 'zł'], 'PLN 1.5 billion loan', 1.5e9),
  currency('THB', ['฿', 'THB'], ['baht'], '50 billion baht stimulus', 5e10),
  currency('IDR', ['Rp', 'IDR'], ['rupiah'], 'Rp 2 trillion project', 2e12),
  currency('VND', ['₫', 'VND'], ['dong'], 'VND 10 trillion bridge', 1e13),
  currency('NGN', ['₦', 'NGN'], ['naira'], '₦500 billion budget', 5e11),
  // `Sh` is also Tanzania's and Uganda's shilling; Kenyan news writes it most (left to the lead: no page country yet).
  { ...currency('KES', ['KSh', 'Kshs', 'Ksh', 'KES'], ['kenyan shillings', 'kenya shilling', 'kenyan shilling', 'shillings', 'shilling'], 'KSh 3 billion road', 3e9), amountPrefixes: ['Sh', 'Shs'], sharedForms: ['Sh', 'Shs', 'shillings', 'shilling'] },
  currency('UGX', ['USh', 'UShs', 'Ushs', 'UGX'], ['ugandan shillings', 'uganda shillings'], 'UShs 1.2 trillion for roads', 1.2e12),
  currency('TZS', ['TSh', 'TShs', 'Tshs', 'TZS'], ['tanzanian shillings', 'tanzania shillings'], 'TSh 500 billion for water', 5e11),
  // The cedi: `¢`/`₵` before the digits (after them `¢` is a cent). Amounts before the
  // redenomination of July 2007 are old cedis (GHC): see redenominations.
  { ...currency('GHS', ['GH₵', 'GH¢', 'GHS', '₵', '¢'], ['ghana cedis', 'cedis', 'cedi'], 'GH₵2.5 billion for roads', 2.5e9), sharedForms: ['₵', '¢', 'cedis', 'cedi'] },
  currency('GHC', ['GHC'], ['old cedis'], 'petrol at 34,850 old cedis a gallon', 34850),
  currency('ZMW', ['ZMW'], ['zambian kwacha'], 'ZMW 3 billion for farmers', 3e9),
  currency('MWK', ['MWK'], ['malawian kwacha', 'malawi kwacha'], 'MWK 20 billion for maize', 2e10),
  currency('ETB', ['ETB'], ['birr'], '30 billion birr in exports', 3e10),
  currency('RWF', ['RWF', 'Frw'], ['rwandan francs'], 'Frw 50 billion for schools', 5e10),
  currency('XOF', ['XOF'], ['cfa francs'], '200 billion CFA francs in bonds', 2e11),
  currency('MAD', ['MAD'], ['moroccan dirhams'], 'MAD 4 billion for ports', 4e9),
  currency('JMD', ['J$', 'JA$', 'JMD'], ['jamaican dollars'], 'J$2.5 billion for roads', 2.5e9),
  currency('TTD', ['TT$', 'TTD'], ['trinidad and tobago dollars'], 'TT$800 million in subsidies', 8e8),
  currency('BBD', ['Bds$', 'BDS$', 'BBD'], ['barbados dollars'], 'Bds$40 million for schools', 4e7),
  currency('BSD', ['BSD'], ['bahamian dollars'], 'BSD 300 million in bonds', 3e8),
  currency('GYD', ['G$', 'GY$', 'GYD'], ['guyana dollars', 'guyanese dollars'], 'G$1.1 trillion budget', 1.1e12),
  currency('BZD', ['BZ$', 'BZD'], ['belize dollars'], 'BZ$15 million loan', 1.5e7),
  currency('XCD', ['EC$', 'XCD'], ['eastern caribbean dollars'], 'EC$60 million for housing', 6e7),
  currency('FJD', ['FJ$', 'FJD'], ['fiji dollars', 'fijian dollars'], 'FJ$3.7 billion budget', 3.7e9),
  currency('NAD', ['N$', 'NAD'], ['namibian dollars', 'namibia dollars'], 'N$70 billion budget', 7e10),
  currency('LRD', ['L$', 'LRD'], ['liberian dollars'], 'L$2 billion in salaries', 2e9),
  currency('BND', ['BND'], ['brunei dollars'], 'BND 5 billion budget', 5e9),
  currency('EGP', ['EGP', 'E£'], ['egyptian pounds'], 'EGP 10 billion program', 1e10),
  currency('SAR', ['SAR'], ['saudi riyals', 'riyals'], 'SAR 4 billion contract', 4e9),
  currency('AED', ['AED'], ['dirhams', 'dirham'], 'AED 1.2 billion mall', 1.2e9),
  currency('ILS', ['₪', 'NIS', 'ILS'], ['shekels', 'shekel'], 'NIS 3 billion plan', 3e9),
];

/**
 * Where a currency's shared sign or word (`$`, `dollars`, `Rs`, `Sh`: its sharedForms) is another
 * country's. In order of trust: the opening of the article (its dateline `WESTBROOK, Ont. —`, or
 * the country, its people or its capital named in the title and lede: of the regions of that
 * currency, the earliest named wins; a city dateline alone is not enough, as wire stories from
 * Toronto report NHL contracts in US dollars), then the page's web domain, then the outlet that
 * published it (naming its country, or one of the country's known outlets). A region whose unit is
 * the shared currency itself (India for `Rs`) only keeps a later-named neighbour from winning.
 */
export interface CurrencyRegionRule {
  id: string;
  /** The currency whose shared forms this region reads as its own (`USD` for `$`). */
  replaces: string;
  unit: string;
  /** Matched against the first 600 characters of the article. */
  pattern: RegExp;
  /** Country-code top-level domains of the page's URL host (`.ca`, `.com.au`). */
  domains: string[];
  /** Outlets of the country, matched as whole words in the article's publisher, case-insensitive. */
  publishers: string[];
  /** Hosts of the country's outlets that a generic top-level domain hides (`bworldonline.com`, `dawn.com`), matched with their subdomains. */
  hosts?: string[];
  example: string;
}

const dollarRegion = (id: string, unit: string, pattern: RegExp, domains: string[], publishers: string[], example: string): CurrencyRegionRule => ({ id: `dollar-${id}`, replaces: 'USD', unit, pattern, domains, publishers, example });

export const currencyRegions: CurrencyRegionRule[] = [
  dollarRegion(
    'canada', 'CAD',
    /\b(?:Ont|Ontario|B\.C|British Columbia|Alta|Alberta|Que|Quebec|Québec|Man|Manitoba|Sask|Saskatchewan|N\.S|Nova Scotia|N\.B|New Brunswick|P\.E\.I|Nfld|Newfoundland|Canada|Canadians?|Ottawa)\b/,
    ['ca'],
    ['Globe and Mail', 'Toronto Star', 'National Post', 'Financial Post', 'CBC', 'CTV', 'Global News', 'Canadian Press', 'Montreal Gazette', 'Vancouver Sun', 'Ottawa Citizen', 'Calgary Herald', 'Edmonton Journal', 'Winnipeg Free Press', 'Maclean\'s'],
    'WESTBROOK, Ont. — The city will spend $5 million on shelters.',
  ),
  dollarRegion(
    'australia', 'AUD',
    /\b(?:Australia|Australians?|NSW|New South Wales|Qld|Queensland|Tasmania|Canberra)\b/,
    ['au'],
    ['The Age', 'Sydney Morning Herald', 'The Australian', 'Australian Financial Review', 'AFR', 'Herald Sun', 'Courier-Mail', 'Courier Mail', 'West Australian', 'PerthNow', 'Brisbane Times', 'news.com.au', 'SBS', 'Guardian Australia'],
    'SYDNEY, NSW — The state will spend $5 million on schools.',
  ),
  dollarRegion('hong-kong', 'HKD', /\b(?:Hong Kong|HONG KONG)\b/, ['hk'], ['South China Morning Post', 'SCMP', 'RTHK', 'Hong Kong Free Press'], 'HONG KONG — Each visitor spent an average of $8,000 in Hong Kong.'),
  dollarRegion('singapore', 'SGD', /\b(?:Singapore|SINGAPORE)\b/, ['sg'], ['Straits Times', 'Business Times', 'Channel NewsAsia', 'CNA'], 'SINGAPORE — The ministry set aside $500 million for training.'),
  dollarRegion('new-zealand', 'NZD', /\b(?:New Zealand|Aotearoa)\b/, ['nz'], ['New Zealand Herald', 'NZ Herald', 'Stats NZ', 'Stuff', 'RNZ', 'Otago Daily Times'], 'WELLINGTON, New Zealand — The council will spend $5 million on roads.'),
  dollarRegion('taiwan', 'TWD', /\b(?:Taiwan|Taiwanese|Taipei|TAIPEI)\b/, ['tw'], ['Taipei Times', 'Focus Taiwan', 'Taiwan News', 'Central News Agency'], 'TAIPEI — The cabinet approved $20 billion for chip subsidies.'),
  dollarRegion('jamaica', 'JMD', /\b(?:Jamaica|Jamaicans?|JAMAICA)\b/, ['jm'], ['Jamaica Observer', 'Jamaica Gleaner', 'Gleaner', 'RJR', 'Jamaica Information Service'], 'The Jamaican Government will spend $7 billion on road repairs.'),
  dollarRegion('trinidad-and-tobago', 'TTD', /\b(?:Trinidad|Tobago|Trinidadians?|Port of Spain)\b/, ['tt'], ['Trinidad Express', 'Trinidad Guardian', 'Trinidad and Tobago Newsday', 'Newsday TT'], 'PORT OF SPAIN, Trinidad — The fuel subsidy cost $800 million last year.'),
  dollarRegion('bahamas', 'BSD', /\b(?:Bahamas|Bahamians?)\b/, ['bs'], ['Nassau Guardian', 'Tribune242', 'The Tribune (Bahamas)'], 'The Bahamas earned $4 billion from tourism.'),
  dollarRegion('barbados', 'BBD', /\b(?:Barbados|Barbadians?|Bajans?|Bridgetown)\b/, ['bb'], ['Barbados Today', 'Nation News', 'Barbados Advocate'], 'BRIDGETOWN, Barbados — The ministry set aside $40 million for schools.'),
  dollarRegion('guyana', 'GYD', /\b(?:Guyana|Guyanese)\b/, ['gy'], ['Stabroek News', 'Kaieteur News', 'Guyana Chronicle', 'Demerara Waves'], 'Guyana\'s budget of $1.1 trillion was passed on Friday.'),
  dollarRegion('belize', 'BZD', /\b(?:Belize|Belizeans?|Belmopan)\b/, [], ['Amandala', 'Breaking Belize News', 'Channel 5 Belize'], 'BELMOPAN, Belize — The loan of $15 million will fund roads.'),
  dollarRegion('eastern-caribbean', 'XCD', /\b(?:Antigua|Barbuda|St\.? Kitts|Saint Kitts|Dominica|Grenada|Grenadians?|Saint Lucia|(?:Saint|St\.?) Lucians?|Vincentians?|Grenadines|Anguilla|Montserrat|Eastern Caribbean)\b/, ['kn', 'dm', 'gd', 'lc'], ['Antigua Observer', 'St Lucia Times', 'Dominica News Online', 'NOW Grenada', 'iWitness News'], 'CASTRIES, Saint Lucia — Government will borrow $60 million for housing.'),
  dollarRegion('fiji', 'FJD', /\b(?:Fiji|Fijians?|Suva)\b/, ['fj'], ['Fiji Times', 'Fiji Sun', 'FBC News', 'Fiji Village'], 'SUVA, Fiji — The national budget is $3.7 billion.'),
  dollarRegion('namibia', 'NAD', /\b(?:Namibia|Namibians?|Windhoek)\b/, ['na'], ['The Namibian', 'New Era', 'Namibian Sun', 'Windhoek Observer'], 'WINDHOEK, Namibia — The ministry received $7 billion for schools.'),
  dollarRegion('liberia', 'LRD', /\b(?:Liberia|Liberians?)\b/, ['lr'], ['FrontPage Africa', 'Liberian Observer', 'Daily Observer (Liberia)'], 'MONROVIA, Liberia — Civil servants are owed $2 billion in arrears.'),
  dollarRegion('brunei', 'BND', /\b(?:Brunei|Bruneians?|Bandar Seri Begawan)\b/, ['bn'], ['Borneo Bulletin', 'Brunei Times'], 'BANDAR SERI BEGAWAN, Brunei — The budget sets aside $5 billion.'),
  // `Rs` and `rupees`: India's unless the page is of a neighbour that writes them too.
  { id: 'rupee-india', replaces: 'INR', unit: 'INR', pattern: /\b(?:India|Indians?|New Delhi|NEW DELHI|Mumbai|MUMBAI|Delhi)\b/, domains: ['in'], hosts: ['indiatimes.com', 'hindustantimes.com', 'thehindu.com', 'indianexpress.com', 'business-standard.com', 'livemint.com', 'ndtv.com', 'thehindubusinessline.com', 'financialexpress.com', 'moneycontrol.com'], publishers: ['Times of India', 'Hindustan Times', 'The Hindu', 'Indian Express', 'Economic Times', 'NDTV', 'Press Trust of India', 'PTI', 'Business Standard', 'Mint', 'Moneycontrol'], example: 'NEW DELHI — The ministry sanctioned Rs 500 crore for Pakistan border roads.' },
  { id: 'rupee-pakistan', replaces: 'INR', unit: 'PKR', pattern: /\b(?:Pakistan|Pakistanis?|Islamabad|ISLAMABAD|Karachi|KARACHI|Lahore|LAHORE|Peshawar|Quetta)\b/, domains: ['pk'], hosts: ['dawn.com', 'brecorder.com', 'thenews.com.pk', 'tribune.com.pk'], publishers: ['Dawn', 'The News International', 'Express Tribune', 'Business Recorder', 'Associated Press of Pakistan', 'Pakistan Today', 'Geo News', 'ARY News'], example: 'ISLAMABAD — The government allocated Rs 1.1 trillion for development.' },
  { id: 'rupee-sri-lanka', replaces: 'INR', unit: 'LKR', pattern: /\b(?:Sri Lanka|Sri Lankans?|Colombo|COLOMBO)\b/, domains: ['lk'], publishers: ['Daily FT', 'Daily Mirror Sri Lanka', 'Ada Derana', 'EconomyNext', 'Sunday Times Sri Lanka', 'News First'], example: 'COLOMBO — Tea exports earned Rs 400 billion last year.' },
  { id: 'rupee-nepal', replaces: 'INR', unit: 'NPR', pattern: /\b(?:Nepal|Nepalese|Nepali|Kathmandu|KATHMANDU)\b/, domains: ['np'], publishers: ['Kathmandu Post', 'Himalayan Times', 'Republica', 'Rising Nepal'], example: 'KATHMANDU — Remittances reached Rs 1 trillion in the fiscal year.' },
  { id: 'rupee-mauritius', replaces: 'INR', unit: 'MUR', pattern: /\b(?:Mauritius|Mauritians?|Port Louis)\b/, domains: [], publishers: ['Defimedia', 'Le Mauricien', 'Government Information Service (Mauritius)'], example: 'PORT LOUIS, Mauritius — The pension rises to Rs 13,500 a month.' },
  // `P` before an amount: the peso on a Philippine page only (localAmountPrefixes).
  { id: 'peso-philippines', replaces: 'PHP', unit: 'PHP', pattern: /\b(?:Philippines?|Filipinos?|Manila|MANILA|Luzon|Visayas|Mindanao|Quezon City|Cebu|CEBU|Davao|DAVAO)\b/, domains: ['ph'], hosts: ['bworldonline.com', 'inquirer.net', 'philstar.com', 'rappler.com', 'gmanetwork.com', 'abs-cbn.com', 'manilatimes.net', 'manilastandard.net', 'mb.com.ph'], publishers: ['Philippine Daily Inquirer', 'Inquirer', 'Philippine Star', 'Philstar', 'Manila Bulletin', 'Manila Times', 'Manila Standard', 'Manila Shimbun', 'BusinessWorld', 'BusinessMirror', 'Rappler', 'SunStar', 'Philippine News Agency', 'PNA', 'GMA News', 'ABS-CBN', 'Daily Tribune'], example: 'MANILA — Damage to crops reached P14 billion, the council said.' },
  // `Sh` and `shillings`: Kenya's unless the page is Uganda's or Tanzania's.
  { id: 'shilling-kenya', replaces: 'KES', unit: 'KES', pattern: /\b(?:Kenya|Kenyans?|Nairobi|NAIROBI|Mombasa)\b/, domains: ['ke'], hosts: ['nation.africa', 'businessdailyafrica.com', 'standardmedia.co.ke', 'citizen.digital', 'the-star.co.ke'], publishers: ['Daily Nation', 'Nation Africa', 'The Standard', 'Business Daily', 'The Star, Kenya', 'Capital FM', 'Citizen Digital', 'KBC'], example: 'NAIROBI, Kenya — Treasury released Sh12 billion to Uganda-bound road works.' },
  { id: 'shilling-uganda', replaces: 'KES', unit: 'UGX', pattern: /\b(?:Uganda|Ugandans?|Kampala|KAMPALA)\b/, domains: ['ug'], publishers: ['Daily Monitor', 'New Vision', 'The Observer (Uganda)', 'Nile Post', 'ChimpReports'], example: 'KAMPALA, Uganda — Parliament approved Shs52.7 trillion for the budget.' },
  { id: 'shilling-tanzania', replaces: 'KES', unit: 'TZS', pattern: /\b(?:Tanzania|Tanzanians?|Dar es Salaam|Dodoma|Zanzibar)\b/, domains: ['tz'], publishers: ['The Citizen (Tanzania)', 'Daily News (Tanzania)', 'IPP Media', 'The Guardian (Tanzania)'], example: 'DAR ES SALAAM, Tanzania — The government set aside Sh2.1 trillion for the railway.' },
];

/** Examples of the regions found by the page's domain and outlet rather than its text: (rule id, url, publisher, sentence). */
export const currencyRegionSources: { id: string; url: string | null; publisher: string | null; example: string }[] = [
  { id: 'dollar-canada', url: 'https://www.example.ca/news/budget', publisher: null, example: 'The deficit is on pace to exceed $46 billion this year.' },
  { id: 'dollar-australia', url: null, publisher: 'The Age', example: 'Treasury is predicting a surplus of $4 billion this financial year.' },
  { id: 'dollar-hong-kong', url: null, publisher: 'Census and Statistics Department, Hong Kong SAR Government', example: 'Retail sales were estimated at $33 billion in the month.' },
  { id: 'dollar-new-zealand', url: 'https://www.example.co.nz/business', publisher: null, example: 'The council approved $12 million for roads.' },
  { id: 'dollar-jamaica', url: null, publisher: 'Jamaica Observer', example: 'The bank made a profit of $2.8 billion in the quarter.' },
  { id: 'dollar-fiji', url: 'https://www.example.com.fj/news', publisher: null, example: 'Sugar cane farmers will receive $85 a tonne.' },
  { id: 'rupee-pakistan', url: null, publisher: 'Business Recorder', example: 'The company posted a profit of Rs 3.2 billion for the quarter.' },
  { id: 'rupee-sri-lanka', url: 'https://www.example.lk/business', publisher: null, example: 'Tea prices averaged Rs 1,200 a kilogram at the auction.' },
  { id: 'shilling-uganda', url: null, publisher: 'Daily Monitor', example: 'The ministry will spend Sh300 billion on roads this year.' },
  { id: 'shilling-tanzania', url: 'https://www.example.co.tz/news', publisher: null, example: 'Cashew farmers were paid Sh2,500 a kilogram.' },
  { id: 'peso-philippines', url: 'https://www.example.com.ph/news', publisher: null, example: 'The province set aside P2.5 billion for flood control.' },
  { id: 'peso-philippines', url: null, publisher: 'Manila Bulletin', example: 'Rice farmers lost P 1,250,000 to the floods.' },
  { id: 'peso-philippines', url: 'https://www.bworldonline.com/corporate/2024/08/08/expense-cuts/', publisher: null, example: 'The telco saw a net income of P7.74 billion for the second quarter.' },
  { id: 'rupee-pakistan', url: 'https://www.dawn.com/news/1234567', publisher: null, example: 'The company posted a profit of Rs 3.2 billion for the quarter.' },
];

/**
 * A currency that was redenominated: amounts of a page dated before the change are in the old
 * currency (a Ghanaian page of 2006 quotes old cedis, GHC; one of 2008 new cedis, GHS).
 */
export const redenominations: { unit: string; old: string; before: string; example: string; publishedAt: string }[] = [
  { unit: 'GHS', old: 'GHC', before: '2007-07-01', example: 'Petrol now sells at ¢34,850 a gallon in Accra.', publishedAt: '2006-02-20' },
];

export interface PercentRule {
  id: string;
  unit: '%' | 'pp' | 'bp';
  /** `%` glued to the number, or words after it (lower case, space separated). */
  forms: string[];
  /** Forms matched only as written (`pc`, the British press's percent, is no `PC`). */
  symbols?: string[];
  example: string;
  expect: Expectation;
}

export const percents: PercentRule[] = [
  { id: 'percent-sign', unit: '%', forms: ['%'], example: 'rose 3.5% last year', expect: { value: 3.5, kind: 'percent', unit: '%' } },
  { id: 'percent-word', unit: '%', forms: ['percent', 'per cent', 'pct'], symbols: ['pc'], example: 'about 3.5 percent of households', expect: { value: 3.5, kind: 'percent', unit: '%' } },
  { id: 'percentage-points', unit: 'pp', forms: ['percentage points', 'percentage point', 'percent points', 'percent point', 'per cent points', 'per cent point', 'percentage pts', 'ppts', 'pp'], example: 'fell 0.3 percentage points', expect: { value: 0.3, kind: 'percent', unit: 'pp' } },
  { id: 'basis-points', unit: 'bp', forms: ['basis points', 'basis point', 'bps', 'bp'], example: 'cut rates by 25 basis points', expect: { value: 25, kind: 'percent', unit: 'bp' } },
  // A bare `points` is a percentage point only where the sentence speaks of a percentage or a
  // rate (`the jobless rate rose 2 points`); otherwise it counts index or game points.
  { id: 'points-of-a-rate', unit: 'pp', forms: ['points', 'point'], example: 'the rate of 4.5% rose 0.2 points', expect: { value: 0.2, kind: 'percent', unit: 'pp' } },
];

export interface QuantityUnitRule {
  id: string;
  kind: 'count' | 'measure' | 'number';
  unit: string;
  /** Lower-case forms, singular and plural; several words are separated by one space. */
  forms: string[];
  /** Forms matched case-sensitively (symbols such as `kWh`, `MW`). */
  symbols?: string[];
  /** Symbols matched case-sensitively only when glued to the number (`17.2C`, `100m`). */
  gluedSymbols?: string[];
  /** A scale the symbol carries (`bcm` is a billion cubic metres): the number is multiplied by it. */
  factor?: number;
  /** The denominator the symbol carries (`bpd` is barrels per day). */
  per?: string;
  example: string;
  expect: Expectation;
}

const count = (noun: string, forms: string[], example: string, value: number): QuantityUnitRule => ({
  id: `count-${noun}`,
  kind: 'count',
  unit: noun,
  forms: [noun, ...forms],
  example,
  expect: { value, kind: 'count', unit: noun },
});

export const quantityUnits: QuantityUnitRule[] = [
  count('people', ['person'], 'served 2,400 people', 2400),
  // `persons` as the page writes it (disaster and labour-force releases), as annotators keep it.
  count('persons', [], '162,399 persons were served inside evacuation centres', 162399),
  count('residents', ['resident'], 'more than 8,000 residents', 8000),
  count('households', ['household'], '1,200 households', 1200),
  count('families', ['family'], 'helped 350 families', 350),
  count('beds', ['bed'], 'a 120-bed shelter', 120),
  count('jobs', ['job'], 'created 300 jobs', 300),
  count('units', ['unit'], '84 affordable units', 84),
  count('students', ['student'], '4,500 students', 4500),
  count('homes', ['home'], 'built 60 homes', 60),
  count('businesses', ['business'], '1,100 small businesses', 1100),
  count('children', ['child'], '900 children', 900),
  count('employees', ['employee'], '2,300 employees', 2300),
  count('workers', ['worker'], '450 workers', 450),
  count('veterans', ['veteran'], '75 veterans', 75),
  count('seniors', ['senior'], '640 seniors', 640),
  count('patients', ['patient'], '1,900 patients', 1900),
  count('visitors', ['visitor'], '2.1 million visitors', 2.1e6),
  count('schools', ['school'], 'twelve schools', 12),
  count('teachers', ['teacher'], '310 teachers', 310),
  count('projects', ['project'], '18 projects', 18),
  count('trees', ['tree'], 'planted 500 trees', 500),
  count('vehicles', ['vehicle'], '40 electric vehicles', 40),
  count('buses', ['bus'], '25 buses', 25),
  count('apartments', ['apartment'], '220 apartments', 220),
  count('meals', ['meal'], '1.5 million meals', 1.5e6),
  count('doses', ['dose'], '30,000 doses', 30000),
  count('cases', ['case'], '412 cases', 412),
  count('deaths', ['death'], '19 deaths', 19),
  count('grants', ['grant'], '37 grants', 37),
  count('permits', ['permit'], '96 permits', 96),
  count('applications', ['application'], '5,000 applications', 5000),
  count('officers', ['officer'], '15 officers', 15),
  count('members', ['member'], 'nine members', 9),
  count('sites', ['site'], '14 sites', 14),
  count('facilities', ['facility'], 'three facilities', 3),
  count('communities', ['community'], '52 communities', 52),
  count('counties', ['county'], '67 counties', 67),
  count('participants', ['participant'], '800 participants', 800),
  count('volunteers', ['volunteer'], '250 volunteers', 250),
  count('positions', ['position'], '45 positions', 45),
  count('acquisitions', ['acquisition'], '3 acquisitions', 3),
  count('staff', ['staff members'], 'employs 6,400 staff', 6400),
  ...measures,
  ...durations,
  { id: 'age-years-of-age', kind: 'measure', unit: 'age', forms: ['years of age'], example: 'residents 65 years of age', expect: { value: 65, kind: 'measure', unit: 'age' } },
  { id: 'multiple-times', kind: 'number', unit: 'x', forms: ['times'], example: 'three times the national rate', expect: { value: 3, kind: 'number', unit: 'x' } },
  // `grew 2.5x`, `a 3× rise`: a multiple glued to its number (`4x4` is a name, see suffixAt).
  { id: 'multiple-x', kind: 'number', unit: 'x', forms: [], gluedSymbols: ['x', '×'], example: 'revenue grew 2.5x in a year', expect: { value: 2.5, kind: 'number', unit: 'x' } },
];

/** Words before a number that make it an age: `people aged 16 to 64`, `under the age of 16`. */
export interface AgePrefixRule {
  id: string;
  phrases: string[];
  example: string;
  expect: Expectation;
}

export const agePrefixes: AgePrefixRule[] = [
  { id: 'age-aged', phrases: ['aged', 'ages', 'age', 'the age of', 'age of', 'ages of'], example: 'people aged 16 and over', expect: { value: 16, kind: 'measure', unit: 'age' } },
];

/**
 * People nouns right before an age with a qualifier: `seniors 65 and older`, `children under 6`,
 * `adults over 50`, `those 18 or younger`. Without a qualifier (`residents 65`) the number is not
 * read as an age.
 */
export interface AgeNounRule {
  id: string;
  nouns: string[];
  example: string;
  expect: Expectation;
}

export const ageNouns: AgeNounRule[] = [
  {
    id: 'age-after-people',
    nouns: ['people', 'persons', 'individuals', 'residents', 'adults', 'seniors', 'children', 'kids', 'youth', 'youths', 'teens', 'teenagers', 'infants', 'toddlers', 'babies', 'boys', 'girls', 'men', 'women', 'students', 'pupils', 'patients', 'workers', 'employees', 'applicants', 'riders', 'passengers', 'drivers', 'veterans', 'those', 'anyone', 'everyone'],
    example: 'free rides for seniors 65 and older',
    expect: { value: 65, kind: 'measure', unit: 'age' },
  },
];

/**
 * An age set off by commas after a name: `Cubs manager Joe Maddon, 66, said`. The name is a
 * capitalised word before the comma; the number is a whole number of years with nothing after it.
 */
export const ageAfterNames: AgeNounRule[] = [
  { id: 'age-after-name', nouns: [], example: 'manager Joe Maddon, 66, said the team was ready', expect: { value: 66, kind: 'measure', unit: 'age' } },
];

/** Qualifiers around an age after a people noun: before it (`under 6`), after it (`65 and older`). */
export const AGE_QUALIFIERS_BEFORE = [['under'], ['over'], ['below'], ['above'], ['older', 'than'], ['younger', 'than']];
export const AGE_QUALIFIERS_AFTER = [['and', 'older'], ['or', 'older'], ['and', 'over'], ['or', 'over'], ['and', 'up'], ['and', 'above'], ['or', 'younger'], ['and', 'younger'], ['and', 'under'], ['or', 'under']];

/**
 * Plural nouns that follow a number without being counted by it: `5 percent`, `3 times`
 * are handled elsewhere; these never become a count unit.
 */
export const NOT_COUNTED = new Set(['percent', 'times', 'others', 'ones', 'years', 'months', 'days', 'weeks', 'hours', 'minutes', 'ago', 'each', 'apiece', 'respectively', 'thereafter', 'alone', 'since', 'times']);
