import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo-legacy', kind: 'range' } as const;

/**
 * Rules of the legacy (<= v3.1) numbering that no single code row answers: the JSON advice
 * legacy servers put in every close reason, and the default for codes the legacy table lacks.
 */
export const legacyRangeRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo-legacy.json-advice',
    name: 'LegacyJsonAdvice',
    verdict: V.reconnect,
    extra: { signal: 'close', decidedBy: 'reason.reconnect' },
  },
  {
    ...base,
    id: 'centrifugo-legacy.disconnect.default',
    name: 'LegacyDisconnectDefault',
    verdict: V.reconnect,
    extra: { signal: 'disconnect' },
  },
];
