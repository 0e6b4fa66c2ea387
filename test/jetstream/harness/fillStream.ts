import type { NatsSession } from '../../../src/protocols/nats/index.ts';
import type { JetStream } from '../../../src/protocols/nats/jetstream/index.ts';
import { waitUntil } from '../../nats/harness/waitUntil.ts';

/** Creates a file stream `name` on `subject.>` and stores `count` messages whose payload is their number. */
export async function fillStream(
  session: NatsSession,
  js: JetStream,
  name: string,
  count: number,
): Promise<void> {
  await js.manager.addStream({ name, subjects: [`${name.toLowerCase()}.>`], storage: 'file' });
  // Core publishes in bursts (the stream captures them), then wait until every one is stored.
  for (let i = 1; i <= count; i++) {
    session.publish(`${name.toLowerCase()}.m`, String(i));
    if (i % 1000 === 0) await session.flush();
  }
  await session.flush();
  let stored = 0;
  await waitUntil(() => {
    void js.manager
      .streamInfo(name)
      .then((info) => {
        stored = info.state.messages;
      })
      .catch(() => undefined);
    return stored === count;
  }, `${count} messages stored in ${name}`);
}

/** Checks that `seen` is exactly 1..count: no gap, no duplicate, in order. Returns the first problem. */
export function firstProblem(seen: readonly number[], count: number): string | undefined {
  for (let i = 0; i < seen.length; i++) {
    if (seen[i] !== i + 1) return `position ${i}: expected ${i + 1}, got ${seen[i]}`;
  }
  return seen.length === count ? undefined : `saw ${seen.length} of ${count}`;
}
