/** Receives the `debug` lines of a session: a label (`send`, `receive`, `transition`) and details. */
export type DebugLogger = (label: string, ...details: unknown[]) => void;

/** The logger for a `debug` option: `true` → `console.debug`, a function as is, else none. */
export function debugLogger(option: boolean | DebugLogger | undefined): DebugLogger | undefined {
  if (typeof option === 'function') return option;
  return option ? (label, ...details) => console.debug('codestate', label, ...details) : undefined;
}

/** Token values and header values never reach a log (headers may carry credentials). */
function redactValue(key: string, value: unknown): unknown {
  if (key === 'token') return '[redacted]';
  if (key === 'headers' && typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.keys(value).map((name) => [name, '[redacted]']));
  return value;
}

/** Outbound commands (JSON lines) with every `token` and every header value replaced. */
export function redactCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => JSON.stringify(JSON.parse(line, redactValue)))
    .join('\n');
}
