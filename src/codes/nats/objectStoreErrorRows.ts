import type { CodeEntry } from '../types.ts';
import { jsClassRow as jsClass } from './jsClassRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * nats.py object store error classes (seed 003, "Object Store Errors"), with what @nats-io/obj
 * does instead (plain Error messages, or null for a missing object).
 */
export const objectStoreErrorRows: readonly CodeEntry[] = [
  jsClass(
    'objectstore',
    'InvalidObjectNameError',
    'Error',
    V.fail,
    'The object name is empty or invalid.',
    'Give the object a non-empty name.',
    '"name cannot be empty"',
  ),
  jsClass(
    'objectstore',
    'BadObjectMetaError',
    'Error',
    V.fail,
    'The object metadata is invalid.',
    'Fix the metadata (name, description, headers, options) and send it again.',
  ),
  jsClass(
    'objectstore',
    'LinkIsABucketError',
    'Error',
    V.fail,
    'The link points to a whole bucket where an object link is needed.',
    'Link to an object, or read the linked bucket directly.',
    '"link is a bucket"',
  ),
  jsClass(
    'objectstore',
    'DigestMismatchError',
    'Error',
    V.retry,
    'The chunks read do not match the digest stored with the object.',
    'Read the object again; if the digest still differs, put the object again.',
    '"received a corrupt object, digests do not match"',
  ),
  jsClass(
    'objectstore',
    'ObjectNotFoundError',
    null,
    V.fail,
    'The object does not exist in the bucket.',
    'Treat the object as absent, or put it first.',
    'get() and info() resolve null; update_meta rejects "object not found"',
  ),
  jsClass(
    'objectstore',
    'ObjectDeletedError',
    'Error',
    V.fail,
    'The object was deleted.',
    'Treat the object as absent, or put it again.',
    '"src object is deleted" / "cannot update meta for a deleted object"',
  ),
  jsClass(
    'objectstore',
    'ObjectAlreadyExists',
    'Error',
    V.conflict,
    'An object with that name already exists.',
    'Read the existing object and decide again, or choose another name.',
    '"an object already exists with that name"',
  ),
];
