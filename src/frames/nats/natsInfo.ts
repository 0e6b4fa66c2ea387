import * as v from 'valibot';
import { looseObjectSchema } from '../objectSchemas.ts';
import { type NatsFrameError, natsFrameError } from './natsFrameError.ts';

/**
 * The INFO fields a client relies on (spec §4.3). Other fields pass through untouched, so a
 * newer server that adds keys still validates.
 */
export const NatsInfoSchema = looseObjectSchema({
  server_id: v.string(),
  server_name: v.optional(v.string()),
  version: v.string(),
  proto: v.optional(v.number()),
  host: v.optional(v.string()),
  port: v.optional(v.number()),
  headers: v.optional(v.boolean()),
  max_payload: v.pipe(v.number(), v.integer(), v.minValue(0)),
  client_id: v.optional(v.number()),
  client_ip: v.optional(v.string()),
  auth_required: v.optional(v.boolean()),
  tls_required: v.optional(v.boolean()),
  tls_available: v.optional(v.boolean()),
  connect_urls: v.optional(v.array(v.string())),
  ws_connect_urls: v.optional(v.array(v.string())),
  ldm: v.optional(v.boolean()),
  nonce: v.optional(v.string()),
  cluster: v.optional(v.string()),
});

/** A validated INFO block. */
export type NatsInfo = v.InferOutput<typeof NatsInfoSchema>;

/** Parses and validates the JSON text of an INFO line into an `info` frame; never throws. */
export function decodeNatsInfo(json: string): { kind: 'info'; info: NatsInfo } | NatsFrameError {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return natsFrameError('bad-info', 'The INFO line does not carry valid JSON.', { excerpt: json });
  }
  const result = v.safeParse(NatsInfoSchema, raw);
  if (result.success) return { kind: 'info', info: result.output };
  return natsFrameError(
    'bad-info',
    'The INFO JSON lacks a required field or has a field of the wrong type.',
    {
      excerpt: json,
      issues: result.issues.map((issue) => {
        const path = v.getDotPath(issue);
        return path === null ? { message: issue.message } : { message: issue.message, path };
      }),
    },
  );
}
