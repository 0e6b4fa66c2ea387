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

/**
 * The pipe `jsonObject -> schema`, run in one step where the input is a JSON object: valibot's
 * object (or record) schema validates it directly, without the pipe around it; anything else goes
 * through the whole pipe, so an array, null or a primitive fails with exactly the pipe's issue.
 * A frame has 3 to 6 objects, so this halves the schema calls of a decode (issue 10).
 */
function oneStep<const Piped extends v.GenericSchema>(piped: Piped, schema: v.GenericSchema): Piped {
  const runPipe = piped['~run'].bind(piped);
  const runSchema = schema['~run'].bind(schema);
  return {
    ...piped,
    '~run'(dataset, config) {
      const input = dataset.value;
      return typeof input === 'object' && input !== null && !Array.isArray(input)
        ? runSchema(dataset, config)
        : runPipe(dataset, config);
    },
  } as Piped;
}

/** `v.object` that refuses arrays. Unknown keys are dropped, as with `v.object`. */
export function objectSchema<const Entries extends v.ObjectEntries>(entries: Entries) {
  const schema = v.object(entries);
  return oneStep(v.pipe(jsonObject, schema), schema);
}

/** Most distinct key sets one {@link wideObjectSchema} keeps a schema for; others use the full one. */
const MAX_SHAPES = 32;

/**
 * {@link objectSchema} for objects with many optional entries of which a message uses few (a
 * Centrifugo reply has 14 and a push 11; a publication push uses 2 of each). valibot's object
 * looks up every entry on every input, so the absent ones were most of a decode's cost. This
 * validates each input with an object schema of only the entries it has (plus those with a
 * default), built once per key set and cached: the same checks, output and issues as the full
 * schema, since absent optional entries add nothing to either.
 */
export function wideObjectSchema<const Entries extends v.ObjectEntries>(entries: Entries) {
  const full = objectSchema(entries);
  const keys = Object.keys(entries);
  if (keys.length > 30) return full;
  // One bit per entry. Required entries and those with a default are always in: valibot reports
  // the first when absent and fills in the second.
  const bitOf: Record<string, number> = Object.create(null);
  let always = 0;
  keys.forEach((key, i) => {
    const entry = entries[key] as v.GenericSchema;
    bitOf[key] = 1 << i;
    const optional = entry.type === 'optional' || entry.type === 'exact_optional' || entry.type === 'nullish';
    if (!optional || v.getDefault(entry as never) !== undefined) always |= 1 << i;
  });
  const shapes = new Map<number, v.GenericSchema>();
  const narrowFor = (input: Record<string, unknown>): v.GenericSchema => {
    let mask = always;
    for (const key in input) mask |= bitOf[key] ?? 0;
    let schema = shapes.get(mask);
    if (schema === undefined) {
      if (shapes.size >= MAX_SHAPES) return full;
      // Entries in the full schema's order, so the output's keys come in the same order.
      const picked = Object.fromEntries(
        keys.filter((_, i) => mask & (1 << i)).map((k) => [k, entries[k] as v.ObjectEntries[string]]),
      );
      schema = v.object(picked);
      shapes.set(mask, schema);
    }
    return schema;
  };
  return {
    ...full,
    '~run'(dataset, config) {
      const input = dataset.value;
      return typeof input === 'object' && input !== null && !Array.isArray(input)
        ? narrowFor(input as Record<string, unknown>)['~run'](dataset, config)
        : full['~run'](dataset, config);
    },
  } as typeof full;
}

/** `v.looseObject` that refuses arrays. Unknown keys pass through untouched. */
export function looseObjectSchema<const Entries extends v.ObjectEntries>(entries: Entries) {
  const schema = v.looseObject(entries);
  return oneStep(v.pipe(jsonObject, schema), schema);
}

/** `v.record` with string keys that refuses arrays (`[]` is not an empty map). */
export function recordSchema<const Value extends v.GenericSchema>(value: Value) {
  const schema = v.record(v.string(), value);
  return oneStep(v.pipe(jsonObject, schema), schema);
}
