import type { CodeRule, Verdict } from '../types.ts';
import { buildVerdict } from '../verdictFrom.ts';

/** The reason to keep on a Centrifugo verdict: an empty reason says nothing, so it is left out. */
export function reasonText(reason: string | undefined): string | undefined {
  return reason === '' ? undefined : reason;
}

/** The verdict of a matched row: its own verdict, with its id as the rule and the server's code and reason. */
export function rowVerdict(entry: CodeRule, code: number | undefined, reason: string | undefined): Verdict {
  return buildVerdict(entry.verdict, entry.id, entry, code, reasonText(reason));
}
