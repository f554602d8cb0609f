// simplify-chinese: 繁體 → 简体 for segmentation, one character for one character, so offsets
// found in the converted text are offsets into the original.
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../src/core/zh/simplify-chinese.js';

describe('toSimplified', () => {
  it.each([
    ['繁體中文', '繁体中文'],
    ['本市今年財政收入達新臺幣三百億元，較去年增長百分之四點五。', '本市今年财政收入达新台币三百亿元，较去年增长百分之四点五。'],
    ['經濟發展與社會福利並重', '经济发展与社会福利并重'],
    ['後來發現裡面有問題', '后来发现里面有问题'],
    // Phrases where the character alone would be converted wrongly.
    ['乾隆年間的頭髮', '乾隆年间的头发'],
    ['大家都瞭解這件事', '大家都了解这件事'],
    // Hong Kong and Taiwan variant forms reach the same simplified characters.
    ['啟動臺灣僞造', '启动台湾伪造'],
  ])('%s → %s', (traditional, simplified) => {
    const converted = toSimplified(traditional);
    expect(converted).toBe(simplified);
    expect(converted.length).toBe(traditional.length);
  });

  it('keeps the length of any text, so offsets stay valid', () => {
    const text = '𠵾國內生產總值（GDP）增長5.2%，達1,260億元 —— 見第3頁。😀 龍';
    const converted = toSimplified(text);
    expect(converted.length).toBe(text.length);
    for (const needle of ['5.2%', '1,260', '（GDP）', '😀']) expect(converted.indexOf(needle)).toBe(text.indexOf(needle));
  });

  it('leaves simplified text, ASCII and digits as they are', () => {
    const simplified = '今年以来，全市规模以上工业增加值增长6.3%，什么都好，后来发展得很快。Revenue rose 3.5% to $412 million.';
    expect(toSimplified(simplified)).toBe(simplified);
    expect(toSimplified('')).toBe('');
  });
});
