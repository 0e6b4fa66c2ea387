import type { CodeRule, VerdictSpec } from '../types.ts';
import { type ClientErrorFamily, clientErrRule } from './natsRule.ts';

/** One nats.py class of `nats.js.errors` or `nats.micro` with its nats.js v3 equivalent. */
export function jsClassRule(
  family: ClientErrorFamily,
  name: string,
  natsJs: string | null,
  verdict: VerdictSpec,
  natsJsNote?: string,
): CodeRule {
  return clientErrRule({
    name,
    family,
    module: family === 'micro' ? 'nats.micro' : 'nats.js.errors',
    natsJs,
    verdict,
    ...(name === 'Error' ? { slug: `${family}.Error` } : {}),
    ...(natsJsNote ? { natsJsNote } : {}),
  });
}
