import type { CodeRule } from '../types.ts';
import { jsClassRule as jsClass } from './jsClassRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * nats.py object store error classes (seed 003, "Object Store Errors"), with what @nats-io/obj
 * does instead (plain Error messages, or null for a missing object).
 */
export const objectStoreErrorRules: readonly CodeRule[] = [
  jsClass('objectstore', 'InvalidObjectNameError', 'Error', V.fail, '"name cannot be empty"'),
  jsClass('objectstore', 'BadObjectMetaError', 'Error', V.fail),
  jsClass('objectstore', 'LinkIsABucketError', 'Error', V.fail, '"link is a bucket"'),
  jsClass(
    'objectstore',
    'DigestMismatchError',
    'Error',
    V.retry,
    '"received a corrupt object, digests do not match"',
  ),
  jsClass(
    'objectstore',
    'ObjectNotFoundError',
    null,
    V.fail,
    'get() and info() resolve null; update_meta rejects "object not found"',
  ),
  jsClass(
    'objectstore',
    'ObjectDeletedError',
    'Error',
    V.fail,
    '"src object is deleted" / "cannot update meta for a deleted object"',
  ),
  jsClass(
    'objectstore',
    'ObjectAlreadyExists',
    'Error',
    V.conflict,
    '"an object already exists with that name"',
  ),
];
