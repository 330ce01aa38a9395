/** Letters of the CJK scripts: Han, Hiragana, Katakana, Hangul. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER = /\p{L}/u;

/**
 * Share of a text's letters that are CJK (Han, Hiragana, Katakana, Hangul), in [0, 1]; 0 for a text
 * without letters. Digits, punctuation and LaTeX symbols are not letters and do not count.
 *
 * @example cjkShare("答案是 x") // 0.75 (3 of 4 letters)
 */
export function cjkShare(text: string): number {
  let letters = 0;
  let cjk = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (CJK.test(ch)) cjk++;
  }
  return letters ? cjk / letters : 0;
}
