import type { Verdict } from '../../types.ts';
import { jetStreamDocs } from './jetStreamRules.ts';

let docs: ReturnType<typeof jetStreamDocs> | undefined;

/**
 * The remediation of the JetStream row behind a verdict, from the JetStream rows only (so a
 * JetStream bundle does not ship the other protocols' documentation).
 */
export function jsRemediation(verdict: Pick<Verdict, 'rule'>): string | undefined {
  docs ??= jetStreamDocs();
  return Object.hasOwn(docs, verdict.rule) ? docs[verdict.rule]?.remediation : undefined;
}
