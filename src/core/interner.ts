// Dense numbers for repeated strings (node ids, file names), first seen first: the typed arrays of
// the pathfinder and the layout, and the wire format's string table, all number strings this way.

export class Interner {
  /** The strings in the order they were first seen: `values[index(s)] === s`. */
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();
  // Consecutive calls often repeat a string (a document's topics share its id): one comparison.
  private last: string | null = null;
  private lastNumber = -1;

  index(s: string): number {
    if (s === this.last) return this.lastNumber;
    let k = this.numbers.get(s);
    if (k === undefined) {
      k = this.values.length;
      this.numbers.set(s, k);
      this.values.push(s);
    }
    this.last = s;
    this.lastNumber = k;
    return k;
  }
}
