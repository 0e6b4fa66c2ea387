/** What a client did after the scripted server event. */
export interface Outcome {
  /** `reconnect` / `terminal` (connection), `resubscribe` / `unsubscribed` (subscription), or `timeout`. */
  result: 'reconnect' | 'terminal' | 'resubscribe' | 'unsubscribed' | 'timeout';
  /** The code the client reported with it, if any. */
  code: number | null;
}

/** Resolves with the first outcome, or `timeout` after `ms`. */
export function firstOutcome(ms: number): { promise: Promise<Outcome>; settle(outcome: Outcome): void } {
  let settle: (outcome: Outcome) => void = () => {};
  const promise = new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => resolve({ result: 'timeout', code: null }), ms);
    settle = (outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
  });
  return { promise, settle: (outcome) => settle(outcome) };
}
