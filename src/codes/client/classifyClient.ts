import { classifyLocal, LocalRows } from '../classifyLocal.ts';
import type { ClientSignal, Verdict } from '../types.ts';
import { clientRules } from './clientRules.ts';

const ROWS = /* @__PURE__ */ new LocalRows(() => clientRules);

/**
 * Classifies a cause the client observed itself on any protocol (`transport`, `connect-timeout`,
 * `liveness`, ...): the row it names decides. The machines record these rule ids directly; this
 * is for tools (the CLI). Kept out of `classify()` so apps that classify do not ship these rows.
 * @param signal - `{ protocol: 'client', kind: 'local', rule, reason? }`.
 */
export function classifyClient(signal: ClientSignal): Verdict {
  return classifyLocal(ROWS, signal);
}
