// Words as evidence: tokens, crude stems and the phrases that name a topic, shared by the
// inference of prerequisites, of pathways and of related topics.

const STOP = new Set(
  'a an and or the of for to in on with by from at as is are be into via vs using use your you their its this that these those how what why when it all any more most core key basic basics fundamentals fundamental introduction intro overview advanced concepts concept principles practices practice techniques technique skills skill essentials essential foundations foundation foundational understanding learning learn working management tools tool development best modern applied practical other new systems system'.split(
    ' ',
  ),
);

/** Common abbreviations of the field, so "ML theory" meets "Machine Learning Theory". A Map: a word like "constructor" is no abbreviation. */
const EXPAND = new Map<string, string>(
  Object.entries({
    ml: 'machine learning',
    ai: 'artificial intelligence',
    nlp: 'natural language processing',
    dl: 'deep learning',
    cv: 'computer vision',
    os: 'operating system',
    db: 'database',
    k8s: 'kubernetes',
    stats: 'statistics',
    math: 'mathematics',
    maths: 'mathematics',
    js: 'javascript',
    eda: 'exploratory data analysis',
  }),
);

const SUFFIXES = ['ational', 'ations', 'ation', 'ically', 'ical', 'ics', 'ing', 'ies', 'ers', 'er', 'al', 'es', 's', 'y'];
const PARENTHESIZED = /\([^)]*\)/g;
const SEPARATORS = /[^\p{L}\p{N}+#]+/u;
/** The same split for lowercase ASCII text, without the Unicode tables: most text is ASCII. */
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SEPARATORS = /[^a-z0-9+#]+/;

/** A crude stem: enough to make "statistical" meet "statistics" and "mathematical" meet "mathematics". */
export function stem(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Lowercased words of `text`, parenthesized asides dropped, abbreviations not yet expanded. */
function rawWords(text: string): string[] {
  const lower = text.toLowerCase();
  const bare = lower.includes('(') ? lower.replace(PARENTHESIZED, ' ') : lower;
  return bare.split(ASCII.test(bare) ? ASCII_SEPARATORS : SEPARATORS);
}

export function words(text: string): string[] {
  const out: string[] = [];
  appendWords(text, out);
  return out;
}

/** Appends `words(text)` to `out`, but those in `drop`: no list and no callback per text. */
export function appendWords(text: string, out: string[], drop?: ReadonlySet<string>): void {
  const raw = rawWords(text);
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] as string;
    if (w === '') continue;
    const expanded = EXPAND.get(w);
    if (expanded === undefined) {
      if (drop === undefined || !drop.has(w)) out.push(w);
      continue;
    }
    for (const x of expanded.split(' ')) if (drop === undefined || !drop.has(x)) out.push(x);
  }
}

/** Stems of the content words of `text`. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w) && w.length > 1)
    .map(stem);
}

/** The consecutive stem pairs of `text`: "linear algebra" as one unit of evidence. */
export function bigrams(text: string): string[] {
  const t = terms(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) out.push(`${t[i]} ${t[i + 1]}`);
  return out;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

const NO_TERMS: readonly number[] = Object.freeze([]);
/** Room for a term id in a bigram key: (first + 1) * PAIR + second stays an exact integer. */
const PAIR = 2 ** 24;

/**
 * Terms as small integers, for passes that look at every word of a large tree: each distinct
 * word is stemmed once, and a term or a phrase is a number, not a new string. `termIds(text)`
 * is `terms(text)` as ids; `stemOf(id)` is the term back.
 */
export class Lexicon {
  private readonly ids = new Map<string, number>();
  private readonly stems: string[] = [];
  private readonly byWord = new Map<string, readonly number[]>();

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.stems.length;
      if (id >= PAIR) throw new Error('lexicon: too many distinct terms');
      this.ids.set(term, id);
      this.stems.push(term);
    }
    return id;
  }

  stemOf(id: number): string {
    return this.stems[id] as string;
  }

  /** `terms(text)` as ids. */
  termIds(text: string): number[] {
    const out: number[] = [];
    this.appendTermIds(text, out);
    return out;
  }

  /**
   * `terms(parts.join('. '))` as ids, from the terms of each part: the same terms unless a part
   * leaves a parenthesis open, which the joined text would close in a later part.
   */
  termIdsOfParts(parts: readonly string[], partTerms: readonly (readonly number[])[] = parts.map((p) => this.termIds(p))): number[] {
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i] as string;
      const open = p.lastIndexOf('(');
      if (open >= 0 && open > p.lastIndexOf(')')) return this.termIds(parts.join('. '));
    }
    const out: number[] = [];
    for (const t of partTerms) for (let i = 0; i < t.length; i++) out.push(t[i] as number);
    return out;
  }

  private appendTermIds(text: string, out: number[]): void {
    for (const w of rawWords(text)) {
      if (w === '') continue;
      const ids = this.wordTerms(w);
      for (let i = 0; i < ids.length; i++) out.push(ids[i] as number);
    }
  }

  private wordTerms(word: string): readonly number[] {
    let ids = this.byWord.get(word);
    if (ids === undefined) {
      const kept = (EXPAND.get(word) ?? word).split(' ').filter((w) => !STOP.has(w) && w.length > 1);
      ids = kept.length === 0 ? NO_TERMS : kept.map((w) => this.id(stem(w)));
      this.byWord.set(word, ids);
    }
    return ids;
  }
}

/** The key of the phrase "a b" among term ids: never equal to a single term's id. */
export const pairKey = (a: number, b: number): number => (a + 1) * PAIR + b;
