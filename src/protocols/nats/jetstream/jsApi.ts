import * as v from 'valibot';
import { classifyJsApiError, classifyJsLocal } from '../../../codes/nats/jetStream/classifyJetStream.ts';
import { NatsError } from '../natsError.ts';
import type { NatsMessage } from '../natsMessage.ts';
import type { NatsSession } from '../natsSessionTypes.ts';
import { JetStreamError, type JetStreamErrorCode } from './JetStreamError.ts';
import { JsApiReplySchema } from './jsApiSchemas.ts';

/** What every JetStream call needs: the session, the API prefix and the reply timeout. */
export interface JsContext {
  readonly session: NatsSession;
  /** `$JS.API`, or `$JS.<domain>.API` for a JetStream domain. */
  readonly prefix: string;
  /** Milliseconds to wait for each answer. */
  readonly timeout: number;
}

/** The session errors a JetStream call retries, with their catalog row and error code. */
const RETRIED: Partial<Record<string, [rule: string, code: JetStreamErrorCode]>> = {
  timeout: ['nats.js.timeout', 'timeout'],
  'no-responders': ['nats.js.no-responders', 'no-responders'],
  disconnected: ['nats.js.disconnected', 'session'],
};

/** A typed error for a request the session could not complete; stopped and closed sessions rethrow as they are. */
function fromSessionError(error: unknown, subject: string): unknown {
  const retried = error instanceof NatsError ? RETRIED[error.code] : undefined;
  if (retried === undefined) return error;
  const message = (error as NatsError).message;
  const verdict = classifyJsLocal({ rule: retried[0], reason: message });
  return new JetStreamError(retried[1], `${subject}: ${message}`, verdict);
}

/** A schema failure as a typed error that names the subject and the first issue. */
function badResponse(subject: string, why: string): JetStreamError {
  const verdict = classifyJsLocal({ rule: 'nats.js.bad-response', reason: why });
  return new JetStreamError(
    'bad-response',
    `The answer to ${subject} is not what the API sends: ${why}.`,
    verdict,
  );
}

/**
 * Reads a JetStream answer: an `error` object becomes a {@link JetStreamError} classified by its
 * err_code (catalog rows `nats.js-api.*`); anything else must match `schema`.
 */
export function readReply<S extends v.GenericSchema>(
  reply: NatsMessage,
  subject: string,
  schema: S,
): v.InferOutput<S> {
  let json: unknown;
  try {
    json = reply.json();
  } catch {
    throw badResponse(subject, 'not JSON');
  }
  const base = v.safeParse(JsApiReplySchema, json);
  if (!base.success) throw badResponse(subject, 'not a JSON object');
  const error = base.output.error;
  if (error !== undefined) {
    const verdict = classifyJsApiError(error);
    const description = error.description ?? 'no description';
    throw new JetStreamError(
      'api',
      `${subject}: ${description} (err_code ${String(error.err_code)}, code ${String(error.code)}).`,
      verdict,
      error.err_code,
    );
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw badResponse(subject, `${path || 'reply'}: ${issue.message}`);
  }
  return parsed.output;
}

/** One request and its validated answer, no retries. Rejects with a {@link JetStreamError}. */
export async function requestOnce<S extends v.GenericSchema>(
  js: JsContext,
  subject: string,
  payload: Uint8Array | string,
  schema: S,
  headers?: Readonly<Record<string, string>>,
): Promise<v.InferOutput<S>> {
  let reply: NatsMessage;
  try {
    reply = await js.session.request(
      subject,
      payload,
      headers ? { timeout: js.timeout, headers } : { timeout: js.timeout },
    );
  } catch (error) {
    throw fromSessionError(error, subject);
  }
  return readReply(reply, subject, schema);
}
