import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publicationSchema } from '../../src/frames/centrifugo/publicationSchema.ts';
import { pushSchema } from '../../src/frames/centrifugo/pushSchema.ts';
import { replySchema } from '../../src/frames/centrifugo/replySchema.ts';
import { objectSchema, wideObjectSchema } from '../../src/frames/objectSchemas.ts';

/** What a parse says, in a form that compares key order and every issue's message and path. */
function outcome(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  return {
    success: result.success,
    output: JSON.stringify(result.output),
    issues: (result.issues ?? []).map(
      (i) => `${i.message} @ ${(i.path ?? []).map((p) => String(p.key)).join('.')}`,
    ),
  };
}

const entries = {
  id: v.optional(v.pipe(v.number(), v.integer()), 0),
  name: v.string(),
  tags: v.optional(v.array(v.string())),
  note: v.optional(v.string(), ''),
  flag: v.optional(v.boolean()),
  nested: v.optional(objectSchema({ x: v.number() })),
};
const wide = wideObjectSchema(entries);
const full = objectSchema(entries);

/** Objects with a random subset of the entries' keys (right or wrong values) and unknown keys. */
const inputs = fc.oneof(
  fc.dictionary(
    fc.constantFrom('id', 'name', 'tags', 'note', 'flag', 'nested', 'extra', '__proto__', 'toString'),
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    ),
  ),
  fc.anything(),
);

describe('wideObjectSchema', () => {
  it('gives the same success, output (key order included) and issues as objectSchema', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(outcome(wide, input)).toEqual(outcome(full, input));
      }),
      { numRuns: 3000 },
    );
  });

  it('reports a missing required entry even when the input has none of the keys', () => {
    expect(outcome(wide, { extra: 1 }).issues).toEqual(outcome(full, { extra: 1 }).issues);
    expect(v.safeParse(wide, { extra: 1 }).success).toBe(false);
  });

  it('rejects arrays, null and primitives with the JSON-object issue', () => {
    for (const input of [[], [1], null, 'text', 3]) {
      expect(v.safeParse(wide, input).success).toBe(false);
      expect(outcome(wide, input)).toEqual(outcome(full, input));
    }
  });

  it('decodes Centrifugo replies, pushes and publications as the full schemas do', () => {
    const sample = fc.record(
      {
        id: fc.oneof(fc.nat(), fc.constant(-1)),
        error: fc.record({ code: fc.nat(), message: fc.string() }),
        push: fc.record(
          {
            channel: fc.string(),
            id: fc.nat(),
            pub: fc.record(
              { data: fc.jsonValue(), offset: fc.nat(), tags: fc.dictionary(fc.string(), fc.string()) },
              { requiredKeys: [] },
            ),
            join: fc.record({ info: fc.record({ user: fc.string(), client: fc.string() }) }),
            message: fc.record({ data: fc.jsonValue() }),
          },
          { requiredKeys: [] },
        ),
        connect: fc.record({ client: fc.string(), version: fc.string() }, { requiredKeys: [] }),
        unknown: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const fullReply = objectSchema(replySchema.pipe[1].entries);
    const fullPush = objectSchema(pushSchema.pipe[1].entries);
    const fullPub = objectSchema(publicationSchema.pipe[1].entries);
    fc.assert(
      fc.property(sample, (reply) => {
        expect(outcome(replySchema, reply)).toEqual(outcome(fullReply, reply));
        expect(outcome(pushSchema, reply.push)).toEqual(outcome(fullPush, reply.push));
        expect(outcome(publicationSchema, reply.push?.pub)).toEqual(outcome(fullPub, reply.push?.pub));
      }),
      { numRuns: 2000 },
    );
  });
});
