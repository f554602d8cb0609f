// Language by script: the share of Han characters among letters decides zh / en / mixed.
// Used once per article and once per sentence (mixed articles are extracted per sentence).
import type { Language } from '../schema.js';

export function detectLanguage(text: string): Language {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) han++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  // A Han character carries about as much as a three-to-five letter word.
  const hanWeight = han * 4;
  const total = hanWeight + latin;
  if (total < 4) return 'und';
  const share = hanWeight / total;
  if (share >= 0.7) return 'zh';
  if (share <= 0.3) return 'en';
  return 'mixed';
}
