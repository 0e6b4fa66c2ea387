/** What the `$JS.ACK` reply subject of a JetStream message says about it. */
export interface AckSubjectInfo {
  stream: string;
  consumer: string;
  /** How many times this message was delivered (1 the first time). */
  deliveryCount: number;
  streamSeq: number;
  consumerSeq: number;
  /** Server time of the message, ns since the epoch (as a number: precision beyond ms is lost). */
  timestampNanos: number;
  /** Messages left for the consumer. */
  pending: number;
}

const count = (token: string | undefined): number => {
  const n = Number(token);
  return Number.isSafeInteger(n) && n >= 0 ? n : Number.NaN;
};

/**
 * Parses `$JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<cseq>.<ts>.<pending>` (9 tokens) or the
 * v2 form with domain and account hash after `$JS.ACK` (12 tokens or more). Returns undefined for
 * anything else, so a message that is not from a consumer is never taken for one.
 */
export function parseAckSubject(reply: string | undefined): AckSubjectInfo | undefined {
  if (reply === undefined || !reply.startsWith('$JS.ACK.')) return undefined;
  const t = reply.split('.');
  let at: number;
  if (t.length === 9) at = 2;
  else if (t.length >= 12) at = 4;
  else return undefined;
  const info: AckSubjectInfo = {
    stream: t[at] ?? '',
    consumer: t[at + 1] ?? '',
    deliveryCount: count(t[at + 2]),
    streamSeq: count(t[at + 3]),
    consumerSeq: count(t[at + 4]),
    timestampNanos: count(t[at + 5]),
    pending: count(t[at + 6]),
  };
  const numbers = [info.deliveryCount, info.streamSeq, info.consumerSeq, info.pending];
  return numbers.some(Number.isNaN) || info.stream === '' || info.consumer === '' ? undefined : info;
}
