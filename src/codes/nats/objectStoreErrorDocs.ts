import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const source = NATS_SOURCES.clientSeed;

/** Message, description, remediation and source of each rule in objectStoreErrorRules.ts, keyed by rule id. */
export const objectStoreErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.client-error.InvalidObjectNameError': {
    message: 'InvalidObjectNameError',
    description: 'The object name is empty or invalid.',
    remediation: 'Give the object a non-empty name.',
    source,
  },
  'nats.client-error.BadObjectMetaError': {
    message: 'BadObjectMetaError',
    description: 'The object metadata is invalid.',
    remediation: 'Fix the metadata (name, description, headers, options) and send it again.',
    source,
  },
  'nats.client-error.LinkIsABucketError': {
    message: 'LinkIsABucketError',
    description: 'The link points to a whole bucket where an object link is needed.',
    remediation: 'Link to an object, or read the linked bucket directly.',
    source,
  },
  'nats.client-error.DigestMismatchError': {
    message: 'DigestMismatchError',
    description: 'The chunks read do not match the digest stored with the object.',
    remediation: 'Read the object again; if the digest still differs, put the object again.',
    source,
  },
  'nats.client-error.ObjectNotFoundError': {
    message: 'ObjectNotFoundError',
    description: 'The object does not exist in the bucket.',
    remediation: 'Treat the object as absent, or put it first.',
    source,
  },
  'nats.client-error.ObjectDeletedError': {
    message: 'ObjectDeletedError',
    description: 'The object was deleted.',
    remediation: 'Treat the object as absent, or put it again.',
    source,
  },
  'nats.client-error.ObjectAlreadyExists': {
    message: 'ObjectAlreadyExists',
    description: 'An object with that name already exists.',
    remediation: 'Read the existing object and decide again, or choose another name.',
    source,
  },
};
