import type { JsContext } from './jsApi.ts';
import { requestOnce } from './jsApi.ts';
import { type PubAck, PubAckSchema } from './jsApiSchemas.ts';
import { type RetryOptions, withRetries } from './withRetries.ts';

/** Options of `js.publish()`. */
export interface JsPublishOptions {
  /**
   * De-duplication id (header `Nats-Msg-Id`): the stream stores a message once per id within its
   * duplicate window. Only a publish with a msgID is ever retried: without one, a lost ack cannot
   * tell whether the message was stored, and a resend could store it twice.
   */
  msgID?: string;
  /** Fail unless the stream that captures the subject has this name (`Nats-Expected-Stream`). */
  expectedStream?: string;
  /** Fail unless the stream's last sequence is this (`Nats-Expected-Last-Sequence`): err_code 10071. */
  expectedLastSequence?: number;
  /** Fail unless the subject's last sequence is this (`Nats-Expected-Last-Subject-Sequence`). */
  expectedLastSubjectSequence?: number;
  /** Fail unless the stream's last msgID is this (`Nats-Expected-Last-Msg-Id`): err_code 10070. */
  expectedLastMsgID?: string;
  /** More headers. */
  headers?: Readonly<Record<string, string>>;
  /** Sends in total when retried (default 4). */
  maxAttempts?: number;
  /** Overall deadline of all attempts, ms (default 30000). */
  deadline?: number;
}

/** The headers a publish carries for its options. */
function publishHeaders(options: JsPublishOptions): Record<string, string> | undefined {
  const headers: Record<string, string> = { ...options.headers };
  if (options.msgID !== undefined) headers['Nats-Msg-Id'] = options.msgID;
  if (options.expectedStream !== undefined) headers['Nats-Expected-Stream'] = options.expectedStream;
  if (options.expectedLastSequence !== undefined)
    headers['Nats-Expected-Last-Sequence'] = String(options.expectedLastSequence);
  if (options.expectedLastSubjectSequence !== undefined)
    headers['Nats-Expected-Last-Subject-Sequence'] = String(options.expectedLastSubjectSequence);
  if (options.expectedLastMsgID !== undefined)
    headers['Nats-Expected-Last-Msg-Id'] = options.expectedLastMsgID;
  return Object.keys(headers).length > 0 ? headers : undefined;
}

/**
 * Publishes to a stream and waits for its acknowledgement (`{ stream, seq, duplicate }`). With a
 * `msgID`, a retry verdict (no responders, timeout, a 503 err_code) resends the same message with
 * the same id through the request machine; without one it is sent once.
 * @throws {JetStreamError} `api` (err_code 10071 wrong last sequence ⇒ verdict `conflict`, …),
 * `no-responders` (no stream captures the subject), `timeout`.
 */
export function jsPublish(
  js: JsContext,
  subject: string,
  data: Uint8Array | string | undefined,
  options: JsPublishOptions = {},
  retry: RetryOptions = {},
): Promise<PubAck> {
  const headers = publishHeaders(options);
  const send = () => requestOnce(js, subject, data ?? '', PubAckSchema, headers);
  const maxAttempts = options.msgID === undefined ? 1 : options.maxAttempts;
  return withRetries(send, {
    ...retry,
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    ...(options.deadline === undefined ? {} : { deadline: options.deadline }),
  });
}
