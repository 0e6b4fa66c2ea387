/** Where NATS rules and their docs come from: the two seed documents. */
export const NATS_SOURCES = {
  /** nats-server error constants, messages and close reasons. */
  serverSeed: '000_e20b104900374d61.txt',
  /** nats.py error classes. */
  clientSeed: '003_3311b233158eb571.txt',
} as const;
