import * as v from 'valibot';

/**
 * valibot 1.x's `object`, `looseObject` and `record` accept any `typeof x === 'object'` value
 * that is not null, arrays included: `"pub": [1,2,3]` validated as an empty publication. Every
 * frame schema that wants a JSON object builds it here, so an array (or null, or a primitive)
 * where an object belongs is an `invalid` frame like any other bad frame.
 */
const jsonObject = /* @__PURE__ */ v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  (issue) =>
    `Invalid type: Expected a JSON object but received ${Array.isArray(issue.input) ? 'an array' : issue.received}`,
);

/** `v.object` that refuses arrays. Unknown keys are dropped, as with `v.object`. */
export function objectSchema<const Entries extends v.ObjectEntries>(entries: Entries) {
  return v.pipe(jsonObject, v.object(entries));
}

/** `v.looseObject` that refuses arrays. Unknown keys pass through untouched. */
export function looseObjectSchema<const Entries extends v.ObjectEntries>(entries: Entries) {
  return v.pipe(jsonObject, v.looseObject(entries));
}

/** `v.record` with string keys that refuses arrays (`[]` is not an empty map). */
export function recordSchema<const Value extends v.GenericSchema>(value: Value) {
  return v.pipe(jsonObject, v.record(v.string(), value));
}
