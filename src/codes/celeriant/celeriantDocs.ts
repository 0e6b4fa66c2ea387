import type { CodeDoc } from '../types.ts';
import { authDocs } from './authDocs.ts';
import { deleteDocs } from './deleteDocs.ts';
import { existsDocs } from './existsDocs.ts';
import { healthDocs } from './healthDocs.ts';
import { listDocs } from './listDocs.ts';
import { celeriantLocalDocs } from './localDocs.ts';
import { rangeDocs } from './rangeDocs.ts';
import { readDocs } from './readDocs.ts';
import { replicationDocs } from './replicationDocs.ts';
import { schemaDocs } from './schemaDocs.ts';
import { shardRoutingDocs } from './shardRoutingDocs.ts';
import { trimDocs } from './trimDocs.ts';
import { watchDocs } from './watchDocs.ts';
import { writeDocs } from './writeDocs.ts';

/** The documentation of every Celeriant rule, keyed by rule id. */
export const celeriantDocs: Readonly<Record<string, CodeDoc>> = {
  ...authDocs,
  ...deleteDocs,
  ...existsDocs,
  ...healthDocs,
  ...listDocs,
  ...celeriantLocalDocs,
  ...rangeDocs,
  ...readDocs,
  ...replicationDocs,
  ...schemaDocs,
  ...shardRoutingDocs,
  ...trimDocs,
  ...watchDocs,
  ...writeDocs,
};
