// The names of China's jurisdictions (@vant/area-data: provinces, cities and counties with their
// GB/T 2260 codes), behind one lookup built once: a name found in a text and the province it
// belongs to. Counties that share a name across provinces keep the name with no province.
import { areaList } from '@vant/area-data';

export interface Jurisdiction {
  name: string;
  level: 'province' | 'city' | 'county';
  /** The full name of its province, null when the name is shared by several. */
  province: string | null;
}

/** County names that are only a position in a city (城区, 市中区), never a place on their own. */
const NOT_A_PLACE = new Set(['市辖区', '市中区', '城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '新区', '县']);

interface Table {
  names: Map<string, Jurisdiction>;
  longest: number;
  /** UTF-16 units that open a name, and that close one: a position no name can start or end at is passed over without slicing. */
  firstUnits: Set<number>;
  lastUnits: Set<number>;
}

let table: Table | null = null;

function build(): Table {
  const names = new Map<string, Jurisdiction>();
  const provinceOf = (code: string) => areaList.province_list[`${code.slice(0, 2)}0000`] ?? null;
  const add = (name: string, level: Jurisdiction['level'], province: string | null) => {
    if (name.length < 3 || NOT_A_PLACE.has(name)) return;
    const seen = names.get(name);
    if (!seen) names.set(name, { name, level, province });
    else if (seen.province !== province) names.set(name, { ...seen, province: null });
  };
  for (const name of Object.values(areaList.province_list)) add(name, 'province', name);
  for (const [code, name] of Object.entries(areaList.city_list)) add(name, 'city', provinceOf(code));
  for (const [code, name] of Object.entries(areaList.county_list)) add(name, 'county', provinceOf(code));
  let longest = 0;
  const firstUnits = new Set<number>();
  const lastUnits = new Set<number>();
  for (const name of names.keys()) {
    longest = Math.max(longest, name.length);
    firstUnits.add(name.charCodeAt(0));
    lastUnits.add(name.charCodeAt(name.length - 1));
  }
  return { names, longest, firstUnits, lastUnits };
}

/** The first jurisdiction named in a text (the longest name at the first position that has one), or null. */
export function findJurisdiction(text: string): Jurisdiction | null {
  table ??= build();
  for (let i = 0; i < text.length; i++) {
    if (!table.firstUnits.has(text.charCodeAt(i))) continue;
    for (let length = Math.min(table.longest, text.length - i); length >= 3; length--) {
      const found = table.names.get(text.slice(i, i + length));
      if (found) return found;
    }
  }
  return null;
}

/** The last jurisdiction named in a text (the longest name at the last position that has one), or null. */
export function findLastJurisdiction(text: string): Jurisdiction | null {
  table ??= build();
  for (let end = text.length; end >= 3; end--) {
    if (!table.lastUnits.has(text.charCodeAt(end - 1))) continue;
    for (let length = Math.min(table.longest, end); length >= 3; length--) {
      const found = table.names.get(text.slice(end - length, end));
      if (found) return found;
    }
  }
  return null;
}

/** The jurisdiction of a full name, or null when it is not a known one. */
export function jurisdiction(name: string): Jurisdiction | null {
  table ??= build();
  return table.names.get(name) ?? null;
}

/** Words the gazetteer holds as county names but texts use as words (新建 a verb, 和平 peace). */
const COMMON_WORDS = new Set(['新建', '和平', '城关', '高新', '开发', '新华', '长安', '永安', '太平']);
let shortNames: Set<string> | null = null;

/**
 * Whether a word names a jurisdiction as texts write it: a full name (深圳市), a name without its
 * 市/省/县/区 (深圳, 吉林), or a province's short name (新疆, 广西, 内蒙古).
 */
export function isJurisdictionWord(word: string): boolean {
  table ??= build();
  if (word.length < 2 || COMMON_WORDS.has(word)) return false;
  shortNames ??= new Set(
    Object.values(areaList.province_list).map((name) => name.replace(/(?:省|市|自治区|特别行政区)$/u, '').replace(/(?:维吾尔|壮族|回族)$/u, '')),
  );
  return shortNames.has(word) || table.names.has(word) || ['市', '省', '县', '区', '州', '盟', '旗'].some((kind) => table!.names.has(word + kind));
}
