import type { CodeEntry, VerdictSpec } from '../types.ts';
import { type ClientErrorFamily, clientErrRow } from './natsRow.ts';

/** One nats.py class of `nats.js.errors` or `nats.micro` with its nats.js v3 equivalent. */
export function jsClassRow(
  family: ClientErrorFamily,
  name: string,
  natsJs: string | null,
  verdict: VerdictSpec,
  description: string,
  remediation: string,
  natsJsNote?: string,
): CodeEntry {
  return clientErrRow({
    name,
    family,
    module: family === 'micro' ? 'nats.micro' : 'nats.js.errors',
    natsJs,
    verdict,
    description,
    remediation,
    ...(name === 'Error' ? { slug: `${family}.Error` } : {}),
    ...(natsJsNote ? { natsJsNote } : {}),
  });
}
