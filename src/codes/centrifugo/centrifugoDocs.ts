import type { CodeDoc } from '../types.ts';
import { clientConnectionStateDocs } from './clientConnectionStateDocs.ts';
import { clientErrorCodeDocs } from './clientErrorCodeDocs.ts';
import { clientErrorDocs } from './clientErrorDocs.ts';
import { clientSubscriptionStateDocs } from './clientSubscriptionStateDocs.ts';
import { closeDocs } from './closeDocs.ts';
import { codestateClientDocs } from './codestateClientDocs.ts';
import { disconnectReconnectDocs } from './disconnectReconnectDocs.ts';
import { disconnectTerminalDocs } from './disconnectTerminalDocs.ts';
import { errorRangeDocs } from './errorRangeDocs.ts';
import { legacyDisconnectDocs } from './legacyDisconnectDocs.ts';
import { legacyErrorDocs } from './legacyErrorDocs.ts';
import { legacyRangeDocs } from './legacyRangeDocs.ts';
import { legacyServerApiDocs } from './legacyServerApiDocs.ts';
import { rangeDocs } from './rangeDocs.ts';
import { unsubscribeDocs } from './unsubscribeDocs.ts';

/** The documentation of every Centrifugo rule (current and legacy numbering), keyed by rule id. */
export const centrifugoDocs: Readonly<Record<string, CodeDoc>> = {
  ...clientConnectionStateDocs,
  ...clientErrorCodeDocs,
  ...clientErrorDocs,
  ...clientSubscriptionStateDocs,
  ...closeDocs,
  ...codestateClientDocs,
  ...disconnectReconnectDocs,
  ...disconnectTerminalDocs,
  ...errorRangeDocs,
  ...legacyDisconnectDocs,
  ...legacyErrorDocs,
  ...legacyRangeDocs,
  ...legacyServerApiDocs,
  ...rangeDocs,
  ...unsubscribeDocs,
};
