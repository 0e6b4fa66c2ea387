/** What a Permissions Violation `-ERR` names: the operation, subject and queue group refused. */
export interface NatsPermissionDetails {
  /** `subscription` for a refused SUB, `publish` for a refused PUB (or reply subject). */
  operation: 'subscription' | 'publish';
  /** The subject refused; empty when the server named only a reply subject. */
  subject: string;
  /** The queue group of a refused queue subscription. */
  queue?: string;
  /** The reply subject of `Permissions Violation for Publish with Reply of "X"`. */
  reply?: string;
}

// Subjects and queue names never hold whitespace; the server prints them with Go's %q.
const SUBJECT = /(?:publish|subscription) to "([^"\s]+)"/i;
const QUEUE = /using queue "([^"\s]+)"/i;
const REPLY = /with reply of "([^"\s]+)"/i;

/**
 * Reads the subject (and queue group or reply subject) out of a Permissions Violation text,
 * e.g. `Permissions Violation for Subscription to "secret.q" using queue "workers"`.
 * A text without a subject yields an empty subject rather than an error.
 */
export function parsePermissionViolation(
  text: string,
  operation: NatsPermissionDetails['operation'],
): NatsPermissionDetails {
  const details: NatsPermissionDetails = { operation, subject: SUBJECT.exec(text)?.[1] ?? '' };
  // Only the pattern the operation can carry is tried: a queue for SUB, a reply for PUB.
  if (operation === 'subscription') {
    const queue = QUEUE.exec(text)?.[1];
    if (queue !== undefined) details.queue = queue;
  } else {
    const reply = REPLY.exec(text)?.[1];
    if (reply !== undefined) details.reply = reply;
  }
  return details;
}
