// Words as evidence: tokens, crude stems and the phrases that name a topic, shared by the
// inference of prerequisites, of pathways and of related topics.

const STOP = new Set(
  'a an and or the of for to in on with by from at as is are be into via vs using use your you their its this that these those how what why when it all any more most core key basic basics fundamentals fundamental introduction intro overview advanced concepts concept principles practices practice techniques technique skills skill essentials essential foundations foundation foundational understanding learning learn working management tools tool development best modern applied practical other new systems system'.split(' '),
);

/** Common abbreviations of the field, so "ML theory" meets "Machine Learning Theory". */
const EXPAND: Record<string, string> = { ml: 'machine learning', ai: 'artificial intelligence', nlp: 'natural language processing', dl: 'deep learning', cv: 'computer vision', os: 'operating system', db: 'database', k8s: 'kubernetes', stats: 'statistics', math: 'mathematics', maths: 'mathematics', js: 'javascript', eda: 'exploratory data analysis' };

/** A crude stem: enough to make "statistical" meet "statistics" and "mathematical" meet "mathematics". */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['ational', 'ations', 'ation', 'ically', 'ical', 'ics', 'ing', 'ies', 'ers', 'er', 'al', 'es', 's', 'y']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export function words(text: string): string[] {
  const raw = text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w !== '');
  return raw.flatMap((w) => (EXPAND[w] ?? w).split(' '));
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
