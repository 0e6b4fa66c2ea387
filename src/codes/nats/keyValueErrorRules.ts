import type { CodeRule } from '../types.ts';
import { jsClassRule as jsClass } from './jsClassRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * nats.py key-value error classes (seed 003, "Key-Value Store Errors"), with what @nats-io/kv
 * does instead. nats.js resolves a missing or deleted key to null rather than throwing.
 */
export const keyValueErrorRules: readonly CodeRule[] = [
  jsClass(
    'kv',
    'BucketNotFoundError',
    'StreamNotFoundError',
    V.fail,
    'binding to a missing bucket throws StreamNotFoundError',
  ),
  jsClass('kv', 'BadBucketError', 'Error', V.fail),
  jsClass('kv', 'KeyValueError', 'Error', V.fail),
  jsClass('kv', 'KeyDeletedError', null, V.fail, 'get() resolves an entry with operation DEL or PURGE'),
  jsClass('kv', 'KeyNotFoundError', null, V.fail, 'get() resolves null'),
  jsClass(
    'kv',
    'KeyWrongLastSequenceError',
    'JetStreamApiError',
    V.conflict,
    'err_code 10071 (StreamWrongLastSequence)',
  ),
  jsClass('kv', 'NoKeysError', null, V.succeed, 'keys() yields nothing'),
  jsClass('kv', 'KeyHistoryTooLargeError', 'Error', V.fail),
  jsClass('kv', 'InvalidKeyError', 'Error', V.fail, '"invalid key: <key>"'),
  jsClass('kv', 'InvalidBucketNameError', 'Error', V.fail, '"invalid bucket name: <name>"'),
];
