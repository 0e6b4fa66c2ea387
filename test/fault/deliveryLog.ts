/** One message the app received: its sequence number (undefined when the payload was garbled) and link epoch. */
interface Delivery {
  seq: number | undefined;
  epoch: number;
}

/** Records what an app received from a numbered stream without offsets of its own (NATS core). */
export interface DeliveryLog {
  /** A message arrived; `seq` undefined when its payload could not be read. */
  deliver(seq: number | undefined): void;
  /** The session left `connected`: what was in flight may be lost, and the app was told. */
  linkLost(): void;
  /** Numbers received, in order (garbled ones left out). */
  seqs(): number[];
  /**
   * What broke the delivery rules: a number received more than `1 + allowedRepeats` times, a number
   * lower than one before it, or a gap while the link stayed up (lost with no event saying so).
   * A garbled payload in between accounts for one missing number.
   */
  problems(allowedRepeats: number): string[];
}

/** A {@link DeliveryLog}. */
export function createDeliveryLog(): DeliveryLog {
  const deliveries: Delivery[] = [];
  let epoch = 0;
  return {
    deliver: (seq) => deliveries.push({ seq, epoch }),
    linkLost: () => {
      epoch++;
    },
    seqs: () => deliveries.flatMap((d) => (d.seq === undefined ? [] : [d.seq])),
    problems(allowedRepeats) {
      const problems: string[] = [];
      const counts = new Map<number, number>();
      let last: Delivery | undefined;
      let garbled = 0;
      for (const d of deliveries) {
        if (d.seq === undefined) {
          garbled++;
          continue;
        }
        const count = (counts.get(d.seq) ?? 0) + 1;
        counts.set(d.seq, count);
        if (count > 1 + allowedRepeats) problems.push(`${d.seq} delivered ${count} times`);
        if (last?.seq !== undefined && count === 1) {
          if (d.seq < last.seq) problems.push(`${d.seq} after ${last.seq}`);
          const missing = d.seq - last.seq - 1 - garbled;
          if (missing > 0 && d.epoch === last.epoch) {
            problems.push(`${missing} lost between ${last.seq} and ${d.seq} with the link up`);
          }
        }
        if (count === 1) last = d;
        garbled = 0;
      }
      return problems;
    },
  };
}
