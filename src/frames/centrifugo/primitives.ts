import * as v from 'valibot';
import { recordSchema } from '../objectSchemas.ts';

/** Largest value of a protobuf `uint32` (command ids, codes, ttl, ping interval). */
export const UINT32_MAX = 4_294_967_295;

/** A protobuf `uint32` as JSON: an integer in 0..2^32-1. */
export const uint32Schema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(UINT32_MAX));

/**
 * A stream offset (protobuf `uint64`). Kept only while it is a safe integer: past 2^53 a JS number
 * silently loses precision and recovery would resume from the wrong place.
 */
export const offsetSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** Any JSON value the server embeds as raw JSON (`data`, `conn_info`, `chan_info`). */
export const jsonValueSchema = v.unknown();

/** A string-to-string map such as publication `tags`. */
export const stringMapSchema = recordSchema(v.string());
