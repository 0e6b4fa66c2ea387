import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from '@msgpack/msgpack';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../../src/frames/celeriant/decodeResponse.ts';
import { createCeleriantDecoder } from '../../src/frames/celeriant/msgpackCodec.ts';
import { decodeCentrifugoFrames } from '../../src/frames/centrifugo/index.ts';
import { decodeNatsInfo } from '../../src/frames/nats/index.ts';

/** Where the value under test goes in a template. */
const HOLE = Symbol('hole');
type Template = unknown;

function fill(template: Template, value: unknown): unknown {
  if (template === HOLE) return value;
  if (Array.isArray(template)) return template.map((item) => fill(item, value));
  if (typeof template === 'object' && template !== null)
    return Object.fromEntries(Object.entries(template).map(([key, item]) => [key, fill(item, value)]));
  return template;
}

/** Every field of these Centrifugo frames wants a JSON object. */
const CENTRIFUGO: Record<string, Template> = {
  'the reply itself': HOLE,
  'connect result': { id: 1, connect: HOLE },
  'connect subs': { id: 1, connect: { subs: HOLE } },
  'one connect sub': { id: 1, connect: { subs: { ch: HOLE } } },
  'subscribe result': { id: 1, subscribe: HOLE },
  'recovered publication': { id: 1, subscribe: { publications: [HOLE] } },
  'reply error': { id: 1, error: HOLE },
  'publish result': { id: 1, publish: HOLE },
  'rpc result': { id: 1, rpc: HOLE },
  'history result': { id: 1, history: HOLE },
  'history publication': { id: 1, history: { publications: [HOLE] } },
  'presence result': { id: 1, presence: HOLE },
  'presence map': { id: 1, presence: { presence: HOLE } },
  'presence entry': { id: 1, presence: { presence: { c1: HOLE } } },
  'presence stats': { id: 1, presence_stats: HOLE },
  'refresh result': { id: 1, refresh: HOLE },
  push: { push: HOLE },
  'pub push': { push: { channel: 'ch', pub: HOLE } },
  'publication info': { push: { channel: 'ch', pub: { data: 1, info: HOLE } } },
  'publication tags': { push: { channel: 'ch', pub: { data: 1, tags: HOLE } } },
  'join push': { push: { channel: 'ch', join: HOLE } },
  'join info': { push: { channel: 'ch', join: { info: HOLE } } },
  'leave push': { push: { channel: 'ch', leave: HOLE } },
  'unsubscribe push': { push: { channel: 'ch', unsubscribe: HOLE } },
  'message push': { push: { message: HOLE } },
  'subscribe push': { push: { channel: 'ch', subscribe: HOLE } },
  'connect push': { push: { connect: HOLE } },
  'disconnect push': { push: { disconnect: HOLE } },
  'refresh push': { push: { refresh: HOLE } },
};

/** A valid object for the fields where `{}` is not one (required fields, maps of objects). */
const VALID: Record<string, unknown> = {
  'connect subs': { ch: {} },
  'presence map': { c1: {} },
  'publication tags': { k: 'v' },
  'reply error': { code: 1 },
  'join push': { info: {} },
  'leave push': { info: {} },
  'unsubscribe push': { code: 1 },
  'disconnect push': { code: 1 },
};

const NOT_OBJECTS: Record<string, unknown> = {
  'an array of numbers': [1, 2, 3],
  'an empty array': [],
  'an array of objects': [{}],
  null: null,
  'a number': 0,
  'a string': 'x',
  'a boolean': true,
};

/** Anything JSON that is not an object. */
const notAnObject = fc.oneof(
  fc.array(fc.jsonValue(), { maxLength: 4 }),
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.boolean(),
);

const centrifugo = (frame: unknown) => decodeCentrifugoFrames(JSON.stringify(frame));

describe('an array, null or a primitive where a frame wants an object is a bad frame (issue 11, item 9)', () => {
  describe('Centrifugo', () => {
    it.each(Object.keys(CENTRIFUGO))('%s: a valid object still decodes', (where) => {
      const frame = fill(CENTRIFUGO[where], VALID[where] ?? {});
      expect(centrifugo(frame).ok).toBe(true);
    });

    for (const [what, value] of Object.entries(NOT_OBJECTS)) {
      it.each(Object.keys(CENTRIFUGO))(`%s: ${what} is rejected as invalid`, (where) => {
        const result = centrifugo(fill(CENTRIFUGO[where], value));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.kind).toBe('invalid');
      });
    }

    it('property: any non-object JSON value in any object field is rejected', () => {
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(CENTRIFUGO)), notAnObject, (where, value) => {
          const result = centrifugo(fill(CENTRIFUGO[where], value));
          return !result.ok && result.error.kind === 'invalid';
        }),
        { numRuns: 500 },
      );
    });

    it('"pub": [1,2,3] is not an empty publication', () => {
      const result = decodeCentrifugoFrames('{"push":{"channel":"ch","pub":[1,2,3]}}');
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
      if (!result.ok) expect(result.error.message).toContain('array');
    });
  });

  describe('NATS INFO', () => {
    const info = { server_id: 'S', version: '2.10.0', max_payload: 1048576 };
    it('a valid INFO still decodes, with its extra keys', () => {
      expect(decodeNatsInfo(JSON.stringify({ ...info, extra: [1] }))).toMatchObject({ kind: 'info' });
    });
    it('property: any non-object INFO body is bad-info', () => {
      fc.assert(
        fc.property(notAnObject, (value) => {
          const result = decodeNatsInfo(JSON.stringify(value));
          return 'code' in result && result.code === 'bad-info';
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('Celeriant (positional arrays: a map or a primitive where an array belongs)', () => {
    const decoder = createCeleriantDecoder(1 << 20);
    const cases: Array<[string, number, unknown]> = [
      ['error response as a map', 7, { code: 1, message: 'x' }],
      ['read response as null', 2, null],
      ['read batches as a map', 2, [null, { a: 1 }, null]],
      ['watch events as a string', 8, ['x']],
    ];
    it.each(cases)('%s is an invalid response', (_, typeId, body) => {
      const result = decodeResponse(decoder, typeId, encode(body));
      expect(result.ok).toBe(false);
    });
  });

  it('every frame schema builds its objects with src/frames/objectSchemas.ts', () => {
    const root = 'src/frames';
    const raw = /\bv\.(object|looseObject|strictObject|objectWithRest|record)\(/;
    for (const folder of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const file of readdirSync(join(root, folder.name))) {
        expect(raw.test(readFileSync(join(root, folder.name, file), 'utf8')), file).toBe(false);
      }
    }
  });
});
