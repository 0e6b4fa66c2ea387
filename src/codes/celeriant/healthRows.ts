import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

/** Celeriant server health errors (11xxx). The connection stays open. */
export const healthRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 11000,
    name: 'ServerBusy',
    message:
      "A shard's inter-shard channel is full; the request was not routed. Back off and retry. Persistent values point to an overloaded shard.",
    description: 'Transient overload inside the node; the request did not run, so resending it is safe.',
    verdict: { scope: 'request', action: 'retry' },
    remediation:
      'Back off and resend the same request; if it persists, tell the operator the shard is overloaded.',
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{}',
  }),
];
