/**
 * A discrete-event clock for simulations: xstate's `Clock` (setTimeout/clearTimeout) plus `now()`,
 * driven by `runUntil(ms)`, which fires timers in time order (ties in scheduling order). A binary heap
 * keeps 10,000 actors' timers cheap, where a scan per tick would not.
 */
export class EventClock {
  private heap: Array<{ at: number; seq: number; id: number }> = [];
  private callbacks = new Map<number, () => void>();
  private seq = 0;
  private time = 0;

  /** Current simulated time, ms. */
  now(): number {
    return this.time;
  }

  /** Schedules `fn` after `ms` simulated milliseconds. */
  setTimeout(fn: () => void, ms: number): number {
    const id = ++this.seq;
    this.callbacks.set(id, fn);
    this.push({ at: this.time + Math.max(0, ms), seq: id, id });
    return id;
  }

  /** Cancels a timer (lazily: the heap entry is skipped when popped). */
  clearTimeout(id: number): void {
    this.callbacks.delete(id);
  }

  /** Timers still scheduled. */
  get pending(): number {
    return this.callbacks.size;
  }

  /** Fires every timer due up to `until`, in order, then sets the time to `until`. */
  runUntil(until: number): void {
    for (;;) {
      const top = this.heap[0];
      if (!top || top.at > until) break;
      this.pop();
      const fn = this.callbacks.get(top.id);
      if (!fn) continue;
      this.callbacks.delete(top.id);
      this.time = top.at;
      fn();
    }
    this.time = until;
  }

  private less(a: { at: number; seq: number }, b: { at: number; seq: number }): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(node: { at: number; seq: number; id: number }): void {
    const heap = this.heap;
    heap.push(node);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && this.less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && this.less(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
}
