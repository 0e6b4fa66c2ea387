import { celeriantDocs } from './celeriant/celeriantDocs.ts';
import { celeriantRules } from './celeriant/celeriantRules.ts';
import { centrifugoRules } from './centrifugo/allCentrifugoRules.ts';
import { centrifugoDocs } from './centrifugo/centrifugoDocs.ts';
import { clientDocs } from './client/clientDocs.ts';
import { clientRules } from './client/clientRules.ts';
import { jetStreamDocs, jetStreamRules } from './nats/jetStream/jetStreamRules.ts';
import { natsDocs } from './nats/natsDocs.ts';
import { natsRules } from './nats/natsRules.ts';
import type { CodeDoc, CodeEntry, CodeRule } from './types.ts';

// Built on first use, not at module load: a spread at the top level counts as a side effect for
// bundlers, which would then keep every doc in bundles that only classify.
let rules: readonly CodeRule[] | undefined;
let docs: Readonly<Record<string, CodeDoc>> | undefined;

/** Every rule of the catalog, in catalog order: Centrifugo, NATS, Celeriant, then client-side causes. */
export function allRules(): readonly CodeRule[] {
  rules ??= [...centrifugoRules, ...natsRules, ...jetStreamRules(), ...celeriantRules, ...clientRules];
  return rules;
}

/** The documentation of every rule, keyed by rule id. */
export function allDocs(): Readonly<Record<string, CodeDoc>> {
  docs ??= { ...centrifugoDocs, ...natsDocs, ...jetStreamDocs(), ...celeriantDocs, ...clientDocs };
  return docs;
}

let entries: readonly CodeEntry[] | undefined;
let entryById: ReadonlyMap<string, CodeEntry> | undefined;

/** A rule joined with its documentation, keys in the order the catalog has always listed them. */
function entryOf(rule: CodeRule): CodeEntry {
  const docs = allDocs();
  const doc = Object.hasOwn(docs, rule.id) ? docs[rule.id] : undefined;
  // Rules and docs are static data, so a missing doc is a programming error (caught by the
  // catalog tests), never something a server can cause.
  if (doc === undefined)
    throw new Error(`codestate: rule ${rule.id} has no documentation; add it to src/codes.`);
  const { extra, temporary, verdict, ...head } = rule;
  const { message, description, remediation, source } = doc;
  return {
    ...head,
    message,
    description,
    verdict,
    ...(temporary === undefined ? {} : { temporary }),
    remediation,
    source,
    ...(extra === undefined ? {} : { extra }),
  };
}

/**
 * Every catalog row (rule and documentation), joined on first use: classifiers never call this,
 * so an app that only classifies neither ships nor joins the documentation.
 */
export function catalogEntries(): readonly CodeEntry[] {
  entries ??= allRules().map(entryOf);
  return entries;
}

/** The catalog row with this rule id, or undefined. */
export function catalogEntry(id: string): CodeEntry | undefined {
  entryById ??= new Map(catalogEntries().map((entry) => [entry.id, entry]));
  return entryById.get(id);
}
