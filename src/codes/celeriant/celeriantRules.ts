import type { CodeRule } from '../types.ts';
import { authRules } from './authRules.ts';
import { deleteRules } from './deleteRules.ts';
import { existsRules } from './existsRules.ts';
import { healthRules } from './healthRules.ts';
import { listRules } from './listRules.ts';
import { celeriantLocalRules } from './localRules.ts';
import { celeriantDefaultRule, celeriantRangeRules } from './rangeRules.ts';
import { readRules } from './readRules.ts';
import { replicationRules } from './replicationRules.ts';
import { schemaRules } from './schemaRules.ts';
import { shardRoutingRules } from './shardRoutingRules.ts';
import { trimRules } from './trimRules.ts';
import { watchRules } from './watchRules.ts';
import { writeRules } from './writeRules.ts';

/** Every Celeriant code rule (the 68 seed codes plus 3006, 4007 and 8005), in code order. */
export const celeriantCodeRules: readonly CodeRule[] = [
  ...readRules,
  ...writeRules,
  ...schemaRules,
  ...trimRules,
  ...deleteRules,
  ...listRules,
  ...replicationRules,
  ...existsRules,
  ...watchRules,
  ...shardRoutingRules,
  ...authRules,
  ...healthRules,
];

/** Every Celeriant rule: the code rules, the range rules, the default rule, then the local rules. */
export const celeriantRules: readonly CodeRule[] = [
  ...celeriantCodeRules,
  ...celeriantRangeRules,
  celeriantDefaultRule,
  ...celeriantLocalRules,
];
