// Phrases as the knowledge base matches them: lowercase words, abbreviations expanded, crude
// stems, and only the smallest words dropped. Unlike the topic terms of `terms.ts`, words such as
// "learning", "systems" or "management" stay: "machine learning" and "deep learning" are
// subjects, and "deep" alone is not.
import { stem, words } from '../terms';

const GLUE = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'with', 'by', 'using', 'your', 'their', 'its', 'into', 'via', '&']);
const stems = new Map<string, string>();

/** The words of `text` that `phraseTokens` keeps, unstemmed: token i is the stem of word i. */
export function phraseWords(text: string): string[] {
  return words(text).filter((w) => w !== '' && !GLUE.has(w));
}

/** The tokens of `text` as the knowledge base compares them. */
export function phraseTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of phraseWords(text)) {
    let s = stems.get(w);
    if (s === undefined) {
      s = stem(w);
      if (stems.size < 200_000) stems.set(w, s);
    }
    out.push(s);
  }
  return out;
}

/** The words of `text` that a match at token `at` of `length` tokens covers, as written. */
export const matchedWords = (text: string, at: number, length: number): string => phraseWords(text).slice(at, at + length).join(' ');

export const phraseKey = (tokens: readonly string[]): string => tokens.join(' ');

/**
 * The entries of `index` named in `tokens`, longest phrase first at each position, each with the
 * words that named it. Linear in the text: at most `longest` lookups per word.
 */
export function findPhrases<T>(tokens: readonly string[], index: ReadonlyMap<string, T>, longest: number): { value: T; phrase: string; at: number; length: number }[] {
  const out: { value: T; phrase: string; at: number; length: number }[] = [];
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    // The phrases starting here, shortest first, each built from the one before.
    const most = Math.min(longest, tokens.length - i);
    keys.length = 0;
    let key = tokens[i] as string;
    keys.push(key);
    for (let n = 1; n < most; n++) keys.push((key = `${key} ${tokens[i + n] as string}`));
    let matched = 0;
    for (let n = most; n >= 1; n--) {
      const value = index.get(keys[n - 1] as string);
      if (value !== undefined) {
        out.push({ value, phrase: keys[n - 1] as string, at: i, length: n });
        matched = n;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}
