import type { CodeDoc } from '../types.ts';
import { accountErrorDocs } from './accountErrorDocs.ts';
import { authErrorDocs } from './authErrorDocs.ts';
import { clientErrorDocs } from './clientErrorDocs.ts';
import { closeReasonDocs } from './closeReasonDocs.ts';
import { clusterErrorDocs } from './clusterErrorDocs.ts';
import { connectionErrorDocs } from './connectionErrorDocs.ts';
import { docErrorDocs } from './docErrorDocs.ts';
import { jetStreamErrorDocs } from './jetStreamErrorDocs.ts';
import { keyValueErrorDocs } from './keyValueErrorDocs.ts';
import { limitErrorDocs } from './limitErrorDocs.ts';
import { linkCloseReasonDocs } from './linkCloseReasonDocs.ts';
import { natsLocalDocs } from './localDocs.ts';
import { natsDefaultDocs } from './natsDefaultDocs.ts';
import { natsJsErrorDocs } from './natsJsErrorDocs.ts';
import { objectStoreErrorDocs } from './objectStoreErrorDocs.ts';
import { permissionErrorDocs } from './permissionErrorDocs.ts';
import { protocolErrorDocs } from './protocolErrorDocs.ts';
import { subjectErrorDocs } from './subjectErrorDocs.ts';
import { natsTlsDocs } from './tlsDocs.ts';

/** The documentation of every NATS rule, keyed by rule id. */
export const natsDocs: Readonly<Record<string, CodeDoc>> = {
  ...accountErrorDocs,
  ...authErrorDocs,
  ...clientErrorDocs,
  ...closeReasonDocs,
  ...clusterErrorDocs,
  ...connectionErrorDocs,
  ...docErrorDocs,
  ...jetStreamErrorDocs,
  ...keyValueErrorDocs,
  ...limitErrorDocs,
  ...linkCloseReasonDocs,
  ...natsDefaultDocs,
  ...natsLocalDocs,
  ...natsTlsDocs,
  ...natsJsErrorDocs,
  ...objectStoreErrorDocs,
  ...permissionErrorDocs,
  ...protocolErrorDocs,
  ...subjectErrorDocs,
};
