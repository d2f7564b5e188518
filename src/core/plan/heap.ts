// A binary min-heap of integers: Kahn's ready set, holding each ready topic's rank in document order.
export class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(x: number): void {
    const items = this.items;
    let i = items.length;
    items.push(x);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as number;
      if (p <= x) break;
      items[i] = p;
      i = parent;
    }
    items[i] = x;
  }

  /** The smallest item; the heap must not be empty. */
  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    const size = items.length;
    if (size === 0) return top;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && (items[c + 1] as number) < (items[c] as number)) c++;
      const child = items[c] as number;
      if (child >= last) break;
      items[i] = child;
      i = c;
    }
    items[i] = last;
    return top;
  }
}
