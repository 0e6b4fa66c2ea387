import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo-legacy', kind: 'range', source: S.legacy } as const;

/**
 * Rules of the legacy (<= v3.1) numbering that no single code row answers: the JSON advice
 * legacy servers put in every close reason, and the default for codes the legacy table lacks.
 */
export const legacyRuleRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo-legacy.json-advice',
    name: 'LegacyJsonAdvice',
    message: '{"reason":"...","reconnect":true|false}',
    description:
      'The close reason parses as JSON: its reconnect flag decides (true reconnects, anything else closes), whatever the code.',
    verdict: V.reconnect,
    remediation: 'Send reconnect true in the advice if the client should come back.',
    extra: { signal: 'close', decidedBy: 'reason.reconnect' },
  },
  {
    ...base,
    id: 'centrifugo-legacy.disconnect.default',
    name: 'LegacyDisconnectDefault',
    message: 'disconnect',
    description:
      'A code the legacy table lacks and no JSON advice: legacy clients (centrifuge-js 2.x) reconnect unless advised otherwise.',
    verdict: V.reconnect,
    remediation: 'Send the JSON advice with a reconnect flag, as legacy servers do, to control the client.',
    extra: { signal: 'disconnect' },
  },
];
