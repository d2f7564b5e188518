// Phrases as the knowledge base matches them: lowercase words, abbreviations expanded, crude
// stems, and only the smallest words dropped. Unlike the topic terms of `terms.ts`, words such as
// "learning", "systems" or "management" stay: "machine learning" and "deep learning" are
// subjects, and "deep" alone is not.
import { appendWords, stem } from '../terms.ts';

const GLUE = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'by',
  'using',
  'your',
  'their',
  'its',
  'into',
  'via',
  '&',
]);
const stems = new Map<string, string>();

/** Between two clauses of a passage: no phrase is read across it ("virtual networks, security groups"). */
export const CLAUSE = '|';
const CLAUSES = /[,;:.!?](?:\s|$)|\s[-–—]\s/;

/**
 * The words of `text` that `phraseTokens` keeps, unstemmed: token i is the stem of word i. With
 * `clauses`, a `CLAUSE` mark stands between the clauses of a sentence (none before the first word).
 */
export function phraseWords(text: string, clauses = false): string[] {
  const out: string[] = [];
  if (!clauses || !CLAUSES.test(text)) {
    appendWords(text, out, GLUE);
    return out;
  }
  // A word kept before this piece is what puts a mark before it.
  for (const piece of text.split(CLAUSES)) {
    if (out.length > 0) out.push(CLAUSE);
    appendWords(piece, out, GLUE);
  }
  return out;
}

/** The tokens of `text` as the knowledge base compares them: `phraseWords`, each stemmed. */
export function phraseTokens(text: string, clauses = false): string[] {
  const out = phraseWords(text, clauses);
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as string;
    if (w === CLAUSE) continue;
    let s = stems.get(w);
    if (s === undefined) {
      s = stem(w);
      if (stems.size < 200_000) stems.set(w, s);
    }
    out[i] = s;
  }
  return out;
}

/** The words of a passage that a match at token `at` of `length` tokens covers, as written. */
export const matchedWords = (text: string, at: number, length: number): string =>
  phraseWords(text, true)
    .slice(at, at + length)
    .join(' ');

export const phraseKey = (tokens: readonly string[]): string => tokens.join(' ');

/** A phrase of an index: its value, if it is a key, and whether it begins a longer key. */
interface Step<T> {
  value: T | undefined;
  begins: boolean;
}

/**
 * For each index, every key and every phrase that begins one: one lookup per word of the text, and
 * a text word that is neither is passed over at once.
 */
const stepsCache = new WeakMap<ReadonlyMap<string, unknown>, Map<string, Step<unknown>>>();
function stepsOf<T>(index: ReadonlyMap<string, T>): Map<string, Step<T>> {
  let steps = stepsCache.get(index) as Map<string, Step<T>> | undefined;
  if (steps === undefined) {
    steps = new Map();
    for (const [key, value] of index) {
      const step = steps.get(key);
      if (step === undefined) steps.set(key, { value, begins: false });
      else step.value = value;
    }
    for (const key of index.keys())
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        const prefix = key.slice(0, at);
        const step = steps.get(prefix);
        if (step === undefined) steps.set(prefix, { value: undefined, begins: true });
        else step.begins = true;
      }
    stepsCache.set(index, steps as Map<string, Step<unknown>>);
  }
  return steps;
}

/**
 * The entries of `index` named in `tokens`, longest phrase first at each position, each with the
 * words that named it. Linear in the text: a phrase grows word by word only while it still begins a key.
 */
export function findPhrases<T>(
  tokens: readonly string[],
  index: ReadonlyMap<string, T>,
  longest: number,
): { value: T; phrase: string; at: number; length: number }[] {
  const out: { value: T; phrase: string; at: number; length: number }[] = [];
  const steps = stepsOf(index);
  for (let i = 0; i < tokens.length;) {
    let key = tokens[i] as string;
    let step = steps.get(key);
    let found: T | undefined;
    let phrase = '';
    let length = 0;
    for (let n = 1; step !== undefined; n++) {
      if (step.value !== undefined) {
        found = step.value;
        phrase = key;
        length = n;
      }
      if (n >= longest || i + n >= tokens.length || !step.begins) break;
      key = `${key} ${tokens[i + n] as string}`;
      step = steps.get(key);
    }
    if (found !== undefined) {
      out.push({ value: found, phrase, at: i, length });
      i += length;
    } else i++;
  }
  return out;
}
