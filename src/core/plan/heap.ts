// Binary min-heaps of integers, many in one typed array: Kahn's ready set and one per section, each
// holding ready topics' ranks in document order. Heap h owns items[start[h]] .. items[start[h + 1] - 1];
// capacities are known up front, as each topic enters each heap at most once, so nothing grows.
import type { Scratch } from './scratch.ts';

export class MinHeaps {
  private readonly items: Int32Array;
  private readonly start: Int32Array;
  private readonly sizes: Int32Array;

  /** `capacity[h]` items for heap h, for each of `capacity.length` heaps. */
  constructor(scratch: Scratch, capacity: Int32Array) {
    const count = capacity.length;
    this.start = scratch.int32('heap.start', count + 1);
    for (let h = 0; h < count; h++) this.start[h + 1] = (this.start[h] as number) + (capacity[h] as number);
    this.items = scratch.int32('heap.items', this.start[count] as number);
    this.sizes = scratch.int32('heap.sizes', count);
  }

  size(h: number): number {
    return this.sizes[h] as number;
  }

  push(h: number, x: number): void {
    const { items } = this;
    const base = this.start[h] as number;
    let i = this.sizes[h] as number;
    this.sizes[h] = i + 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[base + parent] as number;
      if (p <= x) break;
      items[base + i] = p;
      i = parent;
    }
    items[base + i] = x;
  }

  /** The smallest item of heap h, which must not be empty. */
  pop(h: number): number {
    const { items } = this;
    const base = this.start[h] as number;
    const top = items[base] as number;
    const size = (this.sizes[h] as number) - 1;
    this.sizes[h] = size;
    if (size === 0) return top;
    const last = items[base + size] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && (items[base + c + 1] as number) < (items[base + c] as number)) c++;
      const child = items[base + c] as number;
      if (child >= last) break;
      items[base + i] = child;
      i = c;
    }
    items[base + i] = last;
    return top;
  }
}
