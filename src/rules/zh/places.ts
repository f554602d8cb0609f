// Where a Chinese claim is: a jurisdiction's name as titles and publishers write it (云湾市教育局)
// for the places the gazetteer does not hold, and the scope words that point at the publisher's
// own jurisdiction by its level (全市, 全省). Examples are in test/checks-across.test.ts.

/** A jurisdiction's name: two to four characters and the level (合肥市, 安徽省, 临澜县). */
export const PLACE_NAME = /(?<![\u4e00-\u9fff])(?:其中)?(?<name>[\u4e00-\u9fff]{2,4}?(?:省|市|县|自治区|自治州))/u;
/** Not a place name: one that starts with 城, 省, 大…, or holds a scope word (1-5月全市 → 月全市). */
export const NOT_PLACE = /^[全各本我该此城省市县区州乡镇村中大小新老高外内每上下前后其年月日]|[全各本我该]/u;

/** Words that scope a figure to the publisher's own jurisdiction, by level; 全国 is the country. */
export const SCOPE_WORDS: readonly { pattern: RegExp; level: '市' | '省' | '县' | '区' | '国' }[] = [
  { pattern: /全市|本市|我市|市本级/gu, level: '市' },
  { pattern: /全省|本省|我省/gu, level: '省' },
  { pattern: /全县|本县|我县/gu, level: '县' },
  { pattern: /全区|本区|我区/gu, level: '区' },
  { pattern: /全国/gu, level: '国' },
];

/** A scope word used to compare, not to scope (在全省率先, 位列全省, 高于全国): the figure is not the wider place's. */
export const COMPARING_BEFORE = /(?:在|居|列|位于|高于|低于|超过|快于|慢于|占|比|较)$/u;
export const COMPARING_AFTER = /^(?:率先|首|第|前列|排名|领先|平均|水平|同类|之首)/u;
